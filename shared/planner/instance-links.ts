/**
 * The relationship part of the instance, by student index: who has no connected adult, and which
 * open groups (that they may join) have an adult who knows them. Same definitions as
 * connections.ts (which works by id for the metrics), but in one pass over marks, names, mentors
 * and clubs that skips students not placed this year, and with each adult's groups looked up
 * once instead of scanning every group per student.
 */
import type { AdvisoryGroup, School } from '../domain/types';

export type StudentLinks = {
  /** 1 when the student has no connected adult. */
  readonly unconnected: Uint8Array;
  /** Per student: the allowed open groups with a friendly adult (ascending), or null for none (or when connected). */
  readonly friendlyGroups: readonly (Int32Array | null)[];
};

/** Connected flags and friendly groups of this year's students; `allowed(s)` is the student's group mask. */
export function studentLinks(
  school: School,
  yearId: string,
  studentIndex: ReadonlyMap<string, number>,
  groups: readonly AdvisoryGroup[],
  allowed: (s: number) => Uint8Array,
): StudentLinks {
  const n = studentIndex.size;
  const connected = new Uint8Array(n);
  const friendly: (string[] | undefined)[] = new Array<string[] | undefined>(n);
  const addFriendly = (s: number, staffId: string): void => {
    const list = friendly[s];
    if (!list) friendly[s] = [staffId];
    else if (!list.includes(staffId)) list.push(staffId);
  };
  for (const mark of Object.values(school.marks)) {
    const s = studentIndex.get(mark.studentId);
    if (s === undefined) continue;
    const sessionYear = school.mappingSessions[mark.sessionId]?.yearId;
    if (sessionYear !== undefined && sessionYear > yearId) continue;
    addFriendly(s, mark.staffId);
    if (mark.kind === 'positive') connected[s] = 1;
  }
  for (const named of Object.values(school.namedAdults)) {
    const s = studentIndex.get(named.studentId);
    if (s === undefined || named.yearId > yearId) continue;
    addFriendly(s, named.staffId);
    connected[s] = 1;
  }
  for (const m of Object.values(school.mentors)) {
    const s = studentIndex.get(m.studentId);
    if (s !== undefined && m.yearId === yearId && !m.endedOn) connected[s] = 1;
  }
  const sponsored = new Set<string>();
  for (const sp of Object.values(school.sponsorships)) if (sp.yearId === yearId) sponsored.add(sp.clubId);
  for (const club of Object.values(school.clubs)) {
    if (!sponsored.has(club.id)) continue;
    for (const studentId of club.members[yearId] ?? []) {
      const s = studentIndex.get(studentId);
      if (s !== undefined) connected[s] = 1;
    }
  }
  const unconnected = new Uint8Array(n);
  for (let s = 0; s < n; s++) unconnected[s] = connected[s] ? 0 : 1;
  return { unconnected, friendlyGroups: friendlyGroupsOf(yearId, groups, unconnected, friendly, allowed) };
}

function friendlyGroupsOf(
  yearId: string,
  groups: readonly AdvisoryGroup[],
  unconnected: Uint8Array,
  friendly: readonly (readonly string[] | undefined)[],
  allowed: (s: number) => Uint8Array,
): (Int32Array | null)[] {
  // Each adult's groups (as lead or co-advisor), ascending.
  const byAdult = new Map<string, number[]>();
  const add = (staffId: string, g: number): void => {
    const list = byAdult.get(staffId);
    if (!list) byAdult.set(staffId, [g]);
    else if (list[list.length - 1] !== g) list.push(g);
  };
  groups.forEach((g, k) => {
    const adv = g.advisors[yearId];
    if (adv?.lead) add(adv.lead, k);
    if (adv?.co) add(adv.co, k);
  });
  const out: (Int32Array | null)[] = new Array<Int32Array | null>(unconnected.length).fill(null);
  for (let s = 0; s < unconnected.length; s++) {
    const adults = friendly[s];
    if (!unconnected[s] || !adults) continue;
    const mask = allowed(s);
    const list: number[] = [];
    for (const staffId of adults) for (const g of byAdult.get(staffId) ?? []) if (mask[g] && !list.includes(g)) list.push(g);
    // `new Int32Array(array)` copies directly; `Int32Array.from` goes through the iterator.
    if (list.length > 0) out[s] = new Int32Array(list.length > 1 ? list.sort((x, y) => x - y) : list);
  }
  return out;
}
