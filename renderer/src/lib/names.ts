/** How people are named on screen: the name they go by (preferred name) first. */
import type { Staff, Student } from '../../../shared/domain/types';

export function studentName(student: Student): string {
  return `${student.preferredName?.trim() || student.firstName} ${student.lastName}`;
}

export function staffName(staff: Staff): string {
  return `${staff.firstName} ${staff.lastName}`;
}
