/**
 * One school year as the metrics see it: who is enrolled, where each is placed, which groups are
 * open and who advises them. Built once and shared by every metric so they agree on the counts.
 */
import { isEnrolled } from '../domain/summary';
import type { Placement, School, Student } from '../domain/types';
import type { GroupRef } from './metrics-types';

export type YearAdvisors = Readonly<Record<string, { readonly lead: string | null; readonly co: string | null }>>;

export interface YearView {
  readonly school: School;
  readonly yearId: string;
  readonly enrolled: readonly Student[];
  /** Enrolled student id → group id (placements of students not enrolled that year are ignored). */
  readonly groupOf: ReadonlyMap<string, string>;
  /** Group id → member student ids, for open groups and any group holding a placement. */
  readonly members: ReadonlyMap<string, readonly string[]>;
  /** Lead and co-advisor per open group. */
  readonly advisors: YearAdvisors;
  ref(groupId: string): GroupRef;
  name(studentId: string): string;
}

/** A student as people say it: the name they go by, then the last name. */
export function personName(person: { readonly firstName: string; readonly lastName: string; readonly preferredName?: string | undefined } | undefined, id: string): string {
  if (!person) return id;
  return `${person.preferredName?.trim() || person.firstName} ${person.lastName}`.trim() || id;
}

/** The advisors of every group open in the year, from the school's groups. */
export function planAdvisors(school: School, yearId: string): YearAdvisors {
  const out: Record<string, { lead: string | null; co: string | null }> = {};
  for (const g of Object.values(school.groups)) {
    const a = g.advisors[yearId];
    if (a) out[g.id] = { lead: a.lead, co: a.co };
  }
  return out;
}

/** Builds the year view; `advisors`, when given, is the whole year's map (a group not in it is not open). */
export function yearView(school: School, yearId: string, placements?: Readonly<Record<string, Placement>>, advisors?: YearAdvisors): YearView {
  const chosen = placements ?? school.placements[yearId] ?? {};
  const open = advisors ?? planAdvisors(school, yearId);
  const enrolled = Object.values(school.students).filter((s) => isEnrolled(s, yearId));
  const groupOf = new Map<string, string>();
  const members = new Map<string, string[]>(Object.keys(open).map((id) => [id, []]));
  for (const s of enrolled) {
    const p = chosen[s.id];
    if (!p) continue;
    groupOf.set(s.id, p.groupId);
    let list = members.get(p.groupId);
    if (!list) members.set(p.groupId, (list = []));
    list.push(s.id);
  }
  // "Okafor advisory" is how staff speak of a group; where two open groups have leads of the same
  // last name, the room tells them apart, and the stored name is the last resort.
  const leadName = (groupId: string): string | undefined => {
    const lead = open[groupId]?.lead;
    return lead ? school.staff[lead]?.lastName || undefined : undefined;
  };
  const sameName = new Map<string, number>();
  for (const g of Object.keys(open)) {
    const n = leadName(g);
    if (n) sameName.set(n, (sameName.get(n) ?? 0) + 1);
  }
  const label = (groupId: string): string => {
    const group = school.groups[groupId];
    const n = leadName(groupId);
    if (n && (sameName.get(n) ?? 0) <= 1) return `${n} advisory`;
    if (n && group?.room) return `${n} advisory, room ${group.room}`;
    return group?.name ?? groupId;
  };
  return {
    school,
    yearId,
    enrolled,
    groupOf,
    members,
    advisors: open,
    ref: (groupId) => ({ groupId, name: label(groupId), size: members.get(groupId)?.length ?? 0 }),
    name: (studentId) => personName(school.students[studentId], studentId),
  };
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
