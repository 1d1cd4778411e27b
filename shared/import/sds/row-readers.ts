/**
 * Cell readers the School Data Sync and Clever readers share: ids that must be unique, grades and
 * dates that are tallied into one warning per file (a 2,000-row file with `9` for `09` gives one
 * line, not 2,000), status and graduation-year values, and the "file is missing" warning.
 */
import { error, warning, type Diagnostic } from '../diagnostics';
import { isOtherK12Grade, normalizeGrade } from '../grades';
import type { SourceRef, SourceTable } from '../model';
import { parseLenientDate, type TableAccess } from '../table-access';
import type { Gender, Grade } from '../../domain/types';

/** Quotes a value for messages: “9”. */
export const q = (s: string): string => `“${s}”`;

/** Joins names as a sentence list: `a`, `a and b`, `a, b and c`. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Counts rewrites of one kind in one file column and reports them once, with the first example. */
class RewriteTally {
  private count = 0;
  private example = '';

  constructor(
    private readonly file: string,
    private readonly column: string,
    /** Singular noun and what was wrong: `grade`, `not written with two digits`. */
    private readonly noun: string,
    private readonly problem: string,
  ) {}

  add(example: string): void {
    if (this.count === 0) this.example = example;
    this.count += 1;
  }

  summary(): Diagnostic[] {
    if (this.count === 0) return [];
    const n = this.count === 1 ? `1 ${this.noun} was` : `${this.count} ${this.noun}s were`;
    return [warning({ file: this.file, column: this.column }, `${n} ${this.problem}, for example: ${this.example}`)];
  }
}

/** Reads the grades of one column: unknown grades are errors at their row, rewrites one warning per file. */
export class GradeColumn {
  private readonly tally: RewriteTally;
  private readonly outside = new Map<number, string>();

  constructor(
    private readonly access: TableAccess,
    private readonly column: string,
  ) {
    this.tally = new RewriteTally(access.table.file, access.spelling(column), 'grade', 'not written with two digits');
  }

  /** The raw grade of row `i` when it is a K–12 grade outside 06–12 (see isOtherK12Grade). */
  outsideGrade(i: number): string | undefined {
    return this.outside.get(i);
  }

  /** The grade of data row `i`; undefined when empty or unknown (unknown is reported). */
  read(i: number, diagnostics: Diagnostic[]): Grade | undefined {
    const raw = this.access.get(i, this.column);
    if (raw === '') return undefined;
    const result = normalizeGrade(raw);
    if (result.grade === null && isOtherK12Grade(raw)) {
      this.outside.set(i, raw);
      return undefined;
    }
    if (result.grade === null) {
      diagnostics.push(
        error(
          { ...this.access.ref(i), column: this.access.spelling(this.column) },
          `Grade ${q(raw)} is not a grade the app plans for (06–12); correct it in the file or leave it empty.`,
        ),
      );
      return undefined;
    }
    if (result.warning !== null) this.tally.add(result.warning);
    return result.grade;
  }

  /** The one warning for all rewritten grades of the file (or none). */
  summary(): Diagnostic[] {
    return this.tally.summary();
  }
}

/** Reads the dates of one column leniently: US dates are tallied, unreadable ones are warnings at their row. */
export class DateColumn {
  private readonly tally: RewriteTally;

  constructor(
    private readonly access: TableAccess,
    private readonly column: string,
  ) {
    this.tally = new RewriteTally(access.table.file, access.spelling(column), 'date', 'not written yyyy-MM-dd');
  }

  /** The ISO date of data row `i`, or null when empty or unreadable. */
  read(i: number, diagnostics: Diagnostic[]): string | null {
    const raw = this.access.get(i, this.column);
    if (raw === '') return null;
    const date = parseLenientDate(raw);
    if (date.iso === null) {
      diagnostics.push(
        warning({ ...this.access.ref(i), column: this.access.spelling(this.column) }, `Date ${q(raw)} cannot be read; it was ignored.`),
      );
      return null;
    }
    if (date.deviation !== null) this.tally.add(date.deviation);
    return date.iso;
  }

  /** The one warning for all rewritten dates of the column (or none). */
  summary(): Diagnostic[] {
    return this.tally.summary();
  }
}

/** Reports each required column the table lacks; true when all are there. */
export function requireColumns(access: TableAccess, columns: readonly string[], diagnostics: Diagnostic[]): boolean {
  const missing = columns.filter((c) => !access.has(c));
  for (const column of missing) {
    diagnostics.push(
      error({ file: access.table.file, column }, `${access.table.file} has no ${q(column)} column, which it needs; the file was not read.`),
    );
  }
  return missing.length === 0;
}

/** A data row whose id is present and not seen before. */
export type IdRow = { readonly index: number; readonly id: string; readonly ref: SourceRef };

/**
 * The rows of a table with a usable id. An empty id or a repeated one is an error at the row (a
 * full import marks people missing from the file as left, so a dropped row must block it).
 */
export function uniqueRows(
  access: TableAccess,
  what: string,
  column: string,
  idAt: (i: number) => string,
  diagnostics: Diagnostic[],
): IdRow[] {
  const rows: IdRow[] = [];
  const first = new Map<string, SourceRef>();
  const file = access.table.file;
  for (let i = 0; i < access.length; i += 1) {
    const id = idAt(i);
    const ref = access.ref(i);
    if (id === '') {
      diagnostics.push(error({ ...ref, column }, `This ${what} has no ${column}; the row was not read.`));
      continue;
    }
    const seen = first.get(id);
    if (seen !== undefined) {
      diagnostics.push(
        error({ ...ref, column }, `${what[0]!.toUpperCase()}${what.slice(1)} id ${q(id)} appears twice in ${file} (rows ${seen.row} and ${ref.row}); the second row was not read.`),
      );
      continue;
    }
    first.set(id, ref);
    rows.push({ index: i, id, ref });
  }
  return rows;
}

/** The warning for a file the format expects but the source lacks. */
export function missingFile(file: string, consequence: string): Diagnostic {
  return warning({ file }, `${file} is missing, so ${consequence}.`);
}

/** `Active` → true, `Inactive` → false, empty → undefined; anything else is a warning and undefined. */
export function readActive(access: TableAccess, i: number, column: string, diagnostics: Diagnostic[]): boolean | undefined {
  const raw = access.get(i, column);
  const v = raw.toLowerCase();
  if (v === '') return undefined;
  if (v === 'active') return true;
  if (v === 'inactive') return false;
  diagnostics.push(warning({ ...access.ref(i), column: access.spelling(column) }, `Status ${q(raw)} is neither Active nor Inactive; it was ignored.`));
  return undefined;
}

/** A four-digit graduation year (1990–2100); empty → undefined, anything else a warning. */
export function readClassOf(access: TableAccess, i: number, column: string, diagnostics: Diagnostic[]): number | undefined {
  const raw = access.get(i, column);
  if (raw === '') return undefined;
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (year >= 1990 && year <= 2100) return year;
  diagnostics.push(warning({ ...access.ref(i), column: access.spelling(column) }, `Graduation year ${q(raw)} is not a year; it was ignored.`));
  return undefined;
}

const GENDERS: ReadonlyMap<string, Gender> = new Map([
  ['f', 'female'], ['female', 'female'], ['m', 'male'], ['male', 'male'],
  ['x', 'non-binary'], ['nonbinary', 'non-binary'], ['non-binary', 'non-binary'], ['other', 'non-binary'],
]);

/** Maps a sex/gender value (`F`, `female`, `X`, `other`…) to a gender; empty → undefined; else `unspecified`. */
export function genderFrom(raw: string): Gender | undefined {
  const v = raw.trim().toLowerCase();
  if (v === '') return undefined;
  return GENDERS.get(v) ?? 'unspecified';
}

/** An email-looking value of the first column that has one (`Secondary Email`, a UPN username…). */
export function emailFrom(access: TableAccess, i: number, columns: readonly string[]): string | undefined {
  for (const column of columns) {
    const v = access.get(i, column);
    if (v.includes('@')) return v;
  }
  return undefined;
}

/** The parse diagnostics of the tables a reader used, so the reader's result holds every problem once. */
export function tableDiagnostics(tables: readonly (SourceTable | undefined)[]): Diagnostic[] {
  return tables.flatMap((t) => (t === undefined ? [] : t.diagnostics));
}
