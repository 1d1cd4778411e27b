/**
 * Property of readGeneric: any table with any mapping (stale, doubled, junk keys, ragged rows)
 * never throws, gives well-formed diagnostics, and every id it outputs is the raw cell of that
 * row's id column (trimmed of outer spaces, nothing else: no number parsing, zeros kept).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMapping, columnIndex, mappingSignature, proposeMapping, readGeneric, type ColumnMapping } from '../../../shared/import/generic';
import type { SourceTable } from '../../../shared/import/model';

const FIELDS = ['id', 'firstName', 'lastName', 'fullName', 'preferredName', 'email', 'grade', 'classOf', 'gender', 'economicallyDisadvantaged', 'lunchStatus', 'iep504', 'englishLearner', 'status', 'advisory', 'advisor', 'department', 'role', 'junk', '__proto__', 'constructor'];
const HEADERS = ['Student_Number', 'ID', 'id', 'First_Name', 'Last_Name', 'Name', 'Grade', 'Gender', 'LunchStatus', 'IEP', 'ELL', 'Status', 'Home_Room', 'Advisor', 'Title', 'Department', '', ' ', 'constructor'];
// Values that stress the reader: leading zeros, grades, flags, lunch codes, names with commas, formulas, blanks.
const VALUES = ['', ' ', '00123', '0', '09', '9th', '13', 'KG', 'Y', 'N', 'F', 'R', 'P', 'X', 'true', 'Active', 'W', 'Pending', 'Rivera, Ana', 'Ana Rivera', '=HYPERLINK("http://x","y")', ' 007 ', 'Teacher', 'T9', '2030'];

const cell = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VALUES) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
const headerArb = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HEADERS) }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) }), { maxLength: 7 });

const tableArb = headerArb.chain((header) =>
  fc.record({
    header: fc.constant(header),
    // Ragged on purpose: the parser pads rows, but the reader must not rely on it.
    rows: fc.array(fc.array(cell, { maxLength: header.length + 2 }), { maxLength: 10 }),
  }),
);

const mappingArb = (header: readonly string[]): fc.Arbitrary<ColumnMapping> =>
  fc.oneof(
    fc.constant(proposeMapping(header)),
    fc.record({
      kind: fc.constantFrom('students' as const, 'staff' as const),
      columns: fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fc.constant(null), fc.constant(''), fc.string({ maxLength: 4 }), ...(header.length ? [fc.constantFrom(...header)] : []))),
    }),
  );

describe('readGeneric properties', () => {
  it('never throws, diagnoses in well-formed sentences, and outputs ids exactly as the id cells', () => {
    fc.assert(
      fc.property(
        tableArb.chain((t) => fc.record({ t: fc.constant(t), mapping: mappingArb(t.header) })),
        ({ t, mapping }) => {
          const table: SourceTable = { file: 'x.csv', header: t.header, rows: t.rows, rowNumbers: t.rows.map((_, i) => i + 2), diagnostics: [] };
          const data = readGeneric(table, mapping, 'generic-csv', { fallbackYearId: '2026-27' });

          for (const d of data.diagnostics) {
            expect(['error', 'warning']).toContain(d.level);
            expect(d.file).toBe('x.csv');
            expect(d.row === null || (Number.isInteger(d.row) && d.row >= 2)).toBe(true);
            expect(d.column === null || typeof d.column === 'string').toBe(true);
            expect(d.message).toMatch(/^\S.*[.]$/s);
          }
          expect(data.students === null).toBe(mapping.kind === 'staff');
          expect(data.staff === null).toBe(mapping.kind === 'students');

          const people = [...(data.students ?? []), ...(data.staff ?? [])];
          const idColumn = columnIndex(t.header, typeof mapping.columns.id === 'string' ? mapping.columns.id : '');
          for (const p of people) {
            const raw = t.rows[p.ref.row - 2]?.[idColumn];
            expect(raw).toBeDefined();
            expect(p.id).toBe(raw?.trim());
            expect(p.id).not.toBe('');
            expect(p.firstName).not.toBe('');
            expect(p.lastName).not.toBe('');
          }
          expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
          const ids = new Set(people.map((p) => p.id));
          for (const a of data.advisories ?? []) expect(a.studentIds.every((id) => ids.has(id))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('proposes only columns of the header, each at most once, so a proposal is never doubled or stale', () => {
    fc.assert(
      fc.property(headerArb, fc.constantFrom(undefined, 'students' as const, 'staff' as const), (header, kind) => {
        const mapping = proposeMapping(header, kind);
        const used = Object.values(mapping.columns).filter((c): c is string => c !== null);
        expect(used.every((c) => header.includes(c))).toBe(true);
        expect(new Set(used).size).toBe(used.length);
        const problems = checkMapping(mapping, header).filter((d) => d.level === 'error');
        expect(problems.every((d) => d.message.startsWith('Choose the'))).toBe(true);
      }),
    );
  });

  it('gives the same signature for a reordered, recased header', () => {
    fc.assert(
      fc.property(headerArb, fc.infiniteStream(fc.boolean()), (header, upper) => {
        const shuffled = [...header].reverse().map((h) => (upper.next().value ? h.toUpperCase() : h.toLowerCase()));
        expect(mappingSignature(shuffled)).toBe(mappingSignature(header));
      }),
    );
  });
});
