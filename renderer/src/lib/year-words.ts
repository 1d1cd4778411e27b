/** Where a viewed school year sits relative to the school's current year, in words. */
import { schoolYearId, schoolYearStart } from '../../../shared/domain/dates';
import type { SchoolYearId } from '../../../shared/domain/ids';

/** "the current year", "next year, being planned", "a future year, being planned" or "a past year". */
export function yearRelation(yearId: SchoolYearId, currentYearId: SchoolYearId): string {
  if (yearId === currentYearId) return 'the current year';
  if (yearId === schoolYearId(schoolYearStart(currentYearId) + 1)) return 'next year, being planned';
  return yearId > currentYearId ? 'a future year, being planned' : 'a past year';
}
