/**
 * Students with no connected adult, and whether their advisory puts them with an adult who knows them.
 *
 * Connected (the advisor being chosen does not count, or every placed student would be connected):
 * - an adult who marked the student `positive` in a mapping session of this year or an earlier one;
 * - an adult the student named (school.namedAdults) this year or earlier;
 * - their mentor this year (an assignment not ended);
 * - a sponsor, this year, of a club the student is a member of this year.
 * Marks and names from earlier years count, like the planner's: a plan for next year is made with
 * this year's map (shared/planner/connections.ts uses the same rule, so the two agree).
 *
 * Knows them: the group's lead or co-advisor marked them (positive or could build) or was named by them.
 */
import type { KnownBy, UnconnectedStudent } from './metrics-types';
import type { YearView } from './metric-year';

const strength: Readonly<Record<Exclude<KnownBy, null>, number>> = { positive: 3, named: 2, 'could-build': 1 };

/** The unconnected students of the year, sorted by name, with where they went. */
export function unconnectedOf(view: YearView): { readonly count: number; readonly withKnownAdult: number; readonly students: readonly UnconnectedStudent[] } {
  const { school, yearId } = view;
  const connected = new Set<string>();
  // staff id → how they know the student, per student (the strongest kind kept).
  const known = new Map<string, Map<string, Exclude<KnownBy, null>>>();
  const know = (studentId: string, staffId: string, kind: Exclude<KnownBy, null>): void => {
    let m = known.get(studentId);
    if (!m) known.set(studentId, (m = new Map()));
    const before = m.get(staffId);
    if (!before || strength[kind] > strength[before]) m.set(staffId, kind);
  };
  for (const mark of Object.values(school.marks)) {
    const sessionYear = school.mappingSessions[mark.sessionId]?.yearId;
    if (sessionYear === undefined || sessionYear > yearId) continue;
    know(mark.studentId, mark.staffId, mark.kind);
    if (mark.kind === 'positive') connected.add(mark.studentId);
  }
  for (const named of Object.values(school.namedAdults)) {
    if (named.yearId > yearId) continue;
    know(named.studentId, named.staffId, 'named');
    connected.add(named.studentId);
  }
  for (const m of Object.values(school.mentors)) if (m.yearId === yearId && !m.endedOn) connected.add(m.studentId);
  const sponsored = new Set(Object.values(school.sponsorships).filter((sp) => sp.yearId === yearId).map((sp) => sp.clubId));
  for (const club of Object.values(school.clubs)) {
    if (!sponsored.has(club.id)) continue;
    for (const studentId of club.members[yearId] ?? []) connected.add(studentId);
  }
  const students: UnconnectedStudent[] = [];
  for (const s of view.enrolled) {
    if (connected.has(s.id)) continue;
    const groupId = view.groupOf.get(s.id);
    const adults = groupId === undefined ? [] : [view.advisors[groupId]?.lead, view.advisors[groupId]?.co];
    let knownBy: KnownBy = null;
    for (const staffId of adults) {
      const kind = staffId ? known.get(s.id)?.get(staffId) : undefined;
      if (kind && (knownBy === null || strength[kind] > strength[knownBy])) knownBy = kind;
    }
    students.push({ studentId: s.id, name: view.name(s.id), group: groupId === undefined ? null : view.ref(groupId), knownBy });
  }
  students.sort((a, b) => a.name.localeCompare(b.name) || a.studentId.localeCompare(b.studentId));
  return { count: students.length, withKnownAdult: students.filter((s) => s.knownBy !== null).length, students };
}
