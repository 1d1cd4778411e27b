/**
 * The multi-year view of advisory groups: per group and school year, the lead advisor, the size,
 * how many of last year's students stayed, and whether the adult changed. Sizes count enrolled
 * students only, as in advisory-metrics.ts.
 */
import { isEnrolled } from '../domain/summary';
import type { School } from '../domain/types';

export interface GroupYearCell {
  readonly yearId: string;
  readonly leadId: string | null;
  /** The lead's last name, or null with no lead. */
  readonly leadName: string | null;
  readonly size: number;
  /** Students in this group this year who were in it the year before; null in the first year or when it was not open then. */
  readonly stayed: number | null;
  /** The lead differs from the year before's (both years open). */
  readonly adultChanged: boolean;
}

export interface GroupYearsRow {
  readonly groupId: string;
  readonly name: string;
  readonly room: string;
  readonly classOf: number | null;
  /** One entry per school year (sorted); null when the group is not open that year. */
  readonly cells: readonly (GroupYearCell | null)[];
}

/** One row per advisory group and one cell per school year, years in order. */
export function multiYearRows(school: School): { readonly years: readonly string[]; readonly rows: readonly GroupYearsRow[] } {
  const years = Object.keys(school.years).sort();
  // group id → year → member ids (enrolled students only).
  const members = new Map<string, Map<string, Set<string>>>();
  for (const y of years) {
    for (const p of Object.values(school.placements[y] ?? {})) {
      const s = school.students[p.studentId];
      if (!s || !isEnrolled(s, y)) continue;
      let byYear = members.get(p.groupId);
      if (!byYear) members.set(p.groupId, (byYear = new Map()));
      let set = byYear.get(y);
      if (!set) byYear.set(y, (set = new Set()));
      set.add(p.studentId);
    }
  }
  const rows = Object.values(school.groups).map((g): GroupYearsRow => {
    const cells = years.map((y, i): GroupYearCell | null => {
      const a = g.advisors[y];
      if (!a) return null;
      const before = i > 0 ? years[i - 1] : undefined;
      const prev = before !== undefined ? g.advisors[before] : undefined;
      const now = members.get(g.id)?.get(y) ?? new Set<string>();
      const then = before !== undefined ? members.get(g.id)?.get(before) : undefined;
      return {
        yearId: y,
        leadId: a.lead,
        leadName: a.lead ? (school.staff[a.lead]?.lastName ?? a.lead) : null,
        size: now.size,
        stayed: prev ? [...now].filter((id) => then?.has(id)).length : null,
        adultChanged: prev !== undefined && prev.lead !== a.lead,
      };
    });
    return { groupId: g.id, name: g.name, room: g.room, classOf: g.classOf ?? null, cells };
  });
  return { years, rows };
}
