/** The rows of the Students list for one school year, prepared once so scrolling stays cheap. */
import { gradeInYear } from '../../../shared/domain/dates';
import type { SchoolYearId } from '../../../shared/domain/ids';
import { isEnrolled } from '../../../shared/domain/summary';
import type { School, Student } from '../../../shared/domain/types';
import { studentName } from './names';

export interface StudentRow {
  readonly id: string;
  readonly name: string;
  /** The legal first name, shown when the student goes by another. */
  readonly legalFirstName: string | null;
  readonly grade: string;
  readonly advisory: string | null;
  readonly flags: readonly ('ED' | 'IEP/504' | 'EL')[];
  /** Lower-case text the search box matches against. */
  readonly haystack: string;
  readonly student: Student;
}

/** Students enrolled in the year, sorted by last name, with grade and advisory for that year. */
export function studentRows(school: School, yearId: SchoolYearId): StudentRow[] {
  const placements = school.placements[yearId] ?? {};
  const rows = Object.values(school.students)
    .filter((s) => isEnrolled(s, yearId))
    .map((student): StudentRow => {
      const advisory = school.groups[placements[student.id]?.groupId ?? '']?.name ?? null;
      const flags: StudentRow['flags'][number][] = [];
      if (student.flags.economicallyDisadvantaged) flags.push('ED');
      if (student.flags.iep504) flags.push('IEP/504');
      if (student.flags.englishLearner) flags.push('EL');
      const name = studentName(student);
      const preferred = student.preferredName?.trim();
      return {
        id: student.id,
        name,
        legalFirstName: preferred && preferred !== student.firstName ? student.firstName : null,
        grade: gradeInYear(student.classOf, yearId) ?? '',
        advisory,
        flags,
        haystack: [student.id, name, student.firstName, student.lastName, advisory ?? ''].join(' ').toLowerCase(),
        student,
      };
    });
  return rows.sort((a, b) => a.student.lastName.localeCompare(b.student.lastName) || a.name.localeCompare(b.name));
}
