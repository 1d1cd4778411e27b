/** The Students table's filters as pure predicates and option lists (cheap, testable). */
import type { SchoolYearId } from '../../../shared/domain/ids';
import type { School } from '../../../shared/domain/types';
import type { StudentFlag, StudentRow } from './student-rows';

/** A flags filter value: one flag, or "none" for students with no flag. */
export type FlagFilter = StudentFlag | 'none';
/** An advisory filter value: a group name, or "none" for students not placed. */
export const NOT_PLACED = '\u0000none';

/** True when the row carries the flag (or, for "none", no flag at all). */
export function matchesFlag(row: StudentRow, filter: FlagFilter): boolean {
  return filter === 'none' ? row.flags.length === 0 : row.flags.includes(filter);
}

/** True when the row is in the named advisory (or, for NOT_PLACED, in none). */
export function matchesAdvisory(row: StudentRow, filter: string): boolean {
  return filter === NOT_PLACED ? row.advisory === null : row.advisory === filter;
}

/** The grades to offer: the school's policy grades plus any the listed rows have. */
export function gradeOptions(school: School, rows: readonly StudentRow[]): readonly string[] {
  const grades = new Set<string>(school.info.policy.grades);
  for (const row of rows) if (row.grade) grades.add(row.grade);
  return [...grades].sort();
}

/** The advisory names that have a group meeting in the year, alphabetically. */
export function advisoryOptions(school: School, yearId: SchoolYearId): readonly string[] {
  const names = Object.values(school.groups)
    .filter((g) => g.advisors[yearId] !== undefined)
    .map((g) => g.name);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}
