/**
 * Reading cells of a SourceTable by column name, the way real exports need it: header names
 * matched without regard to case, spaces or underscores (`Grade_Level` = `grade level`), values
 * trimmed, and every record located by file and row for diagnostics.
 */
import type { SourceRef, SourceTable } from './model';

/** The key two header spellings share when they name the same column: `SIS ID` = `sis_id` = `sisId`. */
export function headerKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

/** Column lookups for one table. */
export class TableAccess {
  private readonly index = new Map<string, number>();
  /** Column name as asked → index (or -1): readers ask per cell, so normalise each name once. */
  private readonly asked = new Map<string, number>();

  constructor(readonly table: SourceTable) {
    table.header.forEach((name, i) => {
      const key = headerKey(name);
      if (key !== '' && !this.index.has(key)) this.index.set(key, i);
    });
  }

  /** Number of data rows. */
  get length(): number {
    return this.table.rows.length;
  }

  private column(name: string): number | undefined {
    let i = this.asked.get(name);
    if (i === undefined) {
      i = this.index.get(headerKey(name)) ?? -1;
      this.asked.set(name, i);
    }
    return i < 0 ? undefined : i;
  }

  /** True when the header has a column of this name (any spelling). */
  has(column: string): boolean {
    return this.index.has(headerKey(column));
  }

  /** The header's own spelling of a column (for messages), or the asked name when absent. */
  spelling(column: string): string {
    const i = this.index.get(headerKey(column));
    return i === undefined ? column : (this.table.header[i] ?? column);
  }

  /** The trimmed value of `column` in data row `rowIndex`; '' when the column is absent. */
  get(rowIndex: number, column: string): string {
    const i = this.column(column);
    if (i === undefined) return '';
    return (this.table.rows[rowIndex]?.[i] ?? '').trim();
  }

  /** The untrimmed value (for names, where inner spacing matters but outer does not: use get). */
  raw(rowIndex: number, column: string): string {
    const i = this.column(column);
    if (i === undefined) return '';
    return this.table.rows[rowIndex]?.[i] ?? '';
  }

  /** File and spreadsheet row of data row `rowIndex`. */
  ref(rowIndex: number): SourceRef {
    return { file: this.table.file, row: this.table.rowNumbers[rowIndex] ?? rowIndex + 2 };
  }
}

/** Finds a table by file name, ignoring case and folders (`OneRoster/Users.CSV` matches `users.csv`). */
export function findTable(tables: readonly SourceTable[], name: string): SourceTable | undefined {
  const want = name.toLowerCase();
  return tables.find((t) => {
    const base = t.file.split(/[\\/]/).pop()?.toLowerCase() ?? '';
    return base === want;
  });
}

/** A lenient date: the ISO date, and a sentence when the raw text was not already `yyyy-MM-dd`. */
export type LenientDate = { readonly iso: string | null; readonly deviation: string | null };

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/**
 * Reads `2023-01-05`, `2023-01-05T10:00:00Z`, `1/5/2023`, `01/05/2023`, `5.1.2023`, `2023/1/5`.
 * Slashed dates are month-first (US SIS exports) unless the first part is over 12, in which case
 * they are day-first; dotted dates are day-first (European). Anything else gives iso null.
 */
export function parseLenientDate(raw: string): LenientDate {
  const text = raw.trim();
  if (text === '') return { iso: null, deviation: null };
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return valid(y, mo, d) ? { iso: text, deviation: null } : { iso: null, deviation: null };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}/.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (valid(y, mo, d)) return { iso: `${m[1]}-${m[2]}-${m[3]}`, deviation: `Date “${text}” has a time; read as ${m[1]}-${m[2]}-${m[3]}.` };
    return { iso: null, deviation: null };
  }
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!valid(y, mo, d)) return { iso: null, deviation: null };
    const iso = `${y}-${pad(mo)}-${pad(d)}`;
    return { iso, deviation: `Date “${text}” is not written yyyy-MM-dd; read as ${iso}.` };
  }
  m = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    let y = Number(m[4]);
    if (m[4]!.length === 2) y += y < 70 ? 2000 : 1900;
    const dayFirst = m[2] === '.' || a > 12;
    const [mo, d] = dayFirst ? [b, a] : [a, b];
    if (!valid(y, mo, d)) return { iso: null, deviation: null };
    const iso = `${y}-${pad(mo)}-${pad(d)}`;
    const how = dayFirst ? 'day first' : 'month first';
    return { iso, deviation: `Date “${text}” is not written yyyy-MM-dd; read it ${how} as ${iso}.` };
  }
  return { iso: null, deviation: null };
}

/**
 * The school year (`2024-25`) a session belongs to: from an explicit end year (`2025`, OneRoster's
 * `schoolYear`), else from its start date (school years start on 1 July).
 */
export function schoolYearIdFrom(endYear: string, startDate: string | null): string | null {
  const y = /^\d{4}$/.test(endYear.trim()) ? Number(endYear.trim()) : null;
  if (y !== null && y >= 1990 && y <= 2100) return `${y - 1}-${pad(y % 100)}`;
  if (startDate) {
    const year = Number(startDate.slice(0, 4));
    const month = Number(startDate.slice(5, 7));
    const start = month >= 7 ? year : year - 1;
    return `${start}-${pad((start + 1) % 100)}`;
  }
  return null;
}
