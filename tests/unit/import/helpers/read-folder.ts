/**
 * Test helpers for the format readers: a sample folder read into SourceTables the way the app
 * reads a chosen folder (decodeText, then parseCsv; `file` is the base name), and a SourceTable
 * built from a header and rows in memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../../../shared/import/csv';
import { decodeText } from '../../../../shared/import/decode';
import type { SourceTable } from '../../../../shared/import/model';

/** The repository root (`/work/main`). */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The shared sample data (`../shared/data` beside the repository). */
export const SAMPLE_DATA = path.resolve(ROOT, '../shared/data');

/** The repository's test fixtures (`tests/fixtures`). */
export const TEST_FIXTURES = path.resolve(ROOT, 'tests/fixtures');

/** Reads CSV text into a SourceTable named `file`, with the parser's diagnostics. */
export function tableFromCsv(file: string, text: string): SourceTable {
  const csv = parseCsv(text, { file });
  return { file, header: csv.header, rows: csv.rows, rowNumbers: csv.rowNumbers, diagnostics: csv.diagnostics };
}

/** Reads every `.csv` file of a folder (sorted by name) into SourceTables named by base name. */
export function readFolder(dir: string): SourceTable[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .sort()
    .map((name) => {
      const decoded = decodeText(new Uint8Array(fs.readFileSync(path.join(dir, name))), name);
      const table = tableFromCsv(name, decoded.text);
      return { ...table, diagnostics: [...decoded.warnings, ...table.diagnostics] };
    });
}

/** A SourceTable from a header and rows in memory; rows are numbered from 2 (header = row 1). */
export function table(file: string, header: readonly string[], rows: readonly (readonly string[])[]): SourceTable {
  return { file, header, rows, rowNumbers: rows.map((_, i) => i + 2), diagnostics: [] };
}
