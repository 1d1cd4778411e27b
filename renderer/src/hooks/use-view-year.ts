/** The school year on screen: the remembered one if the school still has it, else the current year. */
import type { SchoolYearId } from '../../../shared/domain/ids';
import { useSchool } from './use-school';
import { useUiPrefs } from './use-ui-prefs';

export function useViewYearId(): SchoolYearId {
  const school = useSchool();
  const { viewYearId } = useUiPrefs();
  return viewYearId && school.years[viewYearId] ? viewYearId : school.info.currentYearId;
}
