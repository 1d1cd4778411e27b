/**
 * Hand-made one-year vertical schools for planner tests that need an exact situation: groups G0…
 * led by T0…, students 1000… with attribute flags (bit 0 female, 1 economically disadvantaged,
 * 2 IEP/504, 3 English learner), placements (locked ones become locks), soft rules and marks.
 */
import { emptySchool } from '../../../../shared/domain/defaults';
import type { AdvisoryGroup, Placement, RelationshipMark, Rule, School, Staff, Student } from '../../../../shared/domain/types';
import { PREV, YEAR } from './random-school';

export type TinySpec = {
  readonly groups: number;
  readonly hardMax: number;
  readonly flags: readonly number[];
  /** Student index → group index, locked. */
  readonly locked?: Readonly<Record<number, number>>;
  /** Soft keep-together rules, as student indices. */
  readonly together?: readonly (readonly number[])[];
  /** "Could build" marks: student index → the group index whose lead made it. */
  readonly couldBuild?: Readonly<Record<number, number>>;
  /** Last year's placements (student index → group index); the groups then ran last year too, with the same leads. */
  readonly previous?: Readonly<Record<number, number>>;
};

export const studentId = (i: number): string => String(1000 + i);

export function tinySchool(spec: TinySpec): School {
  const staff: Staff[] = Array.from({ length: spec.groups }, (_, i) => ({
    id: `T${i}`, firstName: 'Ada', lastName: `Teach${i}`, email: `t${i}@x.example`, department: 'Math', role: 'teacher', availability: {},
    maxAdvisees: spec.hardMax, maxClubs: 2, baseSalary: 50_000, yearsOfService: 3,
  }));
  const first = spec.previous ? PREV : YEAR;
  const groups: AdvisoryGroup[] = staff.map((t, g) => ({
    id: `G${g}`, name: `Group ${g}`, room: '1', targetSize: spec.hardMax, advisors: { [first]: { lead: t.id, co: null }, [YEAR]: { lead: t.id, co: null } }, firstYearId: first,
  }));
  const prev: Record<string, Placement> = {};
  for (const [i, g] of Object.entries(spec.previous ?? {})) prev[studentId(Number(i))] = { studentId: studentId(Number(i)), groupId: `G${g}`, locked: false, origin: 'plan' };
  const students: Student[] = spec.flags.map((f, i) => ({
    id: studentId(i), firstName: `Kid${i}`, lastName: 'Family', classOf: 2027, gender: f & 1 ? 'female' : 'male',
    flags: { economicallyDisadvantaged: (f & 2) !== 0, iep504: (f & 4) !== 0, englishLearner: (f & 8) !== 0 }, tags: [], enteredYearId: first,
  }));
  const now: Record<string, Placement> = {};
  for (const [i, g] of Object.entries(spec.locked ?? {})) now[studentId(Number(i))] = { studentId: studentId(Number(i)), groupId: `G${g}`, locked: true, origin: 'hand' };
  const rules: Rule[] = (spec.together ?? []).map((ids, k) => ({
    id: `R${k}`, kind: 'keep-together', studentIds: ids.map(studentId), strength: 'soft', reason: 'friends', author: 't', createdAt: '2026-01-01T00:00:00.000Z',
  }));
  const marks: RelationshipMark[] = Object.entries(spec.couldBuild ?? {}).map(([i, g], k) => ({
    id: `M${k}`, staffId: `T${g}`, studentId: studentId(Number(i)), kind: 'could-build', date: '2026-01-10', sessionId: 'S1',
  }));
  const base = emptySchool('Tiny', YEAR, '2026-01-01T00:00:00.000Z', 'tiny');
  const byId = <T extends { readonly id: string }>(xs: readonly T[]): Record<string, T> => Object.fromEntries(xs.map((x) => [x.id, x]));
  return {
    ...base,
    info: { ...base.info, policy: { ...base.info.policy, grouping: 'vertical', grades: ['12'], hardMax: spec.hardMax } },
    students: byId(students), staff: byId(staff), groups: byId(groups), rules: byId(rules), marks: byId(marks),
    mappingSessions: { S1: { id: 'S1', name: 'Winter', date: '2026-01-10', yearId: YEAR } },
    placements: spec.previous ? { [PREV]: prev, [YEAR]: now } : { [YEAR]: now },
  };
}
