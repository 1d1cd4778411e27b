/** proposeMapping on real SIS header sets, mappingSignature, alignMapping and checkMapping. */
import { describe, expect, it } from 'vitest';
import { alignMapping, checkMapping, mappingSignature, proposeMapping, type ColumnMapping } from '../../../shared/import/generic';

describe('proposeMapping', () => {
  it('reads a PowerSchool-like student export', () => {
    const m = proposeMapping(['Student_Number', 'Last_Name', 'First_Name', 'Grade_Level', 'Gender', 'LunchStatus', 'Home_Room']);
    expect(m.kind).toBe('students');
    expect(m.columns).toMatchObject({
      id: 'Student_Number',
      lastName: 'Last_Name',
      firstName: 'First_Name',
      grade: 'Grade_Level',
      gender: 'Gender',
      lunchStatus: 'LunchStatus',
      advisory: 'Home_Room',
      fullName: null,
      iep504: null,
      advisor: null,
    });
    expect(checkMapping(m, ['Student_Number', 'Last_Name', 'First_Name', 'Grade_Level', 'Gender', 'LunchStatus', 'Home_Room'])).toEqual([]);
  });

  it('reads an Infinite Campus-like student export', () => {
    const m = proposeMapping(['studentNumber', 'lastName', 'firstName', 'grade', 'gender', 'frl', 'iep', 'ell']);
    expect(m.kind).toBe('students');
    expect(m.columns).toMatchObject({
      id: 'studentNumber',
      lastName: 'lastName',
      firstName: 'firstName',
      grade: 'grade',
      gender: 'gender',
      lunchStatus: 'frl',
      iep504: 'iep',
      englishLearner: 'ell',
    });
  });

  it('recognises a staff export and its full-name column', () => {
    const header = ['Teacher Number', 'Teacher Name', 'Email_Addr', 'Department', 'Title'];
    const m = proposeMapping(header);
    expect(m.kind).toBe('staff');
    expect(m.columns).toEqual({
      id: 'Teacher Number',
      firstName: null,
      lastName: null,
      fullName: 'Teacher Name',
      email: 'Email_Addr',
      department: 'Department',
      role: 'Title',
      status: null,
    });
    expect(checkMapping(m, header)).toEqual([]);
  });

  it('prefers the student number over an internal ID and strips "Student" prefixes', () => {
    const m = proposeMapping(['ID', 'Student_Number', 'Student First Name', 'Student Last Name', 'Stu_Grade', 'IEP/504', 'Class of']);
    expect(m.columns).toMatchObject({ id: 'Student_Number', firstName: 'Student First Name', lastName: 'Student Last Name', grade: 'Stu_Grade', iep504: 'IEP/504', classOf: 'Class of' });
  });

  it('honours an explicit kind and lists every field of it', () => {
    const m = proposeMapping(['Teacher Number', 'Teacher Name'], 'students');
    expect(m.kind).toBe('students');
    expect(Object.keys(m.columns)).toHaveLength(16);
    expect(m.columns.fullName).toBe('Teacher Name');
  });

  it('maps nothing for an unknown header, and never maps a column twice', () => {
    const m = proposeMapping(['foo', 'bar']);
    expect(Object.values(m.columns).every((c) => c === null)).toBe(true);
    const twice = proposeMapping(['Name', 'name', 'First', 'Last']);
    const used = Object.values(twice.columns).filter((c) => c !== null);
    expect(new Set(used).size).toBe(used.length);
  });
});

describe('mappingSignature', () => {
  it('is equal for reordered, recased and respaced headers', () => {
    const a = mappingSignature(['Student_Number', 'Last_Name', 'First_Name', 'Grade_Level']);
    expect(mappingSignature(['grade level', 'FIRST_NAME', 'student_number', 'LastName'])).toBe(a);
    expect(mappingSignature(['Student_Number', 'Last_Name', 'First_Name'])).not.toBe(a);
  });
});

describe('alignMapping', () => {
  it('rewrites a remembered mapping to this file’s spellings and keeps stale columns for checkMapping', () => {
    const remembered: ColumnMapping = { kind: 'students', columns: { id: 'student_number', firstName: 'first_name', lastName: 'Surname' } };
    const header = ['Student_Number', 'First_Name', 'Last_Name'];
    const aligned = alignMapping(remembered, header);
    expect(aligned.columns).toEqual({ id: 'Student_Number', firstName: 'First_Name', lastName: 'Surname' });
    expect(checkMapping(aligned, header).map((d) => d.message)).toEqual([
      'The column “Surname” chosen for Last name is not in this file; choose another or “not in the file”.',
    ]);
  });
});

describe('checkMapping', () => {
  const header = ['Student_Number', 'First_Name', 'Last_Name', 'Name', 'Grade'];
  const m = (columns: Record<string, string | null>): ColumnMapping => ({ kind: 'students', columns });

  it('asks for the ID and for names', () => {
    expect(checkMapping(m({}), header).map((d) => [d.level, d.message])).toEqual([
      ['error', 'Choose the column that holds the Student ID.'],
      ['error', 'Choose the First name and Last name columns, or one Full name column.'],
    ]);
    expect(checkMapping(m({ id: 'Student_Number', firstName: 'First_Name' }), header).map((d) => d.message)).toEqual([
      'Choose the Last name column, or one Full name column.',
    ]);
    expect(checkMapping(m({ id: 'Student_Number', fullName: 'Name' }), header)).toEqual([]);
    expect(checkMapping({ kind: 'staff', columns: { fullName: 'Name' } }, header).map((d) => d.message)).toEqual(['Choose the column that holds the Staff ID.']);
  });

  it('reports a column chosen twice, naming both fields', () => {
    const d = checkMapping(m({ id: 'Student_Number', fullName: 'Name', grade: 'Grade', classOf: 'grade' }), header, 'roster.csv');
    expect(d).toEqual([
      { level: 'error', file: 'roster.csv', row: null, column: 'Grade', message: 'The column “Grade” is chosen for both Grade and Class of (graduation year); a column can be read as one field only.' },
    ]);
  });

  it('warns about both econ columns and an advisor without an advisory; ignores fields of other kinds', () => {
    const d = checkMapping(
      m({ id: 'Student_Number', fullName: 'Name', economicallyDisadvantaged: 'First_Name', lunchStatus: 'Last_Name', advisor: 'Grade', department: 'nope' }),
      header,
    );
    expect(d.map((x) => x.level)).toEqual(['warning', 'warning']);
    expect(d[1]?.message).toMatch(/Advisor is read only together with an Advisory/);
  });

  it('warns when the file has two columns of the chosen name', () => {
    const d = checkMapping(m({ id: 'ID', fullName: 'Name' }), ['ID', 'Name', 'id']);
    expect(d.map((x) => x.message)).toEqual(['The file has more than one column named “ID”; Student ID is read from the first.']);
  });
});
