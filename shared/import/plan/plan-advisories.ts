/**
 * Merging imported school years, advisory groups and placements. A group is one identity across
 * years, matched by its SIS code (OneRoster `classCode`), so Rivera's advisory in 2025–26 and
 * 2026–27 is one looping group with an advisor per year. Locked placements are never moved by an
 * import; placements the planner or a person made are never removed by one.
 */
import type { Command } from '../../domain/commands';
import { defaultSchoolYear } from '../../domain/defaults';
import type { AdvisoryGroup, Placement, School, SchoolYear } from '../../domain/types';
import { warning, type Diagnostic } from '../diagnostics';
import type { ImportedAdvisory, ImportedYear } from '../model';
import type { FieldChange, PlacementCounts, RecordChange } from './plan-types';

/**
 * School years the import needs that the school lacks (from the file's sessions, or only named),
 * and existing years whose first or last day the file gives differently (the SIS knows the real
 * calendar; a new school starts with a typical one).
 */
export function planYears(school: School, years: readonly ImportedYear[], needed: readonly string[]): { commands: Command[]; added: string[]; changed: string[] } {
  const byId = new Map<string, SchoolYear>();
  const changed = new Map<string, SchoolYear>();
  for (const y of years) {
    const existing = school.years[y.id];
    if (existing) {
      const next = { ...existing, firstDay: y.firstDay ?? existing.firstDay, lastDay: y.lastDay ?? existing.lastDay };
      if (next.firstDay <= next.lastDay && (next.firstDay !== existing.firstDay || next.lastDay !== existing.lastDay)) changed.set(y.id, next);
      continue;
    }
    if (byId.has(y.id)) continue;
    const base = defaultSchoolYear(y.id);
    byId.set(y.id, { ...base, firstDay: y.firstDay ?? base.firstDay, lastDay: y.lastDay ?? base.lastDay });
  }
  for (const id of needed) if (!school.years[id] && !byId.has(id)) byId.set(id, defaultSchoolYear(id));
  const added = [...byId.keys()].sort();
  const all = [...added.map((id) => byId.get(id)!), ...changed.values()];
  return { commands: all.map((entity) => ({ type: 'upsert', collection: 'years', entity })), added, changed: [...changed.keys()].sort() };
}

const slug = (code: string): string =>
  code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80) || 'group';

/** What merging advisories produced. */
export type AdvisoryResult = {
  readonly groups: { readonly added: number; readonly changed: number; readonly unchanged: number };
  readonly placements: PlacementCounts;
  readonly groupCommands: readonly Command[];
  readonly placementCommands: readonly Command[];
  readonly changes: readonly RecordChange[];
  readonly diagnostics: readonly Diagnostic[];
};

type Resolve = (importedId: string) => string | undefined;

/** Builds or updates one group from its yearly advisories in the import. */
function mergeGroup(existing: AdvisoryGroup | undefined, id: string, yearly: readonly ImportedAdvisory[], staffId: Resolve, targetSize: number, diagnostics: Diagnostic[]): AdvisoryGroup {
  const sorted = [...yearly].sort((a, b) => a.yearId.localeCompare(b.yearId));
  const latest = sorted[sorted.length - 1]!;
  const advisors: Record<string, { lead: string | null; co: string | null }> = { ...(existing?.advisors ?? {}) };
  for (const a of sorted) {
    const resolve = (raw: string | undefined): string | null => {
      if (!raw) return null;
      const found = staffId(raw);
      if (!found) diagnostics.push(warning(a.ref, `The advisor ${raw} of “${a.name}” is not a staff member in the school or in the file; the group has no advisor that year.`));
      return found ?? null;
    };
    // A source that names no advisor for the year (a delta that only moves students) keeps the school's.
    if (a.leadStaffId === undefined && a.coStaffId === undefined && advisors[a.yearId]) continue;
    advisors[a.yearId] = { lead: resolve(a.leadStaffId), co: resolve(a.coStaffId) };
  }
  const firstYearId = [existing?.firstYearId, sorted[0]!.yearId].filter((y): y is string => !!y).sort()[0]!;
  return {
    ...(existing ?? { targetSize }),
    id,
    code: latest.code,
    name: existing?.name ?? latest.name,
    room: latest.room ?? existing?.room ?? '',
    advisors,
    firstYearId,
    ...(existing?.lastYearId ? { lastYearId: existing.lastYearId } : {}),
    ...(existing?.classOf !== undefined ? { classOf: existing.classOf } : {}),
  } as AdvisoryGroup;
}

function groupFields(before: AdvisoryGroup, after: AdvisoryGroup): FieldChange[] {
  const out: FieldChange[] = [];
  if (before.room !== after.room) out.push({ field: 'Room', before: before.room || '—', after: after.room || '—' });
  for (const [year, a] of Object.entries(after.advisors)) {
    const b = before.advisors[year];
    if (b?.lead !== a.lead) out.push({ field: `Advisor ${year}`, before: b?.lead ?? '—', after: a.lead ?? '—' });
    if ((b?.co ?? null) !== a.co) out.push({ field: `Co-advisor ${year}`, before: b?.co ?? '—', after: a.co ?? '—' });
  }
  return out;
}

/** Merges the import's advisories (groups and yearly placements) into the school. */
export function planAdvisories(
  school: School,
  advisories: readonly ImportedAdvisory[],
  removed: readonly { readonly studentId: string; readonly yearId: string }[],
  studentId: Resolve,
  staffId: Resolve,
  full: boolean,
): AdvisoryResult {
  const diagnostics: Diagnostic[] = [];
  const changes: RecordChange[] = [];
  const groupCommands: Command[] = [];
  const placementCommands: Command[] = [];
  const groups = { added: 0, changed: 0, unchanged: 0 };
  const placements = { added: 0, moved: 0, removed: 0, unchanged: 0, keptLocked: 0 };
  const byCode = new Map<string, AdvisoryGroup>();
  const usedIds = new Set(Object.keys(school.groups));
  for (const g of Object.values(school.groups)) if (g.code) byCode.set(g.code, g);

  const perCode = new Map<string, ImportedAdvisory[]>();
  for (const a of advisories) perCode.set(a.code, [...(perCode.get(a.code) ?? []), a]);
  const groupOf = new Map<string, string>();
  for (const [code, yearly] of perCode) {
    const existing = byCode.get(code) ?? school.groups[`g-${slug(code)}`];
    let id = existing?.id;
    if (!id) {
      id = `g-${slug(code)}`;
      for (let n = 2; usedIds.has(id); n += 1) id = `g-${slug(code)}-${n}`;
      usedIds.add(id);
    }
    const next = mergeGroup(existing, id, yearly, staffId, school.info.policy.targetMax, diagnostics);
    groupOf.set(code, id);
    if (!existing) {
      groups.added += 1;
      groupCommands.push({ type: 'upsert', collection: 'groups', entity: next });
      changes.push({ kind: 'added', what: 'group', id, name: next.name, fields: [] });
    } else if (JSON.stringify(existing) !== JSON.stringify(next)) {
      groups.changed += 1;
      groupCommands.push({ type: 'upsert', collection: 'groups', entity: next });
      changes.push({ kind: 'changed', what: 'group', id, name: next.name, fields: groupFields(existing, next) });
    } else groups.unchanged += 1;
  }

  const covered = new Map<string, Set<string>>(); // year → students the import places that year
  const place = (yearId: string, sid: string, groupId: string): void => {
    const before: Placement | undefined = school.placements[yearId]?.[sid];
    if (before?.groupId === groupId) {
      placements.unchanged += 1;
      return;
    }
    if (before?.locked) {
      placements.keptLocked += 1;
      return;
    }
    if (before) placements.moved += 1;
    else placements.added += 1;
    placementCommands.push({ type: 'setPlacement', yearId, studentId: sid, placement: { studentId: sid, groupId, locked: false, origin: 'import' } });
  };
  for (const a of advisories) {
    const groupId = groupOf.get(a.code)!;
    const year = covered.get(a.yearId) ?? new Set<string>();
    covered.set(a.yearId, year);
    for (const raw of a.studentIds) {
      const sid = studentId(raw);
      if (!sid) {
        diagnostics.push(warning(a.ref, `Student ${raw} is placed in “${a.name}” but is not in the school or in the file; the placement was skipped.`));
        continue;
      }
      if (year.has(sid)) continue; // the reader reports a student in two advisories
      year.add(sid);
      place(a.yearId, sid, groupId);
    }
  }
  const unplace = (yearId: string, sid: string): void => {
    const before = school.placements[yearId]?.[sid];
    if (!before) return;
    if (before.locked) {
      placements.keptLocked += 1;
      return;
    }
    placements.removed += 1;
    placementCommands.push({ type: 'setPlacement', yearId, studentId: sid, placement: null });
  };
  for (const r of removed) {
    const sid = studentId(r.studentId);
    if (sid && !covered.get(r.yearId)?.has(sid)) unplace(r.yearId, sid);
  }
  if (full) {
    // Only placements an earlier import made are the SIS's to take back.
    for (const [yearId, placed] of covered) {
      for (const [sid, p] of Object.entries(school.placements[yearId] ?? {})) {
        if (!placed.has(sid) && p.origin === 'import') unplace(yearId, sid);
      }
    }
  }
  if (placements.keptLocked > 0) {
    diagnostics.push(
      warning({ file: advisories[0]?.ref.file ?? '' }, `${placements.keptLocked} locked placement${placements.keptLocked === 1 ? ' was' : 's were'} kept as locked, although the file places ${placements.keptLocked === 1 ? 'that student' : 'those students'} elsewhere.`),
    );
  }
  return { groups, placements, groupCommands, placementCommands, changes, diagnostics };
}
