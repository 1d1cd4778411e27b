/**
 * Advisories from the classes and their rosters: one ImportedAdvisory per advisory class and
 * year (the same classCode in several years is one looping group), its lead (the `primary`
 * teacher) and co-advisor, and its students; plus the class choices the wizard offers.
 */
import { error, warning } from '../diagnostics';
import type { ImportedAdvisory, ImportedClassChoice } from '../model';
import type { ClassInfo } from './oneroster-classes';
import type { ReadContext } from './oneroster-context';
import { q } from './oneroster-context';
import type { Enrollments, Member } from './oneroster-enrollments';

/** The lead and co-advisor of a class: the primary teacher (else the first, with a warning) and the next. */
function advisors(cls: ClassInfo, teachers: readonly Member[], file: string, ctx: ReadContext): { lead?: string; co?: string } {
  const distinct = teachers.filter((t, i) => teachers.findIndex((u) => u.id === t.id) === i);
  if (distinct.length === 0) return {};
  let lead = distinct.find((t) => t.primary === true);
  if (!lead) {
    lead = distinct[0]!;
    ctx.diagnostics.push(warning({ file, row: lead.row }, `No teacher of ${q(cls.title)} is marked primary; the first, ${lead.id}, was read as its advisor.`));
  }
  const others = distinct.filter((t) => t !== lead);
  const co = others.find((t) => t.primary !== true) ?? others[0];
  if (others.length > 1) {
    ctx.diagnostics.push(warning({ file, row: others[1]!.row }, `${q(cls.title)} has more than two teachers; only ${lead.id} and ${co!.id} were read as its advisors.`));
  }
  return { lead: lead.id, ...(co ? { co: co.id } : {}) };
}

/** Builds the advisories, erroring on a student in two advisories of one year. */
export function buildAdvisories(classes: ReadonlyMap<string, ClassInfo>, enrollments: Enrollments, ctx: ReadContext): ImportedAdvisory[] {
  const out: ImportedAdvisory[] = [];
  const placed = new Map<string, { title: string; row: number }>(); // year + student → where
  const codes = new Map<string, ClassInfo>(); // year + code → first class
  for (const cls of classes.values()) {
    if (!cls.isAdvisory) continue;
    // A delta lists changes only: an advisory it does not touch is not restated (that would blank its advisors).
    if (ctx.mode === 'delta' && !enrollments.rosters.has(cls.key)) continue;
    let yearId = cls.yearId;
    if (yearId === null) {
      yearId = ctx.options.fallbackYearId;
      ctx.log.note({ file: cls.ref.file, row: cls.ref.row, column: 'termSourcedIds' }, 'fallback-year', `The school year of advisory ${q(cls.title)} is not known from its terms; ${yearId} was assumed.`);
    }
    const sameCode = codes.get(`${yearId}\u0000${cls.code}`);
    if (sameCode) {
      ctx.diagnostics.push(warning(cls.ref, `Advisories ${q(sameCode.title)} (row ${sameCode.ref.row}) and ${q(cls.title)} (row ${cls.ref.row}) have the same code ${q(cls.code)} in ${yearId}; they are read as one group.`));
    } else codes.set(`${yearId}\u0000${cls.code}`, cls);
    const roster = enrollments.rosters.get(cls.key) ?? { teachers: [], students: [] };
    const studentIds: string[] = [];
    const inClass = new Set<string>();
    for (const s of roster.students) {
      if (inClass.has(s.id)) continue;
      inClass.add(s.id);
      const key = `${yearId}\u0000${s.id}`;
      const before = placed.get(key);
      if (before) {
        ctx.diagnostics.push(
          error({ file: enrollments.file, row: s.row }, `Student ${s.id} is enrolled in two advisories in ${yearId}: ${q(before.title)} (row ${before.row}) and ${q(cls.title)} (row ${s.row}).`),
        );
        continue;
      }
      placed.set(key, { title: cls.title, row: s.row });
      studentIds.push(s.id);
    }
    const { lead, co } = advisors(cls, roster.teachers, enrollments.file, ctx);
    out.push({
      code: cls.code,
      name: cls.title,
      ...(cls.room ? { room: cls.room } : {}),
      yearId,
      ...(lead ? { leadStaffId: lead } : {}),
      ...(co ? { coStaffId: co } : {}),
      studentIds,
      ref: cls.ref,
    });
  }
  return out;
}

/** Every class but clubs, and classes a delta names without describing, as choices for the wizard. */
export function classChoices(classes: ReadonlyMap<string, ClassInfo> | null, enrollments: Enrollments | null, ctx: ReadContext): ImportedClassChoice[] {
  const out: ImportedClassChoice[] = [];
  for (const cls of classes?.values() ?? []) {
    if (cls.isClub) continue;
    out.push({ key: cls.key, title: cls.title, yearId: cls.yearId, students: enrollments?.studentCounts.get(cls.key) ?? 0, isAdvisory: cls.isAdvisory });
  }
  const extra = new Set(ctx.options.extraAdvisoryKeys ?? []);
  const unmarked = new Set(ctx.options.notAdvisoryKeys ?? []);
  for (const u of enrollments?.unknownClasses.values() ?? []) {
    out.push({ key: u.key, title: u.key, yearId: u.yearId, students: u.students, isAdvisory: extra.has(u.key) && !unmarked.has(u.key) });
  }
  return out;
}
