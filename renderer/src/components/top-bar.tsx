/** The bar above every screen: which school, which year, and undo/redo. */
import { useSchool } from '../hooks/use-school';
import { UndoRedo } from './undo-redo';
import { YearSwitcher } from './year-switcher';

export function TopBar() {
  const school = useSchool();
  return (
    <header className="top-bar">
      <p className="school-name" title={school.info.name}>
        {school.info.name}
      </p>
      <YearSwitcher />
      <UndoRedo />
    </header>
  );
}
