/**
 * Reads an Excel workbook (.xlsx/.xlsm) into one table: the first sheet with data (visible sheets
 * first), each cell as the text Excel shows. Formulas give their cached result and are never
 * evaluated; a string that looks like a formula (`=HYPERLINK(...)` typed as text) stays text.
 * The sheet's real row numbers are kept so diagnostics point where the user looks.
 */
import type * as ExcelJS from 'exceljs';
import type { Cell, CellValue, Worksheet } from 'exceljs';
import { error, warning, type Diagnostic } from '../../../shared/import/diagnostics';
import type { SourceTable } from '../../../shared/import/model';
import { detectBinary } from '../../../shared/import/decode';
import { MAX_UNZIPPED_BYTES, q, startsWithZipSignature, type FileReadResult } from './read-source-file';
import { formatDate, formatNumber } from './read-source-numfmt';
import { listZip, unzipsTooLargeError } from './read-zip';

type ExcelModule = typeof ExcelJS;

/**
 * Loads ExcelJS only when a workbook is read (it is large; most imports are CSV). ExcelJS is
 * CommonJS with its exports built at run time, so Node's dynamic import gives them only as
 * `default`, while bundlers and vitest give named exports: accept both.
 */
async function loadExcel(): Promise<ExcelModule> {
  const mod: ExcelModule & { readonly default?: ExcelModule } = await import('exceljs');
  return mod.default ?? mod;
}

/** Joins the runs of a rich-text value (also found as a hyperlink's text). */
function richText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (typeof run === 'object' && run !== null && 'text' in run ? String(run.text) : '')).join('');
  }
  return '';
}

/** The text Excel shows for a cell value under a number format. */
function valueText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : valueText(value.result, numFmt);
  if ('error' in value) return value.error;
  if ('richText' in value) return richText(value);
  if ('hyperlink' in value) return richText(value.text);
  return '';
}

/** True for a formula cell's value (`{ formula, result }` or `{ sharedFormula, result }`). */
const isFormula = (value: CellValue): boolean =>
  typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);

/** A cell's shown text; cells covered by a merge are empty, as in Excel's own CSV export. */
function cellText(cell: Cell): string {
  if (cell.isMerged && cell.master !== cell) return '';
  // A formula shows its cached result. ExcelJS's `value` (and `text`) drop a falsy result such as
  // 0 or FALSE, while `cell.result` keeps it. The formula itself is never evaluated.
  if (isFormula(cell.value)) return valueText(cell.result ?? null, cell.numFmt);
  return valueText(cell.value, cell.numFmt);
}

const isBlank = (s: string): boolean => s.trim() === '';

/** A sheet's non-blank rows as text, each with trailing empty cells trimmed, with their row numbers. */
function sheetRows(sheet: Worksheet): { readonly values: string[]; readonly row: number }[] {
  const rows: { values: string[]; row: number }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      values[col - 1] = cellText(cell);
    });
    const filled = Array.from(values, (v) => v ?? '');
    while (filled.length > 0 && isBlank(filled[filled.length - 1]!)) filled.pop();
    if (filled.length > 0) rows.push({ values: filled, row: rowNumber });
  });
  return rows;
}

/** Header checks worded as parseCsv words them, so a sheet and its CSV export read the same. */
function headerDiagnostics(file: string, header: readonly string[], row: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === '') {
      diagnostics.push(warning({ file, row }, `Column ${index + 1} has no name in the header.`));
      return;
    }
    const first = seen.get(name.toLowerCase());
    if (first === undefined) seen.set(name.toLowerCase(), index);
    else
      diagnostics.push(
        error(
          { file, row, column: name },
          `The column ${q(name)} appears more than once in the header (columns ${first + 1} and ${index + 1}).`,
        ),
      );
  });
  return diagnostics;
}

/** Builds the table of a sheet: header = first non-empty row, width = the widest row. */
function sheetTable(file: string, rows: readonly { readonly values: string[]; readonly row: number }[], extra: readonly Diagnostic[]): SourceTable {
  const width = Math.max(...rows.map((r) => r.values.length));
  const widen = (values: readonly string[]): string[] => Array.from({ length: width }, (_, k) => values[k] ?? '');
  const [first, ...data] = rows;
  const header = widen(first!.values).map((h) => h.trim());
  const diagnostics = [...extra, ...headerDiagnostics(file, header, first!.row)];
  if (data.length === 0) diagnostics.push(warning({ file, row: first!.row }, 'The file has a header but no rows.'));
  return { file, header, rows: data.map((r) => widen(r.values)), rowNumbers: data.map((r) => r.row), diagnostics };
}

/** Refuses what is not a workbook (or unpacks too large) before ExcelJS sees it; null when fine. */
function checkWorkbookBytes(file: string, bytes: Uint8Array): Diagnostic | null {
  if (!startsWithZipSignature(bytes)) {
    const what = detectBinary(bytes) ?? 'The file is not an Excel workbook although its name ends in .xlsx. Import the CSV export instead.';
    return error({ file }, what.replace(', not CSV', ''));
  }
  const entries = listZip(bytes);
  if (entries === null) return error({ file }, `${q(file)} is not a readable Excel workbook (it may be damaged). Open it in Excel and save it again.`);
  const total = entries.reduce((sum, e) => sum + Math.max(e.originalSize, 0), 0);
  return total > MAX_UNZIPPED_BYTES ? unzipsTooLargeError(file, total) : null;
}

/** Reads a workbook's first sheet with data into a table; every problem is a diagnostic. */
export async function readXlsx(file: string, bytes: Uint8Array): Promise<FileReadResult> {
  const refused = checkWorkbookBytes(file, bytes);
  if (refused !== null) return { tables: [], diagnostics: [refused] };
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  try {
    // A Buffer view on the same memory (a copy would double the peak). ExcelJS's typings declare
    // their own Buffer type, which Node's Buffer does not match, though it is what it reads.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (cause) {
    const detail = cause instanceof Error && /password|encrypt/i.test(cause.message) ? ' It may be password-protected; save an unprotected copy.' : '';
    return { tables: [], diagnostics: [error({ file }, `${q(file)} could not be read as an Excel workbook.${detail} Open it in Excel and use Save As › CSV UTF-8 if it keeps failing.`)] };
  }
  const sheets = workbook.worksheets;
  const ordered = [...sheets.filter((s) => s.state === 'visible'), ...sheets.filter((s) => s.state !== 'visible')];
  for (const sheet of ordered) {
    const rows = sheetRows(sheet);
    if (rows.length === 0) continue;
    const name = sheet === sheets[0] ? file : `${file}!${sheet.name}`;
    const extra =
      sheets.length > 1 ? [warning({ file: name }, `Read sheet ${q(sheet.name)}; the workbook has ${sheets.length} sheets.`)] : [];
    return { tables: [sheetTable(name, rows, extra)], diagnostics: [] };
  }
  return { tables: [], diagnostics: [error({ file }, `The workbook ${q(file)} has no data in any sheet.`)] };
}
