/** The Clever reader on the hand-made `basic` fixture (Clever publishes no sample) and on small sets. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readClever } from '../../../shared/import/clever';
import type { Diagnostic } from '../../../shared/import/diagnostics';
import type { ImportData, SourceTable } from '../../../shared/import/model';
import { readFolder, table, TEST_FIXTURES } from './helpers/read-folder';

const options = { fallbackYearId: '2024-25' } as const;
const BASIC = readFolder(path.join(TEST_FIXTURES, 'clever/basic'));

const errors = (d: ImportData): Diagnostic[] => d.diagnostics.filter((x) => x.level === 'error');
const warnings = (d: ImportData): Diagnostic[] => d.diagnostics.filter((x) => x.level === 'warning');
const student = (d: ImportData, id: string) => d.students?.find((s) => s.id === id);

describe('readClever on the basic fixture', () => {
  const data = readClever(BASIC, options);

  it('reads the students by Student_number, leading zeros kept, Clever ids as sourcedId', () => {
    expect(data.format).toBe('clever');
    expect(data.mode).toBe('full');
    expect(errors(data)).toEqual([]);
    expect(data.students!.map((s) => s.id)).toEqual(['00123', '00456', '10789', '10790', 'c-s-005', '11001', '12001', '12002']);
    expect(student(data, '00123')).toMatchObject({ sourcedId: 'c-s-001', firstName: 'Ava', lastName: 'Lopez', grade: '09', classOf: 2029, gender: 'female' });
    // Without a Student_number, Clever's id is the id and no sourcedId is needed.
    expect(student(data, 'c-s-005')).toMatchObject({ lastName: 'Smith, Jr.', grade: '11' });
    expect(student(data, 'c-s-005')!.sourcedId).toBeUndefined();
    expect(student(data, '10789')!.gender).toBe('non-binary');
    expect(student(data, '10790')!.lastName).toBe("O'Neil");
  });

  it('reads lunch status and the Y/N flags', () => {
    expect(data.students!.map((s) => s.flags?.economicallyDisadvantaged)).toEqual([true, true, false, false, true, false, true, false]);
    expect(student(data, '00123')!.flags).toEqual({ economicallyDisadvantaged: true, iep504: true, englishLearner: false });
    expect(student(data, '10789')!.flags?.englishLearner).toBe(true);
  });

  it('reads grade 9 as 09 with one warning for students.csv', () => {
    const gradeWarnings = warnings(data).filter((w) => w.file === 'students.csv');
    expect(gradeWarnings).toHaveLength(1);
    expect(gradeWarnings[0]).toMatchObject({ column: 'Grade', message: expect.stringContaining('2 grades were not written with two digits') });
  });

  it('reads the teachers by Teacher_number, else Teacher_id', () => {
    expect(data.staff!.map((s) => [s.id, s.sourcedId, s.role, s.email])).toEqual([
      ['0451', 't-100', 'teacher', 'mrivera@lakeside.example.org'],
      ['0452', 't-200', 'teacher', 'lchen@lakeside.example.org'],
      ['t-300', undefined, 'teacher', 'aokafor@lakeside.example.org'],
    ]);
  });

  it('reads the Homeroom/advisory sections as advisories with lead and co-advisor', () => {
    expect(data.yearId).toBe('2025-26');
    expect(data.advisories).toEqual([
      {
        code: 'sec-adv-rivera', name: 'Rivera Advisory', yearId: '2025-26', leadStaffId: '0451', coStaffId: 't-300',
        studentIds: ['00123', '00456', '10789', '10790', 'c-s-005'], ref: { file: 'sections.csv', row: 2 },
      },
      { code: 'sec-p0-chen', name: 'Period 0', yearId: '2025-26', leadStaffId: '0452', studentIds: ['11001', '12001', '12002'], ref: { file: 'sections.csv', row: 4 } },
    ]);
    expect(data.classChoices).toEqual([
      { key: 'sec-adv-rivera', title: 'Rivera Advisory', yearId: '2025-26', students: 5, isAdvisory: true },
      { key: 'sec-alg-1', title: 'Algebra 1', yearId: '2025-26', students: 4, isAdvisory: false },
      { key: 'sec-p0-chen', title: 'Period 0', yearId: '2025-26', students: 3, isAdvisory: true },
    ]);
  });

  it('honours the user’s choices and refuses a student in two advisories of one year', () => {
    expect(readClever(BASIC, { ...options, notAdvisoryKeys: ['sec-p0-chen'] }).advisories!.map((a) => a.code)).toEqual(['sec-adv-rivera']);
    const algebra = readClever(BASIC, { ...options, extraAdvisoryKeys: ['sec-alg-1'] });
    // Algebra (the second section) takes two Rivera advisees, then Period 0 meets two Algebra students.
    expect(errors(algebra).map((e) => [e.file, e.row, /^Student “(\w+)” is in two advisories in 2025-26: /.exec(e.message)?.[1]])).toEqual([
      ['enrollments.csv', 10, '00123'],
      ['enrollments.csv', 11, '00456'],
      ['enrollments.csv', 7, '11001'],
      ['enrollments.csv', 9, '12002'],
    ]);
  });
});

const STUDENTS = ['School_id', 'Student_id', 'Student_number', 'Last_name', 'First_name', 'Grade', 'Gender', 'Frl_status', 'Ell_status', 'IEP_status'];
const SECTIONS = ['School_id', 'Section_id', 'Teacher_id', 'Teacher_2_id', 'Name', 'Course_name', 'Subject', 'Term_start', 'Term_end'];

/** A small Clever set; parts can be replaced or dropped. */
function set(parts: Partial<Record<'schools' | 'students' | 'teachers' | 'sections' | 'enrollments', SourceTable | null>> = {}): SourceTable[] {
  const base: Record<string, SourceTable | null> = {
    schools: table('schools.csv', ['School_id', 'School_name'], [['a', 'Alder High'], ['b', 'Birch Academy']]),
    students: table('students.csv', STUDENTS, [
      ['a', 'cs1', '007', 'Ames', '=HYPERLINK("x")', '10', 'Q', 'Maybe', 'Y', 'N'],
      ['b', 'cs2', '', 'Bell', 'Bo', 'Kindergarten', 'M', 'R', 'n', 'y'],
    ]),
    teachers: table('teachers.csv', ['School_id', 'Teacher_id', 'First_name', 'Last_name'], [['a', 'ct1', 'Tia', 'Toms']]),
    sections: table('sections.csv', SECTIONS, [['a', 'h1', 'ct1', 'ghost', 'Homeroom 10', '', '', '', '']]),
    enrollments: table('enrollments.csv', ['School_id', 'Section_id', 'Student_id'], [['a', 'h1', 'cs1'], ['a', 'h1', 'nobody'], ['a', 'zz', 'cs2']]),
  };
  return Object.values({ ...base, ...parts }).filter((t): t is SourceTable => t !== null);
}

describe('readClever on hand-made sets', () => {
  it('keeps odd values as text, warns of unknown ones, and marks an elementary grade as outside the school', () => {
    const data = readClever(set(), options);
    expect(student(data, '007')).toMatchObject({ firstName: '=HYPERLINK("x")', gender: 'unspecified', flags: { englishLearner: true, iep504: false } });
    expect(student(data, '007')!.flags?.economicallyDisadvantaged).toBeUndefined();
    expect(student(data, 'cs2')).toMatchObject({ flags: { economicallyDisadvantaged: true, englishLearner: false, iep504: true } });
    expect(errors(data)).toEqual([]);
    expect(student(data, 'cs2')!.gradeOutside).toBe('Kindergarten');
    expect(warnings(data)).toContainEqual(expect.objectContaining({ file: 'students.csv', row: 2, column: 'Frl_status' }));
  });

  it('skips unknown enrollments and teachers with a warning at the row, and falls back to the current year', () => {
    const data = readClever(set(), options);
    expect(data.advisories).toEqual([{ code: 'h1', name: 'Homeroom 10', yearId: '2024-25', leadStaffId: 'ct1', studentIds: ['007'], ref: { file: 'sections.csv', row: 2 } }]);
    const at = (file: string) => warnings(data).filter((w) => w.file === file).map((w) => [w.row, w.column]);
    expect(at('enrollments.csv')).toEqual([[3, 'Student_id'], [4, 'Section_id']]);
    expect(at('sections.csv')).toEqual([[2, 'Teacher_2_id'], [2, null]]);
  });

  it('says when the set covers two schools', () => {
    expect(warnings(readClever(set(), options))).toContainEqual(
      expect.objectContaining({ file: 'schools.csv', message: 'The set covers 2 schools (Alder High, Birch Academy); all are imported.' }),
    );
  });

  it('gives null students and a warning without students.csv', () => {
    const data = readClever(set({ students: null }), options);
    expect(data.students).toBeNull();
    expect(data.diagnostics).toContainEqual(expect.objectContaining({ level: 'warning', file: 'students.csv', row: null }));
    expect(data.advisories).toEqual([expect.objectContaining({ code: 'h1', studentIds: [] })]);
  });

  it('names the file and column of a missing id column, and both rows of a repeated id', () => {
    const noId = readClever(set({ sections: table('sections.csv', ['Name'], [['Homeroom']]) }), options);
    expect(errors(noId)).toContainEqual(expect.objectContaining({ file: 'sections.csv', column: 'Section_id' }));
    expect(noId.advisories).toBeNull();
    const twice = table('students.csv', STUDENTS, [['a', 'cs1', '01', 'A', 'B', '09', '', '', '', ''], ['a', 'cs2', '01', 'C', 'D', '09', '', '', '', '']]);
    const dup = readClever(set({ students: twice, enrollments: null }), options);
    expect(errors(dup)).toEqual([expect.objectContaining({ file: 'students.csv', row: 3, message: expect.stringContaining('(rows 2 and 3)') })]);
  });
});
