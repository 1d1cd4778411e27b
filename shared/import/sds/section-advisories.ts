/**
 * Sections (SDS v1 sections, SDS v2.1 classes, Clever sections) turned into the wizard's class
 * choices and into advisories. SDS and Clever have no class type, so a section is an advisory by
 * default only when its name, course or subject says so; the user can mark any other by key.
 * Shared by the SDS and Clever readers.
 */
import { error, warning, type Diagnostic } from '../diagnostics';
import type { ImportedAdvisory, ImportedClassChoice, ImportedYear, ReadOptions, SourceRef, SourceTable } from '../model';
import { schoolYearIdFrom, TableAccess } from '../table-access';
import { q } from './row-readers';

/** Words that name an advisory period in section, course and subject names. */
export const ADVISORY_PATTERN = /advis|homeroom/i;

/** True when any of the texts names an advisory period. */
export function namesAdvisory(...texts: readonly string[]): boolean {
  return texts.some((t) => ADVISORY_PATTERN.test(t));
}

/** A member of a section, located at its enrollment row. */
export type Member = { readonly id: string; readonly ref: SourceRef };

/** A section as the readers gather it, before advisories are chosen. */
export type SectionDraft = {
  readonly key: string;
  readonly title: string;
  readonly yearId: string | null;
  readonly room?: string;
  /** True when the reader counts it as an advisory before the user's choices. */
  readonly defaultAdvisory: boolean;
  /** Staff ids, lead first. */
  readonly staffIds: readonly string[];
  readonly students: readonly Member[];
  readonly ref: SourceRef;
};

/** The school year of a term from its start date, else its end date; null when neither is known. */
export function yearOfTerm(start: string | null, end: string | null): string | null {
  return schoolYearIdFrom('', start ?? end);
}

/** Gathers school years from term dates: the earliest start and latest end seen for each year. */
export class YearCollector {
  private readonly years = new Map<string, { first?: string; last?: string; ref: SourceRef }>();

  /** Records a term of `yearId`. */
  add(yearId: string, start: string | null, end: string | null, ref: SourceRef): void {
    const y = this.years.get(yearId) ?? { ref };
    if (start !== null && (y.first === undefined || start < y.first)) y.first = start;
    if (end !== null && (y.last === undefined || end > y.last)) y.last = end;
    this.years.set(yearId, y);
  }

  /** The years, oldest first. */
  list(): ImportedYear[] {
    return [...this.years.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, y]) => ({ id, ...(y.first ? { firstDay: y.first } : {}), ...(y.last ? { lastDay: y.last } : {}), ref: y.ref }));
  }

  /** The roster's year: the latest one seen (a set describes the current year), else null. */
  latest(): string | null {
    const ids = [...this.years.keys()].sort();
    return ids[ids.length - 1] ?? null;
  }
}

/**
 * Reads an enrollment-like table (section id, person id per row) into members per section. A row
 * naming an unknown section or person is a warning at that row and skipped; repeats are dropped.
 */
export function readMembers(
  access: TableAccess,
  columns: { readonly section: string; readonly person: string },
  sections: ReadonlySet<string>,
  personId: (raw: string) => string | undefined,
  what: string,
  diagnostics: Diagnostic[],
  rowFilter: (i: number) => boolean = () => true,
): Map<string, Member[]> {
  const members = new Map<string, Member[]>();
  const seen = new Map<string, Set<string>>();
  const sectionColumn = access.spelling(columns.section);
  const personColumn = access.spelling(columns.person);
  for (let i = 0; i < access.length; i += 1) {
    if (!rowFilter(i)) continue;
    const ref = access.ref(i);
    const section = access.get(i, columns.section);
    const raw = access.get(i, columns.person);
    if (!sections.has(section)) {
      diagnostics.push(warning({ ...ref, column: sectionColumn }, `Section ${q(section)} is not among the sections; the row was skipped.`));
      continue;
    }
    const id = personId(raw);
    if (id === undefined) {
      diagnostics.push(warning({ ...ref, column: personColumn }, `No ${what} has the id ${q(raw)}; the row was skipped.`));
      continue;
    }
    // A Set per section keeps this linear: one "all students" section can hold thousands.
    const ids = seen.get(section) ?? new Set<string>();
    if (ids.has(id)) continue;
    ids.add(id);
    seen.set(section, ids);
    const list = members.get(section) ?? [];
    list.push({ id, ref });
    members.set(section, list);
  }
  return members;
}

/** Class choices for every section, and advisories for the ones counted as such after the user's choices. */
export function advisoriesFrom(
  sections: readonly SectionDraft[],
  options: ReadOptions,
  diagnostics: Diagnostic[],
): { readonly classChoices: ImportedClassChoice[]; readonly advisories: ImportedAdvisory[] } {
  const extra = new Set(options.extraAdvisoryKeys ?? []);
  const not = new Set(options.notAdvisoryKeys ?? []);
  const classChoices: ImportedClassChoice[] = [];
  const advisories: ImportedAdvisory[] = [];
  // "studentId yearId" → the advisory already holding the student that year.
  const placed = new Map<string, { code: string; name: string; ref: SourceRef }>();
  for (const s of sections) {
    classChoices.push({ key: s.key, title: s.title, yearId: s.yearId, students: s.students.length, isAdvisory: s.defaultAdvisory });
    if (!((s.defaultAdvisory || extra.has(s.key)) && !not.has(s.key))) continue;
    let yearId = s.yearId;
    if (yearId === null) {
      yearId = options.fallbackYearId;
      diagnostics.push(warning(s.ref, `Section ${q(s.key)} has no term dates, so it was read as an advisory of ${yearId}, the school's current year.`));
    }
    const studentIds: string[] = [];
    for (const m of s.students) {
      const key = `${m.id} ${yearId}`;
      const other = placed.get(key);
      if (other !== undefined) {
        diagnostics.push(
          error(
            m.ref,
            `Student ${q(m.id)} is in two advisories in ${yearId}: ${q(other.name)} (${other.code}, ${other.ref.file} row ${other.ref.row}) and ${q(s.title)} (${s.key}); a student has one advisory a year.`,
          ),
        );
        continue;
      }
      placed.set(key, { code: s.key, name: s.title, ref: m.ref });
      studentIds.push(m.id);
    }
    const [lead, co] = s.staffIds;
    advisories.push({
      code: s.key,
      name: s.title,
      ...(s.room ? { room: s.room } : {}),
      yearId,
      ...(lead !== undefined ? { leadStaffId: lead } : {}),
      ...(co !== undefined ? { coStaffId: co } : {}),
      studentIds,
      ref: s.ref,
    });
  }
  return { classChoices, advisories };
}

/** The names of the schools a set uses (all of the schools file when nothing names one), in the file's order. */
export function schoolNamesFrom(table: SourceTable | undefined, columns: { readonly id: string; readonly name: string }, used: ReadonlySet<string>): string[] {
  const listed = new Map<string, string>();
  if (table !== undefined) {
    const a = new TableAccess(table);
    for (let i = 0; i < a.length; i += 1) listed.set(a.get(i, columns.id), a.get(i, columns.name));
  }
  const ids = used.size === 0 ? [...listed.keys()] : [...[...listed.keys()].filter((id) => used.has(id)), ...[...used].filter((id) => !listed.has(id))];
  return ids.filter((id) => id !== '').map((id) => listed.get(id) || id);
}

/** The warning for a set that covers several schools (all are imported; the user should know). */
export function schoolsWarning(file: string, names: readonly string[]): Diagnostic[] {
  if (names.length < 2) return [];
  return [warning({ file }, `The set covers ${names.length} schools (${names.join(', ')}); all are imported.`)];
}
