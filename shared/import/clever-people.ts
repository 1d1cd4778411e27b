/**
 * Students and teachers of a Clever CSV set (students.csv, teachers.csv). The app's id is the
 * school's own number (`Student_number`, `Teacher_number`, leading zeros kept) when given, else
 * Clever's `Student_id`/`Teacher_id`, which sections and enrollments refer to; so each reader also
 * returns the map from Clever's id to the app's id.
 */
import { error, warning, type Diagnostic } from './diagnostics';
import type { ImportedStaff, ImportedStudent, SourceTable } from './model';
import { emailFrom, genderFrom, GradeColumn, missingFile, q, readClassOf, requireColumns, tableDiagnostics, uniqueRows, type IdRow } from './sds/row-readers';
import { TableAccess } from './table-access';
import { lunchStatusToEconDisadvantaged, parseFlag } from './values';

/** People of one file, Clever's id → the app's id, and the schools they belong to. */
export type CleverPeople<T> = {
  readonly people: readonly T[] | null;
  readonly idByCleverId: ReadonlyMap<string, string>;
  readonly schoolIds: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
};

/** Rows with a unique app id and a unique Clever id; a repeated Clever id is an error at the row. */
function keyedRows(access: TableAccess, what: string, cleverColumn: string, numberColumn: string, diagnostics: Diagnostic[]): { rows: IdRow[]; idByCleverId: Map<string, string> } {
  const idAt = (i: number): string => access.get(i, numberColumn) || access.get(i, cleverColumn);
  const column = access.has(numberColumn) ? `${access.spelling(numberColumn)} / ${access.spelling(cleverColumn)}` : access.spelling(cleverColumn);
  const idByCleverId = new Map<string, string>();
  const firstRow = new Map<string, number>();
  const rows = uniqueRows(access, what, column, idAt, diagnostics).filter((row) => {
    const clever = access.get(row.index, cleverColumn);
    const seen = firstRow.get(clever);
    if (seen !== undefined) {
      diagnostics.push(error({ ...row.ref, column: access.spelling(cleverColumn) }, `${access.spelling(cleverColumn)} ${q(clever)} appears twice in ${access.table.file} (rows ${seen} and ${row.ref.row}); the second row was not read.`));
      return false;
    }
    if (clever !== '') {
      firstRow.set(clever, row.ref.row);
      idByCleverId.set(clever, row.id);
    }
    return true;
  });
  return { rows, idByCleverId };
}

/** A flag column read with `read`; undefined when the column is absent or the value unknown (a warning). */
function flag(access: TableAccess, i: number, column: string, read: (raw: string) => boolean | null, expected: string, diagnostics: Diagnostic[]): boolean | undefined {
  if (!access.has(column)) return undefined;
  const raw = access.get(i, column);
  const value = read(raw);
  if (value !== null) return value;
  diagnostics.push(warning({ ...access.ref(i), column: access.spelling(column) }, `${access.spelling(column)} ${q(raw)} is not ${expected}; it was ignored.`));
  return undefined;
}

/** The flags a students.csv row carries (only those whose columns the file has). */
function flagsOf(access: TableAccess, i: number, diagnostics: Diagnostic[]): ImportedStudent['flags'] {
  const economicallyDisadvantaged = flag(access, i, 'Frl_status', lunchStatusToEconDisadvantaged, 'Free, Reduced or Paid', diagnostics);
  const englishLearner = flag(access, i, 'Ell_status', parseFlag, 'Y or N', diagnostics);
  const iep504 = flag(access, i, 'IEP_status', parseFlag, 'Y or N', diagnostics);
  const flags = {
    ...(economicallyDisadvantaged !== undefined ? { economicallyDisadvantaged } : {}),
    ...(iep504 !== undefined ? { iep504 } : {}),
    ...(englishLearner !== undefined ? { englishLearner } : {}),
  };
  return Object.keys(flags).length > 0 ? flags : undefined;
}

/** Reads students.csv; null people when the file is missing or has no Student_id column. */
export function readCleverStudents(table: SourceTable | undefined): CleverPeople<ImportedStudent> {
  const none = { people: null, idByCleverId: new Map<string, string>(), schoolIds: [] };
  if (table === undefined) return { ...none, diagnostics: [missingFile('students.csv', 'no students are imported and the school’s students are left as they are')] };
  const diagnostics: Diagnostic[] = [...tableDiagnostics([table])];
  const access = new TableAccess(table);
  if (!requireColumns(access, ['Student_id'], diagnostics)) return { ...none, diagnostics };
  const { rows, idByCleverId } = keyedRows(access, 'student', 'Student_id', 'Student_number', diagnostics);
  const grades = new GradeColumn(access, 'Grade');
  const schoolIds = new Set<string>();
  const people = rows.map((row): ImportedStudent => {
    const i = row.index;
    const clever = access.get(i, 'Student_id');
    const grade = grades.read(i, diagnostics);
    const classOf = readClassOf(access, i, 'Graduation_year', diagnostics);
    const gender = genderFrom(access.get(i, 'Gender'));
    const flags = flagsOf(access, i, diagnostics);
    const email = emailFrom(access, i, ['Student_email']);
    if (access.get(i, 'School_id') !== '') schoolIds.add(access.get(i, 'School_id'));
    return {
      id: row.id,
      ...(clever !== row.id && clever !== '' ? { sourcedId: clever } : {}),
      firstName: access.get(i, 'First_name'),
      lastName: access.get(i, 'Last_name'),
      ...(email !== undefined ? { email } : {}),
      ...(grade !== undefined ? { grade } : {}),
      ...(grades.outsideGrade(i) !== undefined ? { gradeOutside: grades.outsideGrade(i) } : {}),
      ...(classOf !== undefined ? { classOf } : {}),
      ...(gender !== undefined ? { gender } : {}),
      ...(flags !== undefined ? { flags } : {}),
      ref: row.ref,
    };
  });
  diagnostics.push(...grades.summary());
  return { people, idByCleverId, schoolIds: [...schoolIds], diagnostics };
}

/** Reads teachers.csv as staff with the role teacher; null people when missing or without Teacher_id. */
export function readCleverTeachers(table: SourceTable | undefined): CleverPeople<ImportedStaff> {
  const none = { people: null, idByCleverId: new Map<string, string>(), schoolIds: [] };
  if (table === undefined) return { ...none, diagnostics: [missingFile('teachers.csv', 'no staff are imported and sections have no teachers')] };
  const diagnostics: Diagnostic[] = [...tableDiagnostics([table])];
  const access = new TableAccess(table);
  if (!requireColumns(access, ['Teacher_id'], diagnostics)) return { ...none, diagnostics };
  const { rows, idByCleverId } = keyedRows(access, 'teacher', 'Teacher_id', 'Teacher_number', diagnostics);
  const schoolIds = new Set<string>();
  const people = rows.map((row): ImportedStaff => {
    const i = row.index;
    const clever = access.get(i, 'Teacher_id');
    const email = emailFrom(access, i, ['Teacher_email']);
    if (access.get(i, 'School_id') !== '') schoolIds.add(access.get(i, 'School_id'));
    return {
      id: row.id,
      ...(clever !== row.id && clever !== '' ? { sourcedId: clever } : {}),
      firstName: access.get(i, 'First_name'),
      lastName: access.get(i, 'Last_name'),
      ...(email !== undefined ? { email } : {}),
      role: 'teacher',
      ref: row.ref,
    };
  });
  return { people, idByCleverId, schoolIds: [...schoolIds], diagnostics };
}
