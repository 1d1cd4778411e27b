/**
 * Students and teachers of an SDS v1 ("SDS format") set: Student.csv and Teacher.csv, keyed by
 * `SIS ID`. `Student Number` is often the same value; when it differs, SIS ID is still the id,
 * because StudentEnrollment.csv refers to students by SIS ID.
 */
import type { Diagnostic } from '../diagnostics';
import type { ImportedStaff, ImportedStudent, SourceTable } from '../model';
import { TableAccess } from '../table-access';
import { emailFrom, GradeColumn, missingFile, readActive, readClassOf, requireColumns, tableDiagnostics, uniqueRows } from './row-readers';

/** People read from one file, with the school each belongs to (for the several-schools warning). */
export type PeopleResult<T> = {
  readonly people: readonly T[] | null;
  readonly schoolIds: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
};

const EMAIL_COLUMNS = ['Email', 'Secondary Email', 'Username'] as const;

/** Reads Student.csv; null people when the file is missing or has no SIS ID column. */
export function readSdsV1Students(table: SourceTable | undefined): PeopleResult<ImportedStudent> {
  if (table === undefined) {
    return { people: null, schoolIds: [], diagnostics: [missingFile('Student.csv', 'no students are imported and the school’s students are left as they are')] };
  }
  const diagnostics: Diagnostic[] = [...tableDiagnostics([table])];
  const access = new TableAccess(table);
  if (!requireColumns(access, ['SIS ID'], diagnostics)) return { people: null, schoolIds: [], diagnostics };
  const grades = new GradeColumn(access, 'Grade');
  const schoolIds = new Set<string>();
  const people: ImportedStudent[] = [];
  for (const row of uniqueRows(access, 'student', access.spelling('SIS ID'), (i) => access.get(i, 'SIS ID'), diagnostics)) {
    const i = row.index;
    const grade = grades.read(i, diagnostics);
    const classOf = readClassOf(access, i, 'Graduation Year', diagnostics);
    const active = readActive(access, i, 'Status', diagnostics);
    const email = emailFrom(access, i, EMAIL_COLUMNS);
    const school = access.get(i, 'School SIS ID');
    if (school !== '') schoolIds.add(school);
    people.push({
      id: row.id,
      firstName: access.get(i, 'First Name'),
      lastName: access.get(i, 'Last Name'),
      ...(email !== undefined ? { email } : {}),
      ...(grade !== undefined ? { grade } : {}),
      ...(grades.outsideGrade(i) !== undefined ? { gradeOutside: grades.outsideGrade(i) } : {}),
      ...(classOf !== undefined ? { classOf } : {}),
      ...(active !== undefined ? { active } : {}),
      ref: row.ref,
    });
  }
  diagnostics.push(...grades.summary());
  return { people, schoolIds: [...schoolIds], diagnostics };
}

/** Reads Teacher.csv as staff with the role teacher; null people when missing or without SIS ID. */
export function readSdsV1Teachers(table: SourceTable | undefined): PeopleResult<ImportedStaff> {
  if (table === undefined) {
    return { people: null, schoolIds: [], diagnostics: [missingFile('Teacher.csv', 'no staff are imported and sections have no teachers')] };
  }
  const diagnostics: Diagnostic[] = [...tableDiagnostics([table])];
  const access = new TableAccess(table);
  if (!requireColumns(access, ['SIS ID'], diagnostics)) return { people: null, schoolIds: [], diagnostics };
  const schoolIds = new Set<string>();
  const people: ImportedStaff[] = [];
  for (const row of uniqueRows(access, 'teacher', access.spelling('SIS ID'), (i) => access.get(i, 'SIS ID'), diagnostics)) {
    const i = row.index;
    const active = readActive(access, i, 'Status', diagnostics);
    const email = emailFrom(access, i, EMAIL_COLUMNS);
    const school = access.get(i, 'School SIS ID');
    if (school !== '') schoolIds.add(school);
    people.push({
      id: row.id,
      firstName: access.get(i, 'First Name'),
      lastName: access.get(i, 'Last Name'),
      ...(email !== undefined ? { email } : {}),
      role: 'teacher',
      ...(active !== undefined ? { active } : {}),
      ref: row.ref,
    });
  }
  return { people, schoolIds: [...schoolIds], diagnostics };
}
