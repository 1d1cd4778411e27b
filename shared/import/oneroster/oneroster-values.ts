/**
 * Reading OneRoster cell values leniently: enumerations in any case, booleans written `TRUE`,
 * dates written `1/05/2023`. Each deviation is logged once per file and kind; the value read is
 * what the spec would have said.
 */
import type { TableAccess } from '../table-access';
import { parseLenientDate } from '../table-access';
import { parseFlag } from '../values';
import type { ReadContext } from './oneroster-context';
import { q } from './oneroster-context';
import { BOOLEAN_VALUES, STATUS_VALUES } from './oneroster-spec';

type Where = { readonly file: string; readonly row: number; readonly column: string };

/** Where a cell is, for a message; built only when there is something to say (it costs a header lookup). */
function where(access: TableAccess, i: number, column: string): Where {
  return { file: access.table.file, row: access.ref(i).row, column: access.spelling(column) };
}

/** The spec's spelling of `raw` among `allowed` (any case); null when it is none of them. */
export function specSpelling(raw: string, allowed: readonly string[]): string | null {
  const lower = raw.trim().toLowerCase();
  return allowed.find((a) => a.toLowerCase() === lower) ?? null;
}

/**
 * Reads an enumerated value: the spec spelling, an extension value (`ext:…`) as written, or null
 * for an unknown value (logged). Empty gives ''.
 */
export function readEnum(access: TableAccess, i: number, column: string, allowed: readonly string[], ctx: ReadContext): string | null {
  const raw = access.get(i, column);
  if (raw === '') return '';
  const at = (): Where => where(access, i, column);
  const spelled = specSpelling(raw, allowed);
  if (spelled === null) {
    if (raw.toLowerCase().startsWith('ext:')) return raw.toLowerCase();
    ctx.log.note(at(), `unknown-${column}`, `${column} ${q(raw)} is not a OneRoster value (${allowed.join(', ')}).`);
    return null;
  }
  if (spelled !== raw) {
    ctx.log.note(at(), `case-${column}`, `${column} is written ${q(raw)}; the spec writes ${q(spelled)}. Read as ${spelled}.`);
  }
  return spelled;
}

/** Reads a `true`/`false` cell; `TRUE`, `Yes`, `1` are read with a warning; empty or unknown gives null. */
export function readBoolean(access: TableAccess, i: number, column: string, ctx: ReadContext): boolean | null {
  const raw = access.get(i, column);
  if (raw === '') return null;
  const at = (): Where => where(access, i, column);
  const spelled = specSpelling(raw, BOOLEAN_VALUES);
  if (spelled !== null) {
    if (spelled !== raw) ctx.log.note(at(), `case-${column}`, `${column} is written ${q(raw)}; the spec writes ${q(spelled)}. Read as ${spelled}.`);
    return spelled === 'true';
  }
  const flag = parseFlag(raw);
  if (flag === null) {
    ctx.log.note(at(), `unknown-${column}`, `${column} ${q(raw)} is neither true nor false; it was ignored.`);
    return null;
  }
  ctx.log.note(at(), `case-${column}`, `${column} is written ${q(raw)}; the spec writes true or false. Read as ${String(flag)}.`);
  return flag;
}

/** The status of a row: `active`, `tobedeleted`, or '' (bulk files leave it empty). */
export type RowStatus = 'active' | 'tobedeleted' | '';

/** Reads `status`; 1.0's `inactive` and `deleted` count as tobedeleted, with a warning. */
export function readStatus(access: TableAccess, i: number, ctx: ReadContext): RowStatus {
  const raw = access.get(i, 'status');
  if (raw === '') return '';
  const lower = raw.toLowerCase();
  if (lower === 'inactive' || lower === 'deleted') {
    const at = (): Where => where(access, i, 'status');
    ctx.log.note(at(), 'old-status', `status ${q(raw)} is not a OneRoster 1.1/1.2 value (active, tobedeleted); read as tobedeleted.`);
    return 'tobedeleted';
  }
  const value = readEnum(access, i, 'status', STATUS_VALUES, ctx);
  return value === 'tobedeleted' ? 'tobedeleted' : value === 'active' ? 'active' : '';
}

/** Reads a date cell as `yyyy-MM-dd`; other spellings are read with one warning per file; unreadable gives null. */
export function readDate(access: TableAccess, i: number, column: string, ctx: ReadContext): string | null {
  const raw = access.get(i, column);
  if (raw === '') return null;
  const at = (): Where => where(access, i, column);
  const { iso, deviation } = parseLenientDate(raw);
  if (iso === null) {
    ctx.log.note(at(), 'bad-date', `${column} ${q(raw)} is not a date; it was ignored.`);
    return null;
  }
  if (deviation !== null) ctx.log.note(at(), 'date-format', `${deviation} OneRoster writes dates yyyy-MM-dd.`);
  return iso;
}

/** Splits a OneRoster list cell (`as-1,as-2`, `09,10`) into trimmed non-empty parts. */
export function listCell(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
