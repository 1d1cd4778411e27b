/**
 * classes.csv (with courses.csv for missing titles): each class's code, title, room, school year
 * (from its terms) and whether it is an advisory: `classType` homeroom, or a class the user marked
 * (real exports send advisories as `scheduled`), unless the user unmarked it. Clubs
 * (`ext:club`, OneRoster 1.2) are never advisories and are not offered as choices.
 */
import { error } from '../diagnostics';
import type { SourceTable } from '../model';
import { TableAccess } from '../table-access';
import type { ReadContext } from './oneroster-context';
import { q } from './oneroster-context';
import { checkHeader } from './oneroster-headers';
import { CLASS_TYPES, CLUB_CLASS_TYPE } from './oneroster-spec';
import { listCell, readEnum, readStatus } from './oneroster-values';
import { normalizeGrade } from '../grades';

/** One class as the reader needs it. */
export type ClassInfo = {
  readonly key: string;
  readonly title: string;
  /** classCode, else title, else sourcedId: what ties one group's classes across years. */
  readonly code: string;
  readonly room: string;
  /** The school year of its terms; null when none resolves. */
  readonly yearId: string | null;
  readonly isClub: boolean;
  readonly isAdvisory: boolean;
  /** The class's grade when `grades` names exactly one (`09`), else null; dates the users' grades. */
  readonly grade: string | null;
  readonly ref: { readonly file: string; readonly row: number };
};

/** Course titles by sourcedId (courses.csv absent: none). */
function readCourseTitles(table: SourceTable | undefined, ctx: ReadContext): Map<string, string> {
  const titles = new Map<string, string>();
  if (!table) return titles;
  const checked = checkHeader(table, 'courses', ctx);
  if (!checked.readable) return titles;
  const access = new TableAccess(checked.table);
  const rows = new Map<string, number>();
  for (let i = 0; i < access.length; i += 1) {
    const sourcedId = access.get(i, 'sourcedId');
    if (sourcedId === '') continue;
    const row = access.ref(i).row;
    const earlier = rows.get(sourcedId);
    if (earlier !== undefined) {
      ctx.diagnostics.push(error({ file: table.file, row, column: access.spelling('sourcedId') }, `sourcedId ${q(sourcedId)} appears twice, in rows ${earlier} and ${row}; row ${row} was not read.`));
      continue;
    }
    rows.set(sourcedId, row);
    titles.set(sourcedId, access.get(i, 'title'));
  }
  return titles;
}

/** The school year of a class from its terms (several years: the first, with a warning). */
function yearOfTerms(access: TableAccess, i: number, yearOf: ReadonlyMap<string, string>, ctx: ReadContext): string | null {
  const at = { file: access.table.file, row: access.ref(i).row, column: access.spelling('termSourcedIds') };
  const terms = listCell(access.get(i, 'termSourcedIds'));
  const years = [...new Set(terms.map((t) => yearOf.get(t)).filter((y): y is string => y !== undefined))];
  const unknown = terms.filter((t) => !yearOf.has(t));
  if (unknown.length > 0) {
    ctx.log.note(at, 'unknown-term', `termSourcedIds names ${q(unknown[0]!)}, which is not a session in academicSessions.csv.`);
  }
  if (years.length > 1) ctx.log.note(at, 'many-years', `A class's terms lie in several school years (${years.join(', ')}); it was read in ${years[0]}.`);
  return years[0] ?? null;
}

/** The one grade a `grades` cell names (`09`, `9`), or null for none or several. */
function singleGrade(cell: string): string | null {
  const list = listCell(cell);
  if (list.length !== 1) return null;
  return normalizeGrade(list[0]!).grade;
}

/** Reads classes.csv; null when the bundle has none (or it cannot be read). */
export function readClasses(
  table: SourceTable | undefined,
  courses: SourceTable | undefined,
  yearOf: ReadonlyMap<string, string>,
  ctx: ReadContext,
): Map<string, ClassInfo> | null {
  if (!table) return null;
  const checked = checkHeader(table, 'classes', ctx);
  if (!checked.readable) return null;
  const titles = readCourseTitles(courses, ctx);
  const access = new TableAccess(checked.table);
  const extra = new Set(ctx.options.extraAdvisoryKeys ?? []);
  const unmarked = new Set(ctx.options.notAdvisoryKeys ?? []);
  const classes = new Map<string, ClassInfo>();
  const rows = new Map<string, number>();
  for (let i = 0; i < access.length; i += 1) {
    const ref = access.ref(i);
    const key = access.get(i, 'sourcedId');
    if (key === '') {
      ctx.diagnostics.push(error({ file: table.file, row: ref.row, column: access.spelling('sourcedId') }, 'This class has no sourcedId; the row was not read.'));
      continue;
    }
    const earlier = rows.get(key);
    if (earlier !== undefined) {
      ctx.diagnostics.push(error({ file: table.file, row: ref.row, column: access.spelling('sourcedId') }, `sourcedId ${q(key)} appears twice, in rows ${earlier} and ${ref.row}; row ${ref.row} was not read.`));
      continue;
    }
    rows.set(key, ref.row);
    if (readStatus(access, i, ctx) === 'tobedeleted') continue;
    const type = readEnum(access, i, 'classType', CLASS_TYPES, ctx);
    const isClub = type === CLUB_CLASS_TYPE;
    const title = access.get(i, 'title') || titles.get(access.get(i, 'courseSourcedId')) || key;
    const code = access.get(i, 'classCode') || access.get(i, 'title') || key;
    const isAdvisory = !isClub && (type === 'homeroom' || extra.has(key)) && !unmarked.has(key);
    classes.set(key, {
      key,
      title,
      code,
      room: access.get(i, 'location'),
      yearId: yearOfTerms(access, i, yearOf, ctx),
      isClub,
      isAdvisory,
      grade: singleGrade(access.get(i, 'grades')),
      ref,
    });
  }
  return classes;
}
