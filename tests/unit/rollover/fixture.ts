/**
 * A small grade-cohort school for rollover tests, rolling 2026-27 → 2027-28:
 * - seniors (class of 2027): GS led by T1, 10 students (they graduate; T1 is free to loop back);
 * - class of 2029: GA led by T2 with co-advisor T5, GB led by T3, 12 students each;
 * - incoming class of 2031: 20 students entering 2027-28;
 * - T4, T6, T7, T8 advise no group (free adults); T9 is a coach.
 */
import { emptySchool } from '../../../shared/domain/defaults';
import type { AdvisoryGroup, Placement, RelationshipMark, School, Staff, Student } from '../../../shared/domain/types';
import { group, staff, student } from '../helpers/school';

export const Y = '2026-27';
export const NEXT = '2027-28';

const pad = (n: number): string => String(n).padStart(6, '0');

/** Students `first`…`first+count-1` (ids zero-padded) of one class. */
export function cohort(first: number, count: number, classOf: number, enteredYearId: string): Student[] {
  return Array.from({ length: count }, (_, i) => student(pad(first + i), { classOf, enteredYearId, gender: i % 2 ? 'male' : 'female' }));
}

const byId = <T extends { readonly id: string }>(items: readonly T[]): Record<string, T> => Object.fromEntries(items.map((x) => [x.id, x]));

function placed(students: readonly Student[], groupId: string): Record<string, Placement> {
  return Object.fromEntries(students.map((s) => [s.id, { studentId: s.id, groupId, locked: false, origin: 'import' as const }]));
}

export type Fixture = {
  readonly school: School;
  readonly seniors: readonly Student[];
  readonly groupA: readonly Student[];
  readonly groupB: readonly Student[];
  readonly incoming: readonly Student[];
};

/** Changes one staff member of a fixture's staff record (for `tweak`). */
export function setStaff(people: Record<string, Staff>, id: string, patch: Partial<Staff>): void {
  const before = people[id];
  if (!before) throw new Error(`no staff ${id}`);
  people[id] = { ...before, ...patch };
}

/** The school above; `tweak` edits staff before it is built. */
export function rolloverSchool(tweak: (staff: Record<string, Staff>) => void = () => {}): Fixture {
  const base = emptySchool('Rollover High', Y, '2026-08-01T12:00:00.000Z', 'rollover');
  const seniors = cohort(100, 10, 2027, '2023-24');
  const groupA = cohort(200, 12, 2029, '2025-26');
  const groupB = cohort(300, 12, 2029, '2025-26');
  const incoming = cohort(400, 20, 2031, NEXT);
  const people: Record<string, Staff> = byId([
    staff('T1', { lastName: 'Okafor' }),
    staff('T2', { lastName: 'Rivera' }),
    staff('T3', { lastName: 'Chen', department: 'Science' }),
    staff('T4'),
    staff('T5', { role: 'counselor', department: 'Counseling' }),
    staff('T6'),
    staff('T7', { department: 'Science' }),
    staff('T8'),
    staff('T9', { role: 'coach', department: 'Athletics', maxAdvisees: 0 }),
  ]);
  tweak(people);
  const g = (id: string, lead: string, co: string | null, classOf: number, name: string): AdvisoryGroup =>
    group(id, lead, { name, classOf, advisors: { [Y]: { lead, co } }, firstYearId: '2025-26' });
  return {
    school: {
      ...base,
      students: byId([...seniors, ...groupA, ...groupB, ...incoming]),
      staff: people,
      groups: byId([g('GS', 'T1', null, 2027, 'Okafor advisory, class of 2027'), g('GA', 'T2', 'T5', 2029, 'Rivera advisory, class of 2029'), g('GB', 'T3', null, 2029, 'Chen advisory, class of 2029')]),
      placements: { [Y]: { ...placed(seniors, 'GS'), ...placed(groupA, 'GA'), ...placed(groupB, 'GB') } },
    },
    seniors,
    groupA,
    groupB,
    incoming,
  };
}

/** Positive marks from `staffId` on the given students (with the mapping session they need). */
export function withMarks(school: School, staffId: string, students: readonly Student[]): School {
  const session = { id: 'MS1', name: 'Fall mapping', date: '2026-10-01', yearId: Y };
  const marks: Record<string, RelationshipMark> = { ...school.marks };
  for (const s of students) {
    const id = `M-${staffId}-${s.id}`;
    marks[id] = { id, staffId, studentId: s.id, kind: 'positive', date: session.date, sessionId: session.id };
  }
  return { ...school, mappingSessions: { ...school.mappingSessions, MS1: session }, marks };
}
