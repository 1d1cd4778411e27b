/** readGeneric over small tables built here: exact ids, grades, flags, lunch status, names, duplicates, advisories, staff. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/import/diagnostics';
import { proposeMapping, readGeneric, type ColumnMapping } from '../../../shared/import/generic';
import type { SourceTable } from '../../../shared/import/model';

const options = { fallbackYearId: '2026-27' };

/** A table as the CSV parser gives it: header row 1, data from row 2. */
function table(header: readonly string[], rows: readonly (readonly string[])[], file = 'roster.csv'): SourceTable {
  return { file, header, rows, rowNumbers: rows.map((_, i) => i + 2), diagnostics: [] };
}

const read = (t: SourceTable, mapping: ColumnMapping = proposeMapping(t.header)) => readGeneric(t, mapping, 'generic-csv', options);
const messages = (d: readonly Diagnostic[]) => d.map((x) => `${x.level} ${x.row ?? '-'} ${x.column ?? '-'}: ${x.message}`);

const PS = ['Student_Number', 'Last_Name', 'First_Name', 'Grade_Level', 'Gender', 'LunchStatus', 'IEP', 'ELL', 'Email'];

describe('readGeneric: students', () => {
  it('keeps ids and grades as text, maps values, and fills ImportData', () => {
    const data = read(table(PS, [
      ['00123', 'Rivera', 'Ana', '09', 'F', 'F', 'Y', 'N', 'ana@school.org'],
      ['00124', 'Okafor', 'Chidi', '10', 'M', 'P', 'N', '1', ''],
      ['00125', 'Lee', 'Sam', '11', 'Non-binary', 'R', '', 'true', ''],
    ]));
    expect(data).toMatchObject({ format: 'generic-csv', mode: 'full', yearId: '2026-27', staff: null, years: [], advisories: null, removedPlacements: [], classChoices: [], diagnostics: [] });
    expect(data.students).toEqual([
      { id: '00123', firstName: 'Ana', lastName: 'Rivera', email: 'ana@school.org', grade: '09', gender: 'female', flags: { economicallyDisadvantaged: true, iep504: true, englishLearner: false }, ref: { file: 'roster.csv', row: 2 } },
      { id: '00124', firstName: 'Chidi', lastName: 'Okafor', grade: '10', gender: 'male', flags: { economicallyDisadvantaged: false, iep504: false, englishLearner: true }, ref: { file: 'roster.csv', row: 3 } },
      { id: '00125', firstName: 'Sam', lastName: 'Lee', grade: '11', gender: 'non-binary', flags: { economicallyDisadvantaged: true, iep504: false, englishLearner: true }, ref: { file: 'roster.csv', row: 4 } },
    ]);
  });

  it('reads 9th, 9 and Grade 9 as 09 with ONE warning naming the first row and the count', () => {
    const data = read(table(['ID', 'First', 'Last', 'Grade'], [
      ['1', 'A', 'B', '09'], ['2', 'A', 'B', '9th'], ['3', 'A', 'B', '9'], ['4', 'A', 'B', 'Grade 9'],
    ]));
    expect(data.students?.map((s) => s.grade)).toEqual(['09', '09', '09', '09']);
    expect(messages(data.diagnostics)).toEqual([
      'warning 3 Grade: Grade “9th” read as 09 (row 3). 3 grades in this file were not written as two digits (06–12) and were read the same way.',
    ]);
  });

  it('reports an unknown grade, flag, lunch status, gender and class of at their row and column; KG is outside, not unknown', () => {
    const header = ['ID', 'First', 'Last', 'Grade', 'Class of', 'Gender', 'Lunch', 'IEP'];
    const data = read(table(header, [
      ['1', 'A', 'B', '13', '30', 'Q', 'Z', 'maybe'],
      ['2', 'A', 'B', 'KG', '2030', 'F', 'Y', 'X'],
    ]));
    expect(messages(data.diagnostics)).toEqual([
      'error 2 Grade: Grade “13” is not a grade the app knows; use 06–12 (9, 9th and Grade 9 are read too).',
      'error 2 Class of: Class of “30” is not a four-digit graduation year such as 2030.',
      'error 2 Gender: Gender “Q” is not understood; use F, M, X, Female, Male, Non-binary, or blank/Unknown.',
      'error 2 Lunch: Lunch status “Z” is not understood; use F or Free, R or Reduced (economically disadvantaged), P or Paid, or N (not); Y/N is read too.',
      'error 2 IEP: IEP/504 “maybe” is not understood; use Y, N, Yes, No, 1, 0, true, false or X (blank is no).',
    ]);
    expect(data.students?.[1]?.gradeOutside).toBe('KG');
    expect(data.students?.[1]).toMatchObject({ classOf: 2030, gender: 'female', flags: { economicallyDisadvantaged: true, iep504: true } });
    expect(data.students?.[1]?.grade).toBeUndefined();
  });

  it('names both rows of a duplicate id, and reports a missing id or name at its row', () => {
    const rows = Array.from({ length: 18 }, (_, i) => [String(i + 200), 'A', 'B']);
    rows[2] = ['00123', 'Ana', 'Rivera'];
    rows.push(['00123', 'Ana', 'Rivera'], ['', 'No', 'Id'], ['7', '', 'B'], ['', '', '']);
    const data = read(table(['Student_Number', 'First_Name', 'Last_Name'], rows));
    expect(messages(data.diagnostics)).toEqual([
      'error 20 Student_Number: ID 00123 appears in rows 4 and 20.',
      'error 21 Student_Number: This row has no Student ID; it is not imported.',
      'error 22 First_Name: The first name of 7 is empty.',
    ]);
    expect(data.students?.filter((s) => s.id === '00123')).toHaveLength(1);
    expect(data.students).toHaveLength(18);
  });

  it('stores a formula-like name exactly as text and never coerces values', () => {
    const data = read(table(['ID', 'First', 'Last', 'Preferred'], [['007', '=HYPERLINK("http://x","y")', '+Smith', '@me']]));
    expect(data.students?.[0]).toMatchObject({ id: '007', firstName: '=HYPERLINK("http://x","y")', lastName: '+Smith', preferredName: '@me' });
  });

  it('splits a full-name column: "Last, First" and "First Last"', () => {
    const data = read(table(['Student ID', 'Student Name'], [['1', 'Rivera, Ana Maria'], ['2', 'Chidi Okafor'], ['3', 'Cher']]));
    expect(data.students?.map((s) => [s.firstName, s.lastName])).toEqual([['Ana Maria', 'Rivera'], ['Chidi', 'Okafor']]);
    expect(messages(data.diagnostics)).toEqual(['error 4 Student Name: The first name of 3 is empty.']);
  });

  it('reads status, and reports an unknown status once per value', () => {
    const data = read(table(['ID', 'First', 'Last', 'Status'], [['1', 'A', 'B', 'Active'], ['2', 'A', 'B', 'W'], ['3', 'A', 'B', 'Pending'], ['4', 'A', 'B', 'Pending'], ['5', 'A', 'B', '']]));
    expect(data.students?.map((s) => s.active)).toEqual([true, false, undefined, undefined, undefined]);
    expect(messages(data.diagnostics)).toEqual([
      'warning 4 Status: Status “Pending” (row 4 and 1 more row) is not one the app knows (Active/A, Inactive/I, Withdrawn/W, Graduated/G, Y/N); these people’s status is not changed.',
    ]);
  });

  it('builds advisories from the homeroom and advisor columns', () => {
    const data = read(table(['ID', 'First', 'Last', 'Homeroom', 'Advisor'], [
      ['1', 'A', 'B', 'R101', 'T9'], ['2', 'A', 'B', 'R101', 'T9'], ['3', 'A', 'B', 'R101', 'T8'], ['4', 'A', 'B', 'R202', ''], ['5', 'A', 'B', '', 'T9'],
    ]));
    expect(data.advisories).toEqual([
      { code: 'R101', name: 'R101', yearId: '2026-27', leadStaffId: 'T9', studentIds: ['1', '2', '3'], ref: { file: 'roster.csv', row: 2 } },
      { code: 'R202', name: 'R202', yearId: '2026-27', studentIds: ['4'], ref: { file: 'roster.csv', row: 5 } },
    ]);
    expect(messages(data.diagnostics)).toEqual(['warning 2 Advisor: Advisory “R101” lists more than one advisor (T9 for 2, T8 for 1); T9 is read as its advisor.']);
  });

  it('returns only the mapping problems when the mapping cannot be read, plus the table’s own diagnostics', () => {
    const t: SourceTable = { ...table(['A', 'B'], [['1', '2']]), diagnostics: [{ level: 'warning', file: 'roster.csv', row: 2, column: null, message: 'Ragged row.' }] };
    const data = read(t, { kind: 'students', columns: { id: 'Student_Number', fullName: 'B' } });
    expect(data.students).toEqual([]);
    expect(messages(data.diagnostics)).toEqual([
      'warning 2 -: Ragged row.',
      'error - Student_Number: The column “Student_Number” chosen for Student ID is not in this file; choose another or “not in the file”.',
    ]);
  });
});

describe('readGeneric: staff', () => {
  it('reads a staff export with free-text titles; unknown roles warn once and read as teacher', () => {
    const header = ['Teacher Number', 'Teacher Name', 'Email_Addr', 'Department', 'Title'];
    const data = readGeneric(table(header, [
      ['0042', 'Rivera, Maria', 'mr@s.org', 'Math', 'Math Teacher'],
      ['0043', 'Jon Park', '', '', 'Guidance Counselor'],
      ['0044', 'Lee, Kim', '', 'PE', 'Head Coach'],
      ['0045', 'Ng, Al', '', '', 'Paraprofessional'],
      ['0046', 'Ode, Bo', '', '', 'Principal'],
      ['0047', 'Ode, Cy', '', '', ''],
    ], 'staff.xlsx'), proposeMapping(header), 'generic-xlsx', options);
    expect(data.students).toBeNull();
    expect(data.advisories).toBeNull();
    expect(data.format).toBe('generic-xlsx');
    expect(data.staff?.map((s) => [s.id, s.firstName, s.lastName, s.role])).toEqual([
      ['0042', 'Maria', 'Rivera', 'teacher'], ['0043', 'Jon', 'Park', 'counselor'], ['0044', 'Kim', 'Lee', 'coach'],
      ['0045', 'Al', 'Ng', 'support-staff'], ['0046', 'Bo', 'Ode', 'teacher'], ['0047', 'Cy', 'Ode', undefined],
    ]);
    expect(data.staff?.[0]).toEqual({ id: '0042', firstName: 'Maria', lastName: 'Rivera', email: 'mr@s.org', department: 'Math', role: 'teacher', ref: { file: 'staff.xlsx', row: 2 } });
    expect(messages(data.diagnostics)).toEqual([
      'warning 6 Title: Role “Principal” (row 6) is not one the app knows (teacher, counselor, coach or support staff); read as teacher.',
    ]);
  });
});
