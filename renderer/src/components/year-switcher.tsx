/** Chooses which school year every screen shows; remembered between runs. */
import { schoolYearLabel } from '../../../shared/domain/dates';
import { useSchool } from '../hooks/use-school';
import { setViewYear } from '../hooks/use-ui-prefs';
import { useViewYearId } from '../hooks/use-view-year';

export function YearSwitcher() {
  const school = useSchool();
  const yearId = useViewYearId();
  const current = school.info.currentYearId;
  const years = Object.keys(school.years).sort();
  return (
    <div className="year-switcher">
      <label htmlFor="year-select">School year</label>
      <select id="year-select" value={yearId} onChange={(e) => setViewYear(e.currentTarget.value, current)}>
        {years.map((id) => (
          <option key={id} value={id}>
            {schoolYearLabel(id)}
            {id === current ? ' (current)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
