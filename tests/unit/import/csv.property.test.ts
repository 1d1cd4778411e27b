/**
 * Property tests of parseCsv: RFC 4180 round trip of any table (quotes, delimiters, newlines,
 * leading zeros, formulas), and no input ever makes it throw or return nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIMITERS, parseCsv, type Delimiter } from '../../../shared/import/csv';

/** RFC 4180 writer for the tests: quotes a field when needed (or always). */
function toCsv(table: readonly (readonly string[])[], delimiter: Delimiter, eol: string, quoteAll: boolean): string {
  const cell = (v: string): string =>
    quoteAll || v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  return table.map((row) => row.map(cell).join(delimiter)).join(eol);
}

// Characters that stress a CSV parser, plus ordinary text, digits with leading zeros and formula starts.
const piece = fc.constantFrom('"', ',', ';', '\t', '|', '\r', '\n', '\r\n', ' ', '0', '09', '00123', '=', '=HYPERLINK("a","b")', '+', '-', '@', 'a', 'Zoë', '日本', '😀', '\ufeff');
const value = fc.oneof(
  { weight: 3, arbitrary: fc.array(piece, { maxLength: 6 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const headerName = value.map((v) => v.trim()).filter((v) => v !== '');

const tableArb = fc
  .uniqueArray(headerName, { minLength: 1, maxLength: 6, selector: (h) => h.toLowerCase() })
  .chain((header) =>
    fc.record({
      header: fc.constant(header),
      rows: fc.array(
        fc.array(value, { minLength: header.length, maxLength: header.length }).filter((r) => r.some((v) => v.trim() !== '')),
        { maxLength: 8 },
      ),
      delimiter: fc.constantFrom(...DELIMITERS),
      eol: fc.constantFrom('\r\n', '\n', '\r'),
      finalEol: fc.boolean(),
      quoteAll: fc.boolean(),
    }),
  );

describe('parseCsv properties', () => {
  it('round trip: any table written as RFC 4180 CSV parses back to the same header and rows', () => {
    fc.assert(
      fc.property(tableArb, ({ header, rows, delimiter, eol, finalEol, quoteAll }) => {
        const text = toCsv([header, ...rows], delimiter, eol, quoteAll) + (finalEol ? eol : '');
        const t = parseCsv(text, { file: 'x.csv', delimiter });
        expect(t.header).toEqual(header);
        expect(t.rows).toEqual(rows);
        expect(t.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('round trip with the delimiter sniffed when every value is quoted and the header is plain', () => {
    const plainHeader = fc.uniqueArray(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_ ]{0,10}[A-Za-z0-9_]$/), { minLength: 2, maxLength: 6, selector: (h) => h.toLowerCase() });
    fc.assert(
      fc.property(plainHeader, fc.constantFrom(...DELIMITERS), fc.array(fc.array(value, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (header, delimiter, raw) => {
        const rows = raw.map((r) => r.slice(0, header.length)).filter((r) => r.some((v) => v.trim() !== ''));
        const text = header.join(delimiter) + '\r\n' + toCsv(rows, delimiter, '\r\n', true);
        const t = parseCsv(text, { file: 'x.csv' });
        expect(t.delimiter).toBe(delimiter);
        expect(t.rows).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('any string: never throws; returns rows or diagnostics; rows always match the header', () => {
    const csvish = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string({ unit: 'binary', maxLength: 200 })), fc.option(fc.constantFrom(...DELIMITERS), { nil: undefined }), (text, delimiter) => {
        const t = parseCsv(text, delimiter === undefined ? { file: 'x.csv' } : { file: 'x.csv', delimiter });
        expect(t.rows.length > 0 || t.diagnostics.length > 0).toBe(true);
        expect(t.rowNumbers).toHaveLength(t.rows.length);
        for (const row of t.rows) expect(row).toHaveLength(t.header.length);
        t.rowNumbers.forEach((n, i) => {
          expect(n).toBeGreaterThan(i === 0 ? 1 : t.rowNumbers[i - 1]!);
        });
        for (const d of t.diagnostics) expect(d.file).toBe('x.csv');
      }),
      { numRuns: 3000 },
    );
  });
});
