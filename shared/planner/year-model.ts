/**
 * Who and what exists in a school year, as the planner reads it.
 *
 * - Students to place in Y: enrolled in Y (`isEnrolled`) with a grade in `policy.grades`.
 * - An adult works in Y unless on leave in Y or gone (`leftAfterYearId` before Y). "Leaving" in Y
 *   still works in Y: they leave after it.
 * - A group is open in Y when Y is within its first/last year and `advisors[Y]` names a lead who
 *   works in Y. The rollover (not the planner) moves a group whose lead is away to a free adult by
 *   editing `advisors[Y]`; a group still led by an absent adult is closed, not silently re-led.
 */
import { gradeInYear, schoolYearId, schoolYearStart } from '../domain/dates';
import { assertNever } from '../domain/ids';
import { isEnrolled } from '../domain/summary';
import type { AdvisoryGroup, School, SchoolPolicy, Student } from '../domain/types';

/** The school year before `yearId` (`2027-28` → `2026-27`). */
export function previousYearId(yearId: string): string {
  return schoolYearId(schoolYearStart(yearId) - 1);
}

export type StaffStatus = 'available' | 'on-leave' | 'gone' | 'missing';

/** Whether an adult works in a year. */
export function staffStatus(school: School, staffId: string, yearId: string): StaffStatus {
  const staff = school.staff[staffId];
  if (!staff) return 'missing';
  if (staff.leftAfterYearId !== undefined && staff.leftAfterYearId < yearId) return 'gone';
  if (staff.availability[yearId] === 'on-leave') return 'on-leave';
  return 'available';
}

export type GroupStatus = 'open' | 'not-started' | 'ended' | 'no-advisor' | 'lead-on-leave' | 'lead-gone';

/** Whether a group meets in a year, and if not, why. */
export function groupStatus(school: School, group: AdvisoryGroup, yearId: string): GroupStatus {
  if (group.firstYearId > yearId) return 'not-started';
  if (group.lastYearId !== undefined && group.lastYearId < yearId) return 'ended';
  const lead = group.advisors[yearId]?.lead;
  if (!lead) return 'no-advisor';
  const status = staffStatus(school, lead, yearId);
  if (status === 'on-leave') return 'lead-on-leave';
  if (status === 'gone' || status === 'missing') return 'lead-gone';
  return 'open';
}

/** The students to place in a year, in id order (so every run sees them in the same order). */
export function studentsToPlace(school: School, yearId: string): Student[] {
  const grades = new Set<string>(school.info.policy.grades);
  // The grade is a function of the class: look it up once per class, not once per student.
  const classOk = new Map<number, boolean>();
  const out: Student[] = [];
  for (const s of Object.values(school.students)) {
    let ok = classOk.get(s.classOf);
    if (ok === undefined) {
      ok = grades.has(gradeInYear(s.classOf, yearId) ?? '');
      classOk.set(s.classOf, ok);
    }
    if (ok && isEnrolled(s, yearId)) out.push(s);
  }
  return sortedById(out);
}

/** The groups open in a year, in id order. */
export function openGroups(school: School, yearId: string): AdvisoryGroup[] {
  return sortedById(Object.values(school.groups).filter((g) => groupStatus(school, g, yearId) === 'open'));
}

/** Sorts by id in place, skipping the sort when already in order (records keyed by id usually are). */
function sortedById<T extends { readonly id: string }>(items: T[]): T[] {
  for (let i = 1; i < items.length; i++) {
    if ((items[i - 1] as T).id > (items[i] as T).id) return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return items;
}

/** A group's hard seat limit in a year: the school's maximum, or the lead's own maximum if smaller. */
export function groupCapacity(school: School, group: AdvisoryGroup, yearId: string): number {
  const hardMax = school.info.policy.hardMax;
  const lead = group.advisors[yearId]?.lead;
  const own = lead ? school.staff[lead]?.maxAdvisees : undefined;
  return own === undefined ? hardMax : Math.min(hardMax, own);
}

/** True when a student may sit in a group under the grade policy (groups without a class accept anyone). */
export function gradeAllows(school: School, student: Student, group: AdvisoryGroup): boolean {
  return gradePolicyAllows(school.info.policy.grouping, student.classOf, group);
}

/**
 * The grade policy for a student of the class of `classOf`: grade-level groups take their own
 * class only (a group without a class takes anyone); mixed-grade groups take every class.
 */
export function gradePolicyAllows(grouping: SchoolPolicy['grouping'], classOf: number, group: Pick<AdvisoryGroup, 'classOf'>): boolean {
  switch (grouping) {
    case 'vertical':
      return true;
    case 'grade-cohort':
      return group.classOf === undefined || group.classOf === classOf;
    default:
      return assertNever(grouping, 'grouping');
  }
}
