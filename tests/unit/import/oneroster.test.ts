/** The OneRoster reader on the shipped samples: 1.1 bulk, 1.2 bulk (roles.csv, a club) and a 1.2 delta. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOneRoster } from '../../../shared/import/oneroster';
import { readTables } from './helpers/tables';

// The samples live beside the repository: /work/shared/data/oneroster.
const SAMPLES = fileURLToPath(new URL('../../../../shared/data/oneroster', import.meta.url));
const options = { fallbackYearId: '2026-27' };

describe.each(['v1p1-bulk', 'v1p2-bulk'])('OneRoster sample %s', (sample) => {
  const data = readOneRoster(readTables(`${SAMPLES}/${sample}`), options);

  it('detects the version and a full export', () => {
    expect(data.format).toBe(sample === 'v1p1-bulk' ? 'oneroster-1.1' : 'oneroster-1.2');
    expect(data.mode).toBe('full');
    expect(data.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });

  it('reads 5 students with their SIS ids, names intact and grade 09', () => {
    expect(data.students?.map((s) => s.id)).toEqual(['50001', '50002', '50003', '00050004', '50005']);
    expect(data.students?.map((s) => `${s.firstName} ${s.lastName}`)).toEqual([
      "Zoë O'Brien",
      'Tran Nguyen, Jr.',
      'Aaliyah Washington',
      'Diego Hernández',
      'Sam "Sammy" Patel',
    ]);
    expect(data.students?.every((s) => s.grade === '09' && s.active === true)).toBe(true);
    expect(data.students?.[3]).toMatchObject({ id: '00050004', sourcedId: 'usr-s-50004', email: 's50004@student.riverside.example.org', ref: { file: 'users.csv', row: 8 } });
  });

  it('reads 3 teachers', () => {
    expect(data.staff?.map((s) => [s.id, s.sourcedId, s.role, s.lastName])).toEqual([
      ['T1001', 'usr-t-1001', 'teacher', 'Rivera'],
      ['T1002', 'usr-t-1002', 'teacher', 'Okafor'],
      ['T1003', 'usr-t-1003', 'teacher', 'Chen'],
    ]);
    expect(data.staff?.[0]?.firstName).toBe('María José');
  });

  it('reads the school years 2024-25 and 2025-26 and dates the users\' grades by their advisories (grade 09 in 2024-25: class of 2028)', () => {
    expect(data.years.map((y) => [y.id, y.firstDay, y.lastDay])).toEqual([
      ['2024-25', '2024-08-26', '2025-06-13'],
      ['2025-26', '2025-08-25', '2026-06-12'],
    ]);
    // Rivera's class is grade 09 in 2024-25 and 10 in 2025-26; users.csv lists its students as 09.
    expect(data.yearId).toBe('2024-25');
  });

  it("reads Rivera's group as one code in two years, led by T1001", () => {
    const rivera = data.advisories?.filter((a) => a.code === 'ADV-C2028-RIVERA') ?? [];
    expect(rivera.map((a) => a.yearId)).toEqual(['2024-25', '2025-26']);
    for (const a of rivera) {
      expect(a).toMatchObject({ name: 'Advisory - Rivera (Class of 2028)', room: 'Room 214', leadStaffId: 'T1001', studentIds: ['50001', '50002', '50003'] });
      expect(a.coStaffId).toBeUndefined();
    }
    const okafor = data.advisories?.find((a) => a.code === 'ADV-C2028-OKAFOR');
    expect(okafor).toMatchObject({ yearId: '2024-25', leadStaffId: 'T1002', coStaffId: 'T1003', studentIds: ['00050004', '50005'] });
    expect(data.advisories).toHaveLength(3);
  });

  it('offers every class but clubs as a choice; only homerooms count as advisories', () => {
    expect(data.classChoices.map((c) => [c.key, c.yearId, c.students, c.isAdvisory])).toEqual([
      ['cls-adv-2025-rivera', '2024-25', 3, true],
      ['cls-adv-2026-rivera', '2025-26', 3, true],
      ['cls-adv-2025-okafor', '2024-25', 2, true],
      ['cls-alg1-2025-p3', '2024-25', 2, false],
    ]);
    expect(data.removedPlacements).toEqual([]);
  });
});

describe('OneRoster 1.2 specifics', () => {
  const data = readOneRoster(readTables(`${SAMPLES}/v1p2-bulk`), options);

  it('reads preferredGivenName as the preferred name', () => {
    expect(data.students?.find((s) => s.id === '50002')?.preferredName).toBe('T.J.');
    expect(data.students?.find((s) => s.id === '50001')?.preferredName).toBeUndefined();
  });

  it('does not read the Robotics club as an advisory nor offer it', () => {
    expect(data.advisories?.some((a) => a.code === 'CLUB-ROBOTICS')).toBe(false);
    expect(data.classChoices.some((c) => c.key === 'cls-club-robotics-2025')).toBe(false);
  });

  it('warns once that users.csv lacks the 1.2 column resourceSourcedIds', () => {
    expect(data.diagnostics).toEqual([expect.objectContaining({ level: 'warning', file: 'users.csv', row: 1, message: expect.stringContaining('resourceSourcedIds') })]);
  });

  it('gives the 1.1 sample no diagnostics at all', () => {
    expect(readOneRoster(readTables(`${SAMPLES}/v1p1-bulk`), options).diagnostics).toEqual([]);
  });
});

describe('OneRoster 1.2 delta sample (enrollments only)', () => {
  const tables = readTables(`${SAMPLES}/v1p2-delta`);

  it('is a delta that says nothing about people, years or advisories', () => {
    const data = readOneRoster(tables, options);
    expect(data).toMatchObject({ format: 'oneroster-1.2', mode: 'delta', students: null, staff: null, advisories: null, years: [], yearId: '2026-27' });
  });

  it('skips both enrollments with a warning at each row: without classes.csv the class code and year are unknown', () => {
    const data = readOneRoster(tables, options);
    expect(data.removedPlacements).toEqual([]);
    expect(data.diagnostics.map((d) => [d.level, d.file, d.row, d.column])).toEqual([
      ['warning', 'enrollments.csv', 2, 'classSourcedId'],
      ['warning', 'enrollments.csv', 3, 'classSourcedId'],
    ]);
    expect(data.diagnostics[1]?.message).toMatch(/cls-adv-2025-okafor.*no classes\.csv.*skipped/);
  });

  it('offers the undescribed classes as choices, with the year of the enrollment dates', () => {
    const data = readOneRoster(tables, options);
    expect(data.classChoices).toEqual([
      { key: 'cls-adv-2025-rivera', title: 'cls-adv-2025-rivera', yearId: '2024-25', students: 0, isAdvisory: false },
      { key: 'cls-adv-2025-okafor', title: 'cls-adv-2025-okafor', yearId: '2024-25', students: 1, isAdvisory: false },
    ]);
  });

  it('removes the placement, named by sourcedId, once the user marks the old class as an advisory', () => {
    const data = readOneRoster(tables, { ...options, extraAdvisoryKeys: ['cls-adv-2025-rivera', 'cls-adv-2025-okafor'] });
    expect(data.removedPlacements).toEqual([{ studentId: 'usr-s-50003', yearId: '2024-25' }]);
    // The addition still needs the class's code, which only classes.csv gives.
    expect(data.advisories).toBeNull();
    expect(data.diagnostics[1]?.message).toMatch(/skipped/);
  });

  it('places the move in a delta that carries classes.csv', () => {
    const full = readTables(`${SAMPLES}/v1p2-bulk`);
    const withClasses = [...tables, ...full.filter((t) => t.file === 'classes.csv' || t.file === 'academicSessions.csv')];
    const data = readOneRoster(withClasses, options);
    expect(data.removedPlacements).toEqual([{ studentId: 'usr-s-50003', yearId: '2024-25' }]);
    const okafor = data.advisories?.find((a) => a.code === 'ADV-C2028-OKAFOR');
    expect(okafor).toMatchObject({ yearId: '2024-25', studentIds: ['usr-s-50003'] });
    expect(okafor?.leadStaffId).toBeUndefined();
    // Advisories the delta does not touch are left out, so the import does not clear their advisors.
    expect(data.advisories?.map((a) => a.code)).toEqual(['ADV-C2028-OKAFOR']);
  });
});
