/** The OneRoster reader's rules on small inline bundles: roles, demographics, advisories, headers. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/import/diagnostics';
import type { ImportData, ReadOptions, SourceTable } from '../../../shared/import/model';
import { readOneRoster } from '../../../shared/import/oneroster';
import { tableFromText } from './helpers/tables';

const lines = (...rows: string[]): string => rows.join('\r\n');
const MANIFEST_11 = lines('propertyName,value', 'oneroster.version,1.1', 'file.users,bulk', 'file.classes,bulk', 'file.enrollments,bulk', 'file.academicSessions,bulk');
const USERS_H = 'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password';
const user = (sid: string, role: string, given: string, family: string, id: string, grade = '', status = '', enabled = 'true'): string =>
  `${sid},${status},,${enabled},org,${role},,,${given},${family},,${id},,,,,${grade},`;
const SESSIONS = lines('sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear', 'sy25,,,2024-25,schoolYear,2024-08-26,2025-06-13,,2025');
const CLASSES_H = 'sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods';
const cls = (sid: string, title: string, code: string, type: string, term = 'sy25'): string => `${sid},,,${title},,,${code},${type},Room 1,org,${term},,,`;
const ENR_H = 'sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate';
const enr = (sid: string, c: string, u: string, role: string, primary = ''): string => `${sid},,,${c},org,${u},${role},${primary},,`;

function bundle(files: Record<string, string>): SourceTable[] {
  return Object.entries(files).map(([name, text]) => tableFromText(name, text));
}
function read(files: Record<string, string>, options: Partial<ReadOptions> = {}): ImportData {
  return readOneRoster(bundle(files), { fallbackYearId: '2030-31', ...options });
}
const matching = (data: ImportData, pattern: RegExp): Diagnostic[] => data.diagnostics.filter((d) => pattern.test(d.message));
const errors = (data: ImportData): Diagnostic[] => data.diagnostics.filter((d) => d.level === 'error');

const PEOPLE = lines(USERS_H, user('t1', 'teacher', 'Ana', 'Rivera', 'T1'), user('t2', 'teacher', 'Bo', 'Okafor', 'T2'), user('s1', 'student', 'Zoë', 'Ng', '01', '09'), user('s2', 'student', 'Li', 'Chen', '02', '10'));

describe('roles', () => {
  it('maps 1.1 roles: counselor, aide, administrators as support staff (one warning), parents skipped (one warning)', () => {
    const data = read({
      'manifest.csv': MANIFEST_11,
      'users.csv': lines(
        USERS_H,
        user('c1', 'counselor', 'Cy', 'Park', 'C1'),
        user('a1', 'aide', 'Al', 'Ito', 'A1'),
        user('d1', 'administrator', 'Di', 'Roe', 'D1'),
        user('d2', 'Administrator', 'Ed', 'Roe', 'D2'),
        user('p1', 'parent', 'Pa', 'Ng', 'P1'),
        user('g1', 'guardian', 'Gu', 'Ng', 'G1'),
      ),
    });
    expect(data.staff?.map((s) => [s.id, s.role])).toEqual([
      ['C1', 'counselor'],
      ['A1', 'support-staff'],
      ['D1', 'support-staff'],
      ['D2', 'support-staff'],
    ]);
    expect(data.students).toEqual([]);
    expect(matching(data, /read as support staff/)).toEqual([expect.objectContaining({ row: 4 })]);
    expect(matching(data, /Parents, guardians and relatives/)).toEqual([expect.objectContaining({ row: 6, message: expect.stringContaining('2 rows') })]);
    expect(matching(data, /not a OneRoster 1\.1 role/)).toHaveLength(1);
    expect(matching(data, /role is written “Administrator”/)).toHaveLength(1);
  });

  it('reads 1.2 roles from the role column of users.csv when roles.csv is missing, with a warning', () => {
    const data = read({
      'manifest.csv': lines('propertyName,value', 'oneroster.version,1.2', 'file.users,bulk'),
      'users.csv': lines('sourcedId,role,givenName,familyName,identifier,grades', 's1,student,Zoë,Ng,01,09', 't1,teacher,Ana,Rivera,T1,'),
    });
    expect(data.format).toBe('oneroster-1.2');
    expect(data.students?.map((s) => s.id)).toEqual(['01']);
    expect(data.staff?.map((s) => s.id)).toEqual(['T1']);
    expect(matching(data, /no roles\.csv; roles were read from the role column/)).toHaveLength(1);
  });

  it('guesses 1.2 without a manifest, takes the primary role from roles.csv', () => {
    const data = read({
      'users.csv': lines('sourcedId,givenName,familyName,identifier,preferredGivenName,primaryOrgSourcedId', 'u1,Zoë,Ng,01,Zo,org', 'u2,Ana,Rivera,T1,,org'),
      'roles.csv': lines('sourcedId,userSourcedId,roleType,role', 'r1,u1,secondary,teacher', 'r2,u1,primary,student', 'r3,u2,Primary,teacher'),
    });
    expect(data.format).toBe('oneroster-1.2');
    expect(data.mode).toBe('full');
    expect(data.students?.map((s) => [s.id, s.preferredName])).toEqual([['01', 'Zo']]);
    expect(data.staff?.map((s) => s.id)).toEqual(['T1']);
    expect(matching(data, /no manifest\.csv; read as OneRoster 1\.2/)).toEqual([expect.objectContaining({ file: 'manifest.csv', row: null })]);
    expect(matching(data, /roleType is written “Primary”/)).toHaveLength(1);
  });

  it('is an error when nobody has a role', () => {
    const data = read({ 'manifest.csv': MANIFEST_11, 'users.csv': lines('sourcedId,givenName,familyName', 'u1,Zoë,Ng') });
    expect(data.students).toBeNull();
    expect(errors(data)).toEqual([expect.objectContaining({ file: 'users.csv', column: 'role' })]);
  });
});

describe('users', () => {
  it('marks tobedeleted and disabled users inactive, and uses the sourcedId when there is no identifier', () => {
    const data = read({
      'manifest.csv': MANIFEST_11,
      'users.csv': lines(USERS_H, user('s1', 'student', 'Zoë', 'Ng', '01', '09', 'tobedeleted'), user('s2', 'student', 'Li', 'Chen', '02', '09', '', 'false'), user('s3', 'student', 'Sam', 'Patel', '', '09', 'active')),
    });
    expect(data.students?.map((s) => [s.id, s.sourcedId, s.active])).toEqual([
      ['01', 's1', false],
      ['02', 's2', false],
      ['s3', undefined, true],
    ]);
    expect(matching(data, /no identifier/)).toEqual([expect.objectContaining({ row: 4, column: 'identifier' })]);
  });

  it('reads a misspelt header as the column it resembles; a missing required column is an error', () => {
    const typo = read({ 'manifest.csv': MANIFEST_11, 'users.csv': lines('sourcedId,role,givnName,familyName,identifier,gradez', 's1,student,Zoë,Ng,01,09') });
    expect(typo.students?.[0]).toMatchObject({ firstName: 'Zoë', grade: '09' });
    expect(matching(typo, /“givnName” is not a OneRoster column; read as “givenName”/)).toHaveLength(1);
    expect(errors(typo)).toEqual([]);

    const missing = read({ 'manifest.csv': MANIFEST_11, 'users.csv': lines('sourcedId,role,familyName,identifier,shoeSize', 's1,student,Ng,01,42') });
    expect(missing.students).toBeNull();
    expect(errors(missing)).toEqual([expect.objectContaining({ file: 'users.csv', row: 1, column: 'givenName' })]);
    expect(matching(missing, /not in the OneRoster 1\.1 users\.csv spec: “shoeSize”/)).toHaveLength(1);
  });
});

describe('demographics', () => {
  it('reads sex in any case (other → non-binary, once) and only the flags the file carries', () => {
    const data = read({
      'manifest.csv': MANIFEST_11,
      'users.csv': lines(USERS_H, user('s1', 'student', 'Zoë', 'Ng', '01', '09'), user('s2', 'student', 'Li', 'Chen', '02', '09'), user('s3', 'student', 'Sam', 'Patel', '03', '09')),
      'demographics.csv': lines('sourcedId,status,dateLastModified,birthDate,sex,ext:iep504,EconomicallyDisadvantaged', 's1,,,2010-01-02,Female,true,N', 's2,,,,other,,Y', 's3,,,,unspecified,maybe,', 'zz,,,,male,,'),
    });
    expect(data.students?.map((s) => [s.gender, s.flags])).toEqual([
      ['female', { iep504: true, economicallyDisadvantaged: false }],
      ['non-binary', { economicallyDisadvantaged: true }],
      ['unspecified', undefined],
    ]);
    expect(matching(data, /sex is written “Female”/)).toHaveLength(1);
    expect(matching(data, /“other” was read as the gender non-binary/)).toHaveLength(1);
    expect(matching(data, /“maybe” is neither yes nor no/)).toHaveLength(1);
    expect(matching(data, /Demographics of “zz”/)).toHaveLength(1);
  });
});

describe('advisories', () => {
  const base = { 'manifest.csv': MANIFEST_11, 'users.csv': PEOPLE, 'academicSessions.csv': SESSIONS };

  it('is an error when a student is in two advisories in one year, naming both', () => {
    const data = read({
      ...base,
      'classes.csv': lines(CLASSES_H, cls('a', 'Advisory A', 'ADV-A', 'homeroom'), cls('b', 'Advisory B', 'ADV-B', 'Homeroom')),
      'enrollments.csv': lines(ENR_H, enr('e1', 'a', 's1', 'student'), enr('e2', 'b', 's1', 'student'), enr('e3', 'b', 'ghost', 'student'), enr('e4', 'b', 't1', 'teacher'), enr('e5', 'b', 't2', 'teacher')),
    });
    expect(errors(data)).toEqual([
      { level: 'error', file: 'enrollments.csv', row: 3, column: null, message: 'Student 01 is enrolled in two advisories in 2024-25: “Advisory A” (row 2) and “Advisory B” (row 3).' },
    ]);
    expect(data.advisories?.map((a) => [a.code, a.studentIds, a.leadStaffId, a.coStaffId])).toEqual([
      ['ADV-A', ['01'], undefined, undefined],
      ['ADV-B', [], 'T1', 'T2'],
    ]);
    expect(matching(data, /“ghost” is not a student or staff member/)).toEqual([expect.objectContaining({ row: 4, column: 'userSourcedId' })]);
    expect(matching(data, /No teacher of “Advisory B” is marked primary/)).toEqual([expect.objectContaining({ row: 5 })]);
    expect(matching(data, /classType is written “Homeroom”/)).toHaveLength(1);
  });

  it('honours notAdvisoryKeys, falls back to the given year with a warning, and names the latest year', () => {
    const data = read({
      ...base,
      'classes.csv': lines(CLASSES_H, cls('a', 'Advisory A', 'ADV-A', 'homeroom'), cls('b', 'Advisory B', '', 'homeroom', 'nowhere')),
      'enrollments.csv': lines(ENR_H, enr('e1', 'a', 's1', 'student'), enr('e2', 'b', 's2', 'student'), enr('e3', 'b', 't2', 'teacher', 'true')),
    }, { notAdvisoryKeys: ['a'] });
    expect(data.advisories?.map((a) => [a.code, a.yearId, a.studentIds, a.leadStaffId])).toEqual([['Advisory B', '2030-31', ['02'], 'T2']]);
    expect(data.yearId).toBe('2030-31');
    expect(matching(data, /2030-31 was assumed/)).toEqual([expect.objectContaining({ file: 'classes.csv', row: 3 })]);
    expect(matching(data, /“nowhere”, which is not a session/)).toHaveLength(1);
    expect(data.classChoices.map((c) => [c.key, c.yearId, c.isAdvisory])).toEqual([
      ['a', '2024-25', false],
      ['b', null, true],
    ]);
  });

  it('warns about session types in another case and about bulk enrollments marked tobedeleted', () => {
    const data = read({
      ...base,
      'academicSessions.csv': lines('sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear', 'sy25,,,2024-25,SchoolYear,2024-08-26,2025-06-13,,2025'),
      'classes.csv': lines(CLASSES_H, cls('a', 'Advisory A', 'ADV-A', 'homeroom')),
      'enrollments.csv': lines(ENR_H, 'e1,tobedeleted,,a,org,s1,student,,,', enr('e2', 'a', 's2', 'student')),
    });
    expect(data.years.map((y) => y.id)).toEqual(['2024-25']);
    expect(matching(data, /type is written “SchoolYear”/)).toHaveLength(1);
    expect(data.advisories?.[0]?.studentIds).toEqual(['02']);
    expect(data.removedPlacements).toEqual([]);
    expect(matching(data, /bulk file has enrollments marked tobedeleted/)).toHaveLength(1);
  });

  it('says nothing about advisories without classes.csv in a bulk bundle', () => {
    const data = read({ ...base, 'enrollments.csv': lines(ENR_H, enr('e1', 'a', 's1', 'student')) });
    expect(data.advisories).toBeNull();
    expect(matching(data, /no classes\.csv/)).toHaveLength(1);
  });
});

describe('never throws', () => {
  it('gives ImportData for no tables, empty tables and non-OneRoster files', () => {
    for (const tables of [[], bundle({ 'users.csv': '' }), bundle({ 'notes.csv': 'a,b\n1,2' }), bundle({ 'manifest.csv': 'x\n', 'enrollments.csv': ENR_H })]) {
      const data = readOneRoster(tables, { fallbackYearId: '2025-26' });
      expect(data.yearId).toBe('2025-26');
      expect(Array.isArray(data.diagnostics)).toBe(true);
    }
  });
});
