/**
 * The rows of the Students table for one school year, prepared once per school change so that
 * scrolling, sorting and filtering never do per-row work in render.
 */
import { gradeInYear, schoolYearLabel } from '../../../shared/domain/dates';
import type { SchoolYearId } from '../../../shared/domain/ids';
import { isEnrolled } from '../../../shared/domain/summary';
import type { Gender, School, Student } from '../../../shared/domain/types';
import { studentName } from './names';

export type StudentFlag = 'ED' | 'IEP/504' | 'EL';
/** Which students the table lists: enrolled in the viewed year, those with a leaving record, or all. */
export type StudentStatus = 'enrolled' | 'left' | 'everyone';

export const flagTitles: Readonly<Record<StudentFlag, string>> = {
  ED: 'Economically disadvantaged',
  'IEP/504': 'IEP or 504 plan',
  EL: 'English learner',
};

/** The field of `Student['flags']` behind each short flag. */
export const flagFields: Readonly<Record<StudentFlag, keyof Student['flags']>> = {
  ED: 'economicallyDisadvantaged',
  'IEP/504': 'iep504',
  EL: 'englishLearner',
};

export const genderWords: Readonly<Record<Gender, string>> = {
  female: 'Female',
  male: 'Male',
  'non-binary': 'Non-binary',
  unspecified: 'Not given',
};

export const leaveReasonWords: Readonly<Record<NonNullable<Student['left']>['reason'], string>> = {
  graduated: 'graduated',
  transferred: 'transferred',
  other: 'other reason',
};

export interface StudentRow {
  readonly id: string;
  readonly name: string;
  /** Position in last-name order: sorting by name compares numbers, not strings. */
  readonly nameRank: number;
  readonly preferredName: string;
  /** The legal first name, shown when the student goes by another. */
  readonly legalFirstName: string | null;
  /** Two digits in the viewed year, '' when the student is outside grades 01–12 then. */
  readonly grade: string;
  readonly advisory: string | null;
  readonly flags: readonly StudentFlag[];
  readonly tags: readonly string[];
  readonly gender: string;
  readonly email: string;
  readonly enrolled: boolean;
  readonly hasLeft: boolean;
  /** "Enrolled", "Leaving after 2026–27 (transferred)", "Starts 2027–28"… */
  readonly statusText: string;
  /** Lower-case text the search box matches against. */
  readonly haystack: string;
  readonly student: Student;
}

const collator = new Intl.Collator('en-US', { sensitivity: 'base' });

/** How a student stands in the viewed year, in words. */
export function studentStatusText(student: Student, yearId: SchoolYearId): string {
  if (student.left) {
    const when = schoolYearLabel(student.left.afterYearId);
    const why = leaveReasonWords[student.left.reason];
    return student.left.afterYearId < yearId ? `Left after ${when} (${why})` : `Leaving after ${when} (${why})`;
  }
  if (student.enteredYearId > yearId) return `Starts ${schoolYearLabel(student.enteredYearId)}`;
  return isEnrolled(student, yearId) ? 'Enrolled' : 'Not enrolled';
}

/** Every student of the school with grade, advisory and status for the year, in last-name order. */
export function studentRows(school: School, yearId: SchoolYearId): StudentRow[] {
  const placements = school.placements[yearId] ?? {};
  const sorted = Object.values(school.students).sort(
    (a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || (a.id < b.id ? -1 : 1),
  );
  return sorted.map((student, nameRank): StudentRow => {
    const advisory = school.groups[placements[student.id]?.groupId ?? '']?.name ?? null;
    const flags: StudentFlag[] = [];
    if (student.flags.economicallyDisadvantaged) flags.push('ED');
    if (student.flags.iep504) flags.push('IEP/504');
    if (student.flags.englishLearner) flags.push('EL');
    const name = studentName(student);
    const preferred = student.preferredName?.trim() ?? '';
    return {
      id: student.id,
      name,
      nameRank,
      preferredName: preferred,
      legalFirstName: preferred && preferred !== student.firstName ? student.firstName : null,
      grade: gradeInYear(student.classOf, yearId) ?? '',
      advisory,
      flags,
      tags: student.tags,
      gender: genderWords[student.gender],
      email: student.email ?? '',
      enrolled: isEnrolled(student, yearId),
      hasLeft: student.left !== undefined,
      statusText: studentStatusText(student, yearId),
      haystack: [student.id, name, student.firstName, student.lastName, advisory ?? ''].join(' ').toLowerCase(),
      student,
    };
  });
}

/** The rows the status choice lists; the count line's "of N" is their number. */
export function rowsInStatus(rows: readonly StudentRow[], status: StudentStatus): readonly StudentRow[] {
  if (status === 'everyone') return rows;
  return rows.filter(status === 'enrolled' ? (r) => r.enrolled : (r) => r.hasLeft);
}
