/** The School Data Sync readers on Microsoft's samples (v1 "SDS format" and v2.1) and on small hand-made sets. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasErrors, type Diagnostic } from '../../../shared/import/diagnostics';
import type { ImportData, SourceTable } from '../../../shared/import/model';
import { readSdsV1, readSdsV21 } from '../../../shared/import/sds';
import { readFolder, SAMPLE_DATA, table } from './helpers/read-folder';

const options = { fallbackYearId: '2025-26' } as const;
const V1 = readFolder(path.join(SAMPLE_DATA, 'sds/100-users'));
const V21 = readFolder(path.join(SAMPLE_DATA, 'sds/sds-v2.1'));

const errors = (d: ImportData): Diagnostic[] => d.diagnostics.filter((x) => x.level === 'error');
const warnings = (d: ImportData): Diagnostic[] => d.diagnostics.filter((x) => x.level === 'warning');
const student = (d: ImportData, id: string) => d.students?.find((s) => s.id === id);
const rowsOf = (tables: readonly SourceTable[], file: string): readonly (readonly string[])[] => tables.find((t) => t.file === file)!.rows;

describe('readSdsV1 on the 100-users sample', () => {
  const data = readSdsV1(V1, options);

  it('reads every student and teacher, ids kept as strings', () => {
    // The files hold 86 student rows and 12 teacher rows (87 and 13 lines with the header).
    expect(rowsOf(V1, 'Student.csv')).toHaveLength(86);
    expect(rowsOf(V1, 'Teacher.csv')).toHaveLength(12);
    expect(data.format).toBe('sds-v1');
    expect(data.mode).toBe('full');
    expect(data.students).toHaveLength(86);
    expect(data.staff).toHaveLength(12);
    expect(data.students!.every((s) => typeof s.id === 'string' && /^130\d\d$/.test(s.id))).toBe(true);
    expect(data.staff!.every((s) => s.role === 'teacher')).toBe(true);
    expect(student(data, '13001')).toMatchObject({ firstName: 'Ora', lastName: 'Klein', grade: '09', classOf: 2019, active: true, ref: { file: 'Student.csv', row: 2 } });
    expect(errors(data)).toEqual([]);
  });

  it('reads grade 9 as 09 with one warning for the whole file', () => {
    const nines = rowsOf(V1, 'Student.csv').filter((r) => r[10] === '9').length;
    expect(nines).toBe(30);
    expect(data.students!.filter((s) => s.grade === '09')).toHaveLength(nines);
    const gradeWarnings = warnings(data).filter((w) => w.file === 'Student.csv' && w.column === 'Grade');
    expect(gradeWarnings).toHaveLength(1);
    expect(gradeWarnings[0]!.message).toContain('30 grades were not written with two digits');
    expect(gradeWarnings[0]!.message).toContain('“9” read as 09');
  });

  it('takes the school year from the US term dates, with one warning per date column', () => {
    expect(data.yearId).toBe('2017-18');
    expect(data.years).toEqual([{ id: '2017-18', firstDay: '2017-07-01', lastDay: '2018-06-30', ref: { file: 'Section.csv', row: 2 } }]);
    expect(warnings(data).filter((w) => w.file === 'Section.csv').map((w) => w.column)).toEqual(['Term StartDate', 'Term EndDate']);
  });

  it('says that the set covers two schools', () => {
    expect(data.diagnostics).toContainEqual({
      level: 'warning', file: 'School.csv', row: null, column: null,
      message: 'The set covers 2 schools (Contoso High School, Fabrikam High School); all are imported.',
    });
  });

  it('offers every section as a class choice; none is an advisory by name', () => {
    expect(data.classChoices).toHaveLength(28);
    expect(data.classChoices.every((c) => !c.isAdvisory && c.yearId === '2017-18')).toBe(true);
    expect(data.classChoices[0]).toEqual({ key: '11001', title: 'Math - Algebra 1', yearId: '2017-18', students: 30, isAdvisory: false });
    expect(data.advisories).toEqual([]);
  });

  it('makes a section marked by key an advisory with its teacher and students', () => {
    const marked = readSdsV1(V1, { ...options, extraAdvisoryKeys: ['11001'] });
    const enrolled = rowsOf(V1, 'StudentEnrollment.csv').filter((r) => r[0] === '11001').map((r) => r[1]);
    expect(marked.advisories).toEqual([
      { code: '11001', name: 'Math - Algebra 1', yearId: '2017-18', leadStaffId: '14001', studentIds: enrolled, ref: { file: 'Section.csv', row: 2 } },
    ]);
    expect(errors(marked)).toEqual([]);
    // The choice still says what the reader found by itself.
    expect(marked.classChoices.find((c) => c.key === '11001')?.isAdvisory).toBe(false);
  });

  it('lets the user unmark a key, and refuses a student in two advisories of one year', () => {
    expect(readSdsV1(V1, { ...options, extraAdvisoryKeys: ['11001'], notAdvisoryKeys: ['11001'] }).advisories).toEqual([]);
    const both = readSdsV1(V1, { ...options, extraAdvisoryKeys: ['11001', '11003'] });
    const twice = errors(both);
    expect(twice.length).toBeGreaterThan(0);
    expect(twice[0]!.file).toBe('StudentEnrollment.csv');
    expect(twice[0]!.message).toMatch(/^Student “13\d+” is in two advisories in 2017-18: “Math - Algebra 1” \(11001, StudentEnrollment.csv row \d+\) and “English - Language 1” \(11003\)/);
    // Each of the 30 shared students is reported once, and keeps the first advisory only.
    expect(twice).toHaveLength(30);
    expect(both.advisories!.find((a) => a.code === '11003')?.studentIds).toEqual([]);
  });
});

const STUDENT_HEADER = ['SIS ID', 'School SIS ID', 'First Name', 'Last Name', 'Student Number', 'Grade', 'Status', 'Graduation Year'];
const SECTION_HEADER = ['SIS ID', 'School SIS ID', 'Section Name', 'Term StartDate', 'Term EndDate', 'Course Name', 'Course Subject'];

/** A small v1 set; parts can be replaced. */
function v1Set(parts: Partial<Record<'students' | 'teachers' | 'sections' | 'enrollments' | 'roster', SourceTable | null>> = {}): SourceTable[] {
  const base: Record<string, SourceTable | null> = {
    students: table('Student.csv', STUDENT_HEADER, [
      ['0042', 's1', 'Ana', 'Ruiz', '777', '9', 'Active', '2029'],
      ['0043', 's1', '=HYPERLINK("x")', 'Lee', '', '9', 'Inactive', ''],
      ['0044', 's1', 'Kim', 'Park', '', '10', '', ''],
    ]),
    teachers: table('Teacher.csv', ['SIS ID', 'First Name', 'Last Name'], [['t1', 'Tom', 'Hale'], ['t2', 'Una', 'Vik']]),
    sections: table('Section.csv', SECTION_HEADER, [
      ['adv-9', 's1', 'Advisory 9A', '8/25/2025', '6/12/2026', 'Advisory', 'Other'],
      ['hr-1', 's1', 'Room 12', '', '', 'Homeroom', ''],
      ['math', 's1', 'Algebra', '2025-08-25', '2026-06-12', 'Math 1', 'Math'],
    ]),
    enrollments: table('StudentEnrollment.csv', ['Section SIS ID', 'SIS ID'], [['adv-9', '0042'], ['adv-9', '0043'], ['hr-1', '0044'], ['math', '0042']]),
    roster: table('TeacherRoster.csv', ['Section SIS ID', 'SIS ID'], [['adv-9', 't1'], ['adv-9', 't2'], ['math', 't2']]),
  };
  const merged = { ...base, ...parts };
  return Object.values(merged).filter((t): t is SourceTable => t !== null);
}

describe('readSdsV1 on hand-made sets', () => {
  it('reads advisories by name, with lead and co-teacher, and ids exactly as written', () => {
    const data = readSdsV1(v1Set(), options);
    expect(errors(data)).toEqual([]);
    expect(data.students!.map((s) => s.id)).toEqual(['0042', '0043', '0044']);
    expect(student(data, '0043')).toMatchObject({ firstName: '=HYPERLINK("x")', active: false });
    expect(student(data, '0044')!.active).toBeUndefined();
    expect(data.advisories!.map((a) => [a.code, a.yearId, a.leadStaffId, a.coStaffId, a.studentIds])).toEqual([
      ['adv-9', '2025-26', 't1', 't2', ['0042', '0043']],
      ['hr-1', '2025-26', undefined, undefined, ['0044']],
    ]);
    expect(data.classChoices.map((c) => [c.key, c.isAdvisory])).toEqual([['adv-9', true], ['hr-1', true], ['math', false]]);
  });

  it('puts an advisory without term dates in the fallback year, with a warning', () => {
    const data = readSdsV1(v1Set(), { fallbackYearId: '2030-31' });
    expect(data.advisories!.find((a) => a.code === 'hr-1')?.yearId).toBe('2030-31');
    expect(warnings(data).some((w) => w.file === 'Section.csv' && w.row === 3 && w.message.includes('2030-31'))).toBe(true);
  });

  it('gives null students and a warning when Student.csv is missing', () => {
    const data = readSdsV1(v1Set({ students: null }), options);
    expect(data.students).toBeNull();
    expect(data.diagnostics).toContainEqual(expect.objectContaining({ level: 'warning', file: 'Student.csv', row: null }));
    expect(hasErrors(data.diagnostics)).toBe(false);
  });

  it('names the file and column when the id column is missing', () => {
    const data = readSdsV1(v1Set({ students: table('Student.csv', ['First Name', 'Last Name'], [['A', 'B']]) }), options);
    expect(data.students).toBeNull();
    expect(errors(data)).toContainEqual(expect.objectContaining({ file: 'Student.csv', column: 'SIS ID', message: expect.stringContaining('“SIS ID”') }));
  });

  it('refuses a repeated id, naming both rows', () => {
    const dup = table('Student.csv', STUDENT_HEADER, [['1', '', 'A', 'B', '', '09', '', ''], ['1', '', 'C', 'D', '', '10', '', '']]);
    const data = readSdsV1(v1Set({ students: dup, enrollments: null }), options);
    expect(errors(data)).toEqual([
      expect.objectContaining({ file: 'Student.csv', row: 3, message: 'Student id “1” appears twice in Student.csv (rows 2 and 3); the second row was not read.' }),
    ]);
  });

  it('reports unknown grades at their row, rewritten ones once, and marks elementary grades (KG) as outside', () => {
    const grades = table('Student.csv', STUDENT_HEADER, [
      ['1', '', 'A', 'B', '', '9', '', ''], ['2', '', 'A', 'B', '', '9', '', ''], ['3', '', 'A', 'B', '', '13', '', ''], ['4', '', 'A', 'B', '', 'KG', '', ''],
    ]);
    const data = readSdsV1(v1Set({ students: grades, enrollments: null }), options);
    expect(errors(data).map((e) => [e.file, e.row, e.column])).toEqual([['Student.csv', 4, 'Grade']]);
    expect(student(data, '4')!.gradeOutside).toBe('KG');
    expect(warnings(data).filter((w) => w.column === 'Grade')).toHaveLength(1);
    expect(student(data, '3')!.grade).toBeUndefined();
  });

  it('skips enrollments naming an unknown section or student, with a warning at the row', () => {
    const enrollments = table('StudentEnrollment.csv', ['Section SIS ID', 'SIS ID'], [['adv-9', '0042'], ['nope', '0042'], ['adv-9', '9999']]);
    const data = readSdsV1(v1Set({ enrollments }), options);
    expect(warnings(data).filter((w) => w.file === 'StudentEnrollment.csv').map((w) => [w.row, w.column])).toEqual([[3, 'Section SIS ID'], [4, 'SIS ID']]);
    expect(data.advisories!.find((a) => a.code === 'adv-9')?.studentIds).toEqual(['0042']);
  });
});

describe('readSdsV21 on the v2.1 sample', () => {
  const data = readSdsV21(V21, options);

  it('tells students from staff by roles.csv and skips the guardians', () => {
    expect(data.format).toBe('sds-v2.1');
    expect(data.mode).toBe('full');
    expect(data.students!.map((s) => s.id)).toEqual(['114001', '114003', '114004', '114008']);
    expect(data.staff!.map((s) => [s.id, s.role])).toEqual([['114006', 'teacher'], ['114007', 'teacher']]);
    expect(student(data, '114001')).toMatchObject({ firstName: 'Jack', lastName: 'Craig', grade: '10', email: 'jcraig@classrmtest31.org' });
  });

  it('reads flags from userFlags.csv and sex from demographics.csv', () => {
    const flags = Object.fromEntries(data.students!.map((s) => [s.id, s.flags]));
    expect(flags).toEqual({
      '114001': { economicallyDisadvantaged: false, iep504: true, englishLearner: false },
      '114003': { economicallyDisadvantaged: true, iep504: false, englishLearner: false },
      '114004': { economicallyDisadvantaged: false, iep504: true, englishLearner: false },
      '114008': { economicallyDisadvantaged: false, iep504: false, englishLearner: false },
    });
    expect(data.students!.map((s) => s.gender)).toEqual(['male', 'male', 'female', 'male']);
  });

  it('reads the pre-school grade ps1 as a grade outside the school (skipped later with a warning, not an error)', () => {
    expect(errors(data)).toEqual([]);
    expect(student(data, '114008')!.grade).toBeUndefined();
    expect(student(data, '114008')!.gradeOutside).toBe('ps1');
  });

  it('takes the school year from session dates and offers both classes', () => {
    expect(data.yearId).toBe('2021-22');
    expect(data.years.map((y) => [y.id, y.firstDay, y.lastDay])).toEqual([['2021-22', '2021-08-24', '2022-06-11']]);
    expect(data.classChoices).toEqual([
      { key: '112001', title: 'Computer Science 101', yearId: '2021-22', students: 1, isAdvisory: false },
      { key: '112002', title: 'Biology 10', yearId: '2021-22', students: 3, isAdvisory: false },
    ]);
    expect(data.advisories).toEqual([]);
  });

  it('makes marked classes advisories led by their teacher or professor', () => {
    const marked = readSdsV21(V21, { ...options, extraAdvisoryKeys: ['112001', '112002'] });
    expect(marked.advisories!.map((a) => [a.code, a.yearId, a.leadStaffId, a.studentIds])).toEqual([
      ['112001', '2021-22', '114006', ['114008']],
      ['112002', '2021-22', '114007', ['114001', '114003', '114004']],
    ]);
  });
});

describe('readSdsV21 on hand-made sets', () => {
  const users = table('users.csv', ['sourcedId', 'username', 'givenName', 'familyName'], [
    ['u1', 'a@x.org', 'Ann', 'Ames'], ['u2', 'b@x.org', 'Bo', 'Bell'], ['t1', 't1@x.org', 'Tia', 'Toms'], ['t2', 't2@x.org', 'Uri', 'Ulm'], ['x9', 'x9', 'No', 'Role'],
  ]);
  const roles = table('roles.csv', ['userSourcedId', 'orgSourcedId', 'role', 'grade', 'isPrimary'], [
    ['u1', 'o1', 'student', '9', 'TRUE'], ['u2', 'o1', 'student', '9', 'TRUE'], ['t1', 'o1', 'teacher', '', 'TRUE'], ['t2', 'o1', 'coach', '', 'TRUE'],
  ]);
  const classes = table('classes.csv', ['sourcedId', 'title'], [['c1', 'Homeroom 9'], ['c2', 'Chemistry']]);
  const enrollments = table('enrollments.csv', ['classSourcedId', 'userSourcedId', 'role', 'isPrimary'], [
    ['c1', 't2', 'teacher', 'FALSE'], ['c1', 't1', 'teacher', 'TRUE'], ['c1', 'u1', 'student', ''], ['c1', 'zz', 'student', ''], ['c2', 'u2', 'student', ''],
  ]);

  it('prefers a primary teacher as lead, leaves flags unset without userFlags.csv, and warns of unknown users', () => {
    const data = readSdsV21([users, roles, classes, enrollments], options);
    expect(data.advisories).toEqual([
      { code: 'c1', name: 'Homeroom 9', yearId: '2025-26', leadStaffId: 't1', coStaffId: 't2', studentIds: ['u1'], ref: { file: 'classes.csv', row: 2 } },
    ]);
    expect(data.students!.every((s) => s.flags === undefined && s.gender === undefined)).toBe(true);
    expect(data.staff!.map((s) => [s.id, s.role])).toEqual([['t1', 'teacher'], ['t2', 'coach']]);
    expect(warnings(data)).toContainEqual(expect.objectContaining({ file: 'enrollments.csv', row: 5, column: 'userSourcedId' }));
    expect(warnings(data)).toContainEqual(expect.objectContaining({ file: 'users.csv', message: '1 user has no student or staff role in roles.csv and was not imported.' }));
    expect(warnings(data).filter((w) => w.file === 'roles.csv' && w.column === 'grade')).toHaveLength(1);
  });

  it('gives null people and a warning without users.csv, and an error without its id column', () => {
    const none = readSdsV21([roles, classes], options);
    expect(none.students).toBeNull();
    expect(none.staff).toBeNull();
    expect(none.diagnostics).toContainEqual(expect.objectContaining({ level: 'warning', file: 'users.csv' }));
    const noId = readSdsV21([table('users.csv', ['givenName'], [['A']]), roles], options);
    expect(errors(noId)).toContainEqual(expect.objectContaining({ file: 'users.csv', column: 'sourcedId' }));
  });
});
