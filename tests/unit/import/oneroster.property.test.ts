/**
 * Property test of readOneRoster: any bundle of tables (spec column names mixed with junk, cells
 * with quotes, formulas, leading zeros) gives ImportData with well-formed diagnostics, never a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceTable } from '../../../shared/import/model';
import { readOneRoster } from '../../../shared/import/oneroster';
import { SPEC_COLUMNS } from '../../../shared/import/oneroster/oneroster-spec';

const specNames = [...new Set(Object.values(SPEC_COLUMNS).flatMap((files) => Object.values(files).flat()))];
const FILES = ['manifest.csv', 'users.csv', 'roles.csv', 'demographics.csv', 'academicSessions.csv', 'classes.csv', 'courses.csv', 'enrollments.csv', 'orgs.csv', 'Users.CSV', 'other.csv'];
const VALUES = [
  '', ' ', '"', '""', '=HYPERLINK("x")', '+1', '-', '@a', '00050004', '09', '9th', '13', 'true', 'TRUE', 'false', 'student', 'teacher',
  'Administrator', 'parent', 'homeroom', 'Scheduled', 'ext:club', 'schoolYear', 'SchoolYear', 'semester', 'tobedeleted', 'active',
  'bulk', 'delta', 'absent', '1.1', '1.2', 'oneroster.version', 'file.users', 'file.enrollments', '2024-08-26', '13/01/2025', '1/05/2023',
  '2025', 'u1', 'u2', 'c1', 'sy', 'primary', 'other', 'Zoë', 'a,b', '\n',
];

const header = fc.uniqueArray(fc.oneof(fc.constantFrom(...specNames, 'ext:iep504', 'ELL', 'role', 'grade'), fc.string({ maxLength: 6 })), {
  maxLength: 8,
  selector: (h) => h.toLowerCase(),
});
const cell = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VALUES) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });

const table: fc.Arbitrary<SourceTable> = fc
  .record({ file: fc.constantFrom(...FILES), header })
  .chain(({ file, header: h }) =>
    fc.record({
      file: fc.constant(file),
      header: fc.constant(h),
      rows: fc.array(fc.array(cell, { minLength: h.length, maxLength: h.length }), { maxLength: 6 }),
      rowNumbers: fc.constant<number[]>([]),
      diagnostics: fc.constant([]),
    }),
  )
  .map((t) => ({ ...t, rowNumbers: t.rows.map((_, i) => i + 2) }));

describe('readOneRoster properties', () => {
  it('never throws and always gives well-formed diagnostics', () => {
    fc.assert(
      fc.property(
        fc.array(table, { maxLength: 6 }),
        fc.array(fc.constantFrom('c1', 'c2', 'u1'), { maxLength: 2 }),
        fc.array(fc.constantFrom('c1', 'c2'), { maxLength: 2 }),
        (tables, extra, not) => {
          const data = readOneRoster(tables, { fallbackYearId: '2025-26', extraAdvisoryKeys: extra, notAdvisoryKeys: not });
          expect(['oneroster-1.1', 'oneroster-1.2']).toContain(data.format);
          expect(['full', 'delta']).toContain(data.mode);
          for (const d of data.diagnostics) {
            expect(d.file).not.toBe('');
            expect(d.row === null || (Number.isInteger(d.row) && d.row >= 1)).toBe(true);
            expect(['error', 'warning']).toContain(d.level);
            expect(d.message).not.toBe('');
          }
          expect(data.diagnostics.filter((d) => d.message.includes('could not be read'))).toEqual([]);
          for (const a of data.advisories ?? []) expect(a.code).not.toBe('');
          for (const s of data.students ?? []) expect(s.id).not.toBe('');
        },
      ),
      { numRuns: 400 },
    );
  });
});
