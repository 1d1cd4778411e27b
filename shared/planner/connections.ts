/**
 * Connected adults and "friendly" adults per student, for the relationship goal.
 *
 * Connected (as the relationship map counts them, minus the advisor the planner is choosing): an
 * adult who marked the student `positive`, an adult the student named, their mentor in Y (not
 * ended), and the sponsors of clubs they belong to in Y. Marks and names from any mapping session
 * up to Y count: a plan for next year is made with this year's map.
 *
 * Friendly (where an unconnected student should go): adults who marked them (positive or could
 * build) or whom they named.
 */
import type { School } from '../domain/types';

export type Connections = {
  /** Number of connected adults per student id (0 when absent). */
  readonly connected: ReadonlyMap<string, number>;
  /** Friendly adults per student id. */
  readonly friendly: ReadonlyMap<string, ReadonlySet<string>>;
};

/** Collects connected and friendly adults of every student for a year. */
export function studentConnections(school: School, yearId: string): Connections {
  const connected = new Map<string, Set<string>>();
  const friendly = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, studentId: string, staffId: string): void => {
    let set = map.get(studentId);
    if (!set) map.set(studentId, (set = new Set()));
    set.add(staffId);
  };
  for (const mark of Object.values(school.marks)) {
    const sessionYear = school.mappingSessions[mark.sessionId]?.yearId;
    if (sessionYear !== undefined && sessionYear > yearId) continue;
    add(friendly, mark.studentId, mark.staffId);
    if (mark.kind === 'positive') add(connected, mark.studentId, mark.staffId);
  }
  for (const named of Object.values(school.namedAdults)) {
    if (named.yearId > yearId) continue;
    add(friendly, named.studentId, named.staffId);
    add(connected, named.studentId, named.staffId);
  }
  for (const m of Object.values(school.mentors)) if (m.yearId === yearId && !m.endedOn) add(connected, m.studentId, m.staffId);
  const sponsors = new Map<string, string[]>();
  for (const sp of Object.values(school.sponsorships)) {
    if (sp.yearId === yearId) sponsors.set(sp.clubId, [...(sponsors.get(sp.clubId) ?? []), sp.staffId]);
  }
  for (const club of Object.values(school.clubs)) {
    const staffIds = sponsors.get(club.id);
    if (!staffIds) continue;
    for (const studentId of club.members[yearId] ?? []) for (const staffId of staffIds) add(connected, studentId, staffId);
  }
  const counts = new Map<string, number>();
  for (const [id, set] of connected) counts.set(id, set.size);
  return { connected: counts, friendly };
}
