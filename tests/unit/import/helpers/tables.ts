/** Test helper: reads a folder of CSV files into SourceTables, the way the import worker does. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseCsv } from '../../../../shared/import/csv';
import { decodeText } from '../../../../shared/import/decode';
import type { SourceTable } from '../../../../shared/import/model';

/** Turns one file's bytes into a SourceTable named by its base name (decode and parse diagnostics kept). */
export function tableFromBytes(name: string, bytes: Uint8Array): SourceTable {
  const file = basename(name);
  const decoded = decodeText(bytes, file);
  const csv = parseCsv(decoded.text, { file });
  return { file, header: csv.header, rows: csv.rows, rowNumbers: csv.rowNumbers, diagnostics: [...decoded.warnings, ...csv.diagnostics] };
}

/** Turns CSV text into a SourceTable named `name`. */
export function tableFromText(name: string, text: string): SourceTable {
  return tableFromBytes(name, new TextEncoder().encode(text));
}

/** Reads every `.csv` file of a folder (sorted by name) into SourceTables. */
export function readTables(folder: string): SourceTable[] {
  return readdirSync(folder)
    .filter((f) => f.toLowerCase().endsWith('.csv'))
    .sort()
    .map((f) => tableFromBytes(f, new Uint8Array(readFileSync(join(folder, f)))));
}
