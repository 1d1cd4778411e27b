/**
 * academicSessions.csv: school years (type `schoolYear`) become ImportedYears, and every session
 * (terms, semesters, grading periods) is mapped to its school year, so a class taught in
 * `as-sy2025-s1` belongs to 2024-25. A term's year comes from its parent chain, else its own
 * `schoolYear` column, else its start date.
 */
import { error, warning } from '../diagnostics';
import type { ImportedYear, SourceTable } from '../model';
import { schoolYearIdFrom, TableAccess } from '../table-access';
import type { ReadContext } from './oneroster-context';
import { q } from './oneroster-context';
import { checkHeader } from './oneroster-headers';
import { SESSION_TYPES } from './oneroster-spec';
import { readDate, readEnum, readStatus } from './oneroster-values';

/** The years of the bundle and the school year of each session sourcedId. */
export type Sessions = {
  readonly years: readonly ImportedYear[];
  readonly yearOf: ReadonlyMap<string, string>;
};

type Row = { readonly sourcedId: string; readonly type: string; readonly parent: string; readonly own: string | null; readonly row: number };

/** Reads academicSessions.csv (absent: no years, no sessions). */
export function readSessions(table: SourceTable | undefined, ctx: ReadContext): Sessions {
  if (!table) return { years: [], yearOf: new Map() };
  const checked = checkHeader(table, 'academicSessions', ctx);
  if (!checked.readable) return { years: [], yearOf: new Map() };
  const access = new TableAccess(checked.table);
  const file = table.file;
  const rows = new Map<string, Row>();
  const years: ImportedYear[] = [];
  const yearRows = new Map<string, number>();
  for (let i = 0; i < access.length; i += 1) {
    const ref = access.ref(i);
    const sourcedId = access.get(i, 'sourcedId');
    if (sourcedId === '') {
      ctx.diagnostics.push(error({ file, row: ref.row, column: access.spelling('sourcedId') }, 'This session has no sourcedId; the row was not read.'));
      continue;
    }
    const earlier = rows.get(sourcedId);
    if (earlier) {
      ctx.diagnostics.push(error({ file, row: ref.row, column: access.spelling('sourcedId') }, `sourcedId ${q(sourcedId)} appears twice, in rows ${earlier.row} and ${ref.row}; row ${ref.row} was not read.`));
      continue;
    }
    if (readStatus(access, i, ctx) === 'tobedeleted') continue;
    const type = readEnum(access, i, 'type', SESSION_TYPES, ctx) ?? '';
    const start = readDate(access, i, 'startDate', ctx);
    const end = readDate(access, i, 'endDate', ctx);
    const own = schoolYearIdFrom(access.get(i, 'schoolYear'), start);
    rows.set(sourcedId, { sourcedId, type, parent: access.get(i, 'parentSourcedId'), own, row: ref.row });
    if (type !== 'schoolYear') continue;
    if (own === null) {
      ctx.diagnostics.push(warning({ file, row: ref.row }, `The school year ${q(sourcedId)} has neither a schoolYear nor a readable startDate; it was not read.`));
      continue;
    }
    const first = yearRows.get(own);
    if (first !== undefined) {
      ctx.diagnostics.push(warning({ file, row: ref.row }, `Rows ${first} and ${ref.row} are both the school year ${own}; the first was kept.`));
      continue;
    }
    yearRows.set(own, ref.row);
    years.push({ id: own, ...(start ? { firstDay: start } : {}), ...(end ? { lastDay: end } : {}), ref });
  }
  return { years, yearOf: resolveYears(rows) };
}

/** The school year of each session: a schoolYear is its own; others follow their parents (cycles stop). */
function resolveYears(rows: ReadonlyMap<string, Row>): Map<string, string> {
  const yearOf = new Map<string, string>();
  for (const row of rows.values()) {
    let current: Row | undefined = row;
    const seen = new Set<string>();
    let year: string | null = null;
    while (current && !seen.has(current.sourcedId)) {
      seen.add(current.sourcedId);
      if (current.type === 'schoolYear' && current.own) {
        year = current.own;
        break;
      }
      current = current.parent ? rows.get(current.parent) : undefined;
    }
    const found = year ?? row.own;
    if (found) yearOf.set(row.sourcedId, found);
  }
  return yearOf;
}
