/** The OneRoster reader on fixture bundles that break the spec the way real exports do. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/import/diagnostics';
import type { ImportData, ReadOptions } from '../../../shared/import/model';
import { readOneRoster } from '../../../shared/import/oneroster';
import { readTables } from './helpers/tables';

const FIXTURES = fileURLToPath(new URL('../../fixtures/oneroster', import.meta.url));

function read(name: string, options: Partial<ReadOptions> = {}): ImportData {
  return readOneRoster(readTables(`${FIXTURES}/${name}`), { fallbackYearId: '2024-25', ...options });
}

/** Diagnostics whose message matches. */
const matching = (data: ImportData, pattern: RegExp): Diagnostic[] => data.diagnostics.filter((d) => pattern.test(d.message));
const errors = (data: ImportData): Diagnostic[] => data.diagnostics.filter((d) => d.level === 'error');

describe('OneRoster deviations', () => {
  it('header-order: reads columns by name and warns once with the spec order', () => {
    const data = read('header-order');
    expect(data.students?.map((s) => [s.id, s.firstName, s.lastName])).toEqual([
      ['0101', 'Zoë', 'Ng'],
      ['0102', 'Li', 'Chen'],
    ]);
    const order = matching(data, /not in the spec's order/);
    expect(order).toHaveLength(1);
    expect(order[0]).toMatchObject({ level: 'warning', file: 'users.csv', row: 1 });
    expect(order[0]?.message).toContain('sourcedId, status, dateLastModified, enabledUser, orgSourcedIds, role');
    expect(errors(data)).toEqual([]);
  });

  it('scheduled-case: warns once about `Scheduled`; an advisory sent as scheduled is offered, then read when marked', () => {
    const data = read('scheduled-case');
    const casing = matching(data, /classType is written “Scheduled”/);
    expect(casing).toEqual([expect.objectContaining({ level: 'warning', file: 'classes.csv', row: 3, column: 'classType' })]);
    expect(data.advisories).toEqual([]);
    expect(data.classChoices.map((c) => [c.key, c.students, c.isAdvisory])).toEqual([
      ['c-adv', 2, false],
      ['c-alg', 1, false],
    ]);

    const marked = read('scheduled-case', { extraAdvisoryKeys: ['c-adv'] });
    expect(marked.advisories).toEqual([
      expect.objectContaining({ code: 'ADV-RIVERA', yearId: '2024-25', leadStaffId: 'T1', studentIds: ['0101', '0102'] }),
    ]);
    expect(marked.classChoices.find((c) => c.key === 'c-adv')?.isAdvisory).toBe(true);
  });

  it('true-case: reads `TRUE` as true with one warning per file (with a count)', () => {
    const data = read('true-case');
    expect(data.advisories?.map((a) => a.leadStaffId)).toEqual(['T1', 'T2']);
    expect(data.staff?.every((s) => s.active === true)).toBe(true);
    const enrollment = matching(data, /primary is written “TRUE”/);
    expect(enrollment).toEqual([expect.objectContaining({ file: 'enrollments.csv', row: 2, column: 'primary' })]);
    expect(enrollment[0]?.message).toContain('2 rows');
    expect(matching(data, /enabledUser is written “TRUE”/)).toEqual([expect.objectContaining({ file: 'users.csv', row: 2 })]);
  });

  it('day-first-dates: reads 13/01/2025 day first and 1/05/2023 month first, one warning for the file', () => {
    const data = read('day-first-dates');
    expect(data.years.map((y) => [y.id, y.firstDay, y.lastDay])).toEqual([
      ['2024-25', '2024-08-26', '2025-06-13'],
      ['2022-23', '2023-01-05', '2023-12-08'],
    ]);
    // The class's term is the spring semester, whose school year is its parent's.
    expect(data.advisories?.map((a) => a.yearId)).toEqual(['2024-25']);
    const dates = matching(data, /not written yyyy-MM-dd/);
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ file: 'academicSessions.csv', row: 3, column: 'startDate' });
    expect(dates[0]?.message).toMatch(/13\/01\/2025.*2025-01-13.*2 rows/);
    expect(data.yearId).toBe('2024-25');
  });

  it('header-only: a users.csv without rows gives a warning and 0 students', () => {
    const data = read('header-only');
    expect(data.students).toEqual([]);
    expect(data.staff).toEqual([]);
    expect(matching(data, /header but no rows/).map((d) => [d.level, d.file])).toEqual([
      ['warning', 'enrollments.csv'],
      ['warning', 'users.csv'],
    ]);
    expect(errors(data)).toEqual([]);
  });

  it('missing-files: the manifest lists users.csv as bulk but the bundle lacks it', () => {
    const data = read('missing-files');
    expect(data.students).toBeNull();
    expect(data.staff).toBeNull();
    expect(matching(data, /lists users\.csv as bulk/)).toEqual([expect.objectContaining({ level: 'warning', file: 'users.csv', row: null })]);
    // Without users.csv the enrollments name people by sourcedId.
    expect(data.advisories?.[0]).toMatchObject({ leadStaffId: 'u-t1', studentIds: ['u-s1', 'u-s2'] });
  });

  it('duplicate-ids: a repeated sourcedId and a repeated identifier are errors naming both rows', () => {
    const data = read('duplicate-ids');
    expect(errors(data).map((d) => [d.file, d.row, d.column, d.message])).toEqual([
      ['users.csv', 5, 'sourcedId', 'sourcedId “u-s1” appears twice, in rows 3 and 5; row 5 was not read.'],
      ['users.csv', 6, 'identifier', 'Student id “0102” appears twice, in rows 4 and 6; row 6 was not read.'],
    ]);
    expect(data.students?.map((s) => s.id)).toEqual(['0101', '0102']);
  });

  it('bad-grade: 13 is an error at its cell, 9th and 09,10 are read with warnings', () => {
    const data = read('bad-grade');
    expect(errors(data)).toEqual([
      { level: 'error', file: 'users.csv', row: 3, column: 'grades', message: 'Grade “13” is not a grade this app knows (06–12).' },
    ]);
    expect(data.students?.map((s) => [s.id, s.grade])).toEqual([
      ['0101', undefined],
      ['0102', '09'],
      ['0103', '09'],
    ]);
    expect(matching(data, /Grade “9th” read as 09/)).toEqual([expect.objectContaining({ level: 'warning', row: 4, column: 'grades' })]);
    expect(matching(data, /several grades/)).toEqual([expect.objectContaining({ level: 'warning', row: 5 })]);
  });

  it('formula-name: formula-looking names and ids are kept exactly as text', () => {
    const data = read('formula-name');
    expect(data.students?.map((s) => [s.id, s.firstName, s.lastName])).toEqual([
      ['0101', '=HYPERLINK("x")', '+Ng'],
      ['@0102', 'Li', '-Chen'],
    ]);
    expect(data.diagnostics).toEqual([]);
  });
});
