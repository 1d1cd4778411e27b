/** How the planner names people, groups and years in its sentences. */
import { schoolYearLabel } from '../domain/dates';
import type { AdvisoryGroup, School, Staff, Student } from '../domain/types';

/** A student as people say it: preferred name (or first) and last name. */
export function studentName(student: Student | undefined, id: string): string {
  if (!student) return `student ${id}`;
  return `${student.preferredName || student.firstName} ${student.lastName}`.trim() || `student ${id}`;
}

/** An adult as people say it: first and last name. */
export function staffName(staff: Staff | undefined, id: string): string {
  if (!staff) return `staff member ${id}`;
  return `${staff.firstName} ${staff.lastName}`.trim() || `staff member ${id}`;
}

/** A group as people say it: its name. */
export function groupName(group: AdvisoryGroup | undefined, id: string): string {
  return group?.name || `group ${id}`;
}

/** The name lookups of a school. */
export type Namer = {
  student(id: string): string;
  staff(id: string): string;
  group(id: string): string;
  year(id: string): string;
};

// One namer per school object: findings and reasons ask for it thousands of times per plan, and
// it only closes over the school (it reads names when called), so sharing it is always correct.
const namers = new WeakMap<School, Namer>();

/** Looks names up in a school. */
export function namer(school: School): Namer {
  let found = namers.get(school);
  if (!found) {
    found = {
      student: (id) => studentName(school.students[id], id),
      staff: (id) => staffName(school.staff[id], id),
      group: (id) => groupName(school.groups[id], id),
      year: (id) => schoolYearLabel(id),
    };
    namers.set(school, found);
  }
  return found;
}

/** "A, B and C", or "A, B, … and 4 more" past `max` names. */
export function listNames(names: readonly string[], max = 8): string {
  if (names.length === 0) return '';
  if (names.length === 1) return names[0] ?? '';
  if (names.length > max) return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
