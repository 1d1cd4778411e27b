/**
 * Bulk changes as ONE batch command each, with the label the Undo button shows, so a single Undo
 * reverts the whole change. Pure: the screens only pick the people and the values.
 */
import type { Command } from '../../../shared/domain/commands';
import { schoolYearLabel } from '../../../shared/domain/dates';
import type { SchoolYearId } from '../../../shared/domain/ids';
import type { Availability, Staff, Student } from '../../../shared/domain/types';
import { plural } from './format';
import { withAvailability } from './staff-rows';
import { flagFields, flagTitles, leaveReasonWords, type StudentFlag } from './student-rows';

/** A change ready to commit, or null when it would change nobody. */
export interface BulkChange {
  readonly command: Command;
  readonly label: string;
  readonly count: number;
}

function batch(entities: readonly (Student | Staff)[], collection: 'students' | 'staff', label: string): BulkChange | null {
  if (entities.length === 0) return null;
  return { command: { type: 'batch', commands: entities.map((entity) => ({ type: 'upsert', collection, entity })) }, label, count: entities.length };
}

/** Records that the students left after the year, for the reason. */
export function markStudentsLeft(students: readonly Student[], afterYearId: SchoolYearId, reason: NonNullable<Student['left']>['reason']): BulkChange | null {
  const changed = students.filter((s) => s.left?.afterYearId !== afterYearId || s.left.reason !== reason);
  const label = `Mark ${plural(changed.length, 'student')} as left after ${schoolYearLabel(afterYearId)} (${leaveReasonWords[reason]})`;
  return batch(changed.map((s) => ({ ...s, left: { afterYearId, reason } })), 'students', label);
}

/** Sets or clears one flag on the students that do not have that value yet. */
export function setStudentFlag(students: readonly Student[], flag: StudentFlag, on: boolean): BulkChange | null {
  const field = flagFields[flag];
  const changed = students.filter((s) => s.flags[field] !== on);
  const who = plural(changed.length, 'student');
  const label = on ? `Mark ${who} as ${flagTitles[flag]}` : `Clear ${flagTitles[flag]} from ${who}`;
  return batch(changed.map((s) => ({ ...s, flags: { ...s.flags, [field]: on } })), 'students', label);
}

/** Adds a tag to the students that do not carry it yet. */
export function addStudentTag(students: readonly Student[], tag: string): BulkChange | null {
  const clean = tag.trim();
  if (!clean) return null;
  const changed = students.filter((s) => !s.tags.includes(clean));
  return batch(changed.map((s) => ({ ...s, tags: [...s.tags, clean] })), 'students', `Add tag “${clean}” to ${plural(changed.length, 'student')}`);
}

const availabilityPhrase: Readonly<Record<Availability, (year: string) => string>> = {
  active: (year) => `as available in ${year}`,
  'on-leave': (year) => `as on leave in ${year}`,
  leaving: (year) => `as leaving after ${year}`,
};

/** Sets the staff's availability for one year, e.g. "Mark 12 staff as leaving after 2026–27". */
export function setStaffAvailability(staff: readonly Staff[], yearId: SchoolYearId, value: Availability): BulkChange | null {
  const changed = staff.filter((s) => (s.availability[yearId] ?? 'active') !== value);
  const label = `Mark ${plural(changed.length, 'staff', 'staff')} ${availabilityPhrase[value](schoolYearLabel(yearId))}`;
  return batch(changed.map((s) => withAvailability(s, yearId, value)), 'staff', label);
}
