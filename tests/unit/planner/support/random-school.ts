/**
 * Small random schools for the planner's property tests, feasible by construction: enough seats
 * per class, locks below each group's seats, hard keep-apart pairs in classes with several groups,
 * hard keep-together pairs of free students, hard staff rules that some allowed group satisfies.
 */
import { emptySchool } from '../../../../shared/domain/defaults';
import { createRandom } from '../../../../shared/demo/random';
import type { AdvisoryGroup, Placement, RelationshipMark, Rule, School, Staff, Student } from '../../../../shared/domain/types';

export const YEAR = '2026-27';
export const PREV = '2025-26';

export type RandomSchoolSpec = { readonly seed: number; readonly students: number; readonly groups: number; readonly vertical: boolean };

/** A small feasible school for one year. */
export function randomSchool(spec: RandomSchoolSpec): School {
  const r = createRandom(spec.seed);
  const classes = spec.vertical ? [2027, 2028] : [2027, 2028];
  const groupClass = (g: number): number => (classes[g % 2] as number);
  const perGroup = Math.ceil(spec.students / spec.groups);
  const hardMax = perGroup + 3;
  const staff: Staff[] = Array.from({ length: spec.groups + 3 }, (_, i) => ({
    id: `T${i}`, firstName: `Ada${i}`, lastName: `Teach${i}`, email: `t${i}@x.example`, department: 'Math', role: 'teacher', availability: {},
    maxAdvisees: hardMax, maxClubs: 2, baseSalary: 50_000, yearsOfService: 3,
  }));
  const groups: AdvisoryGroup[] = Array.from({ length: spec.groups }, (_, g) => ({
    id: `G${g}`, name: `Group ${g}`, room: '1', targetSize: r.chance(0.2) ? 10 : 15,
    ...(spec.vertical ? {} : { classOf: groupClass(g) }),
    advisors: { [PREV]: { lead: `T${g}`, co: null }, [YEAR]: { lead: r.chance(0.15) ? `T${spec.groups}` : `T${g}`, co: r.chance(0.2) ? `T${spec.groups + 1}` : null } },
    firstYearId: PREV,
  }));
  // Students: class sizes proportional to the class's groups, so seats always suffice.
  const students: Student[] = [];
  for (let i = 0; i < spec.students; i++) {
    const g = i % spec.groups;
    students.push({
      id: String(1000 + i), firstName: `Kid${i}`, lastName: `Family${i % 7}`, classOf: spec.vertical ? (classes[i % 2] as number) : groupClass(g),
      gender: r.chance(0.5) ? 'female' : 'male', flags: { economicallyDisadvantaged: r.chance(0.5), iep504: r.chance(0.15), englishLearner: r.chance(0.1) },
      tags: [], enteredYearId: PREV,
    });
  }
  const allowed = (s: Student): AdvisoryGroup[] => groups.filter((g) => spec.vertical || g.classOf === s.classOf);
  const prev: Record<string, Placement> = {};
  const now: Record<string, Placement> = {};
  const lockedIn = new Map<string, number>();
  for (const s of students) {
    if (r.chance(0.6)) prev[s.id] = { studentId: s.id, groupId: r.pick(allowed(s)).id, locked: false, origin: 'plan' };
    if (r.chance(0.1)) {
      const g = r.pick(allowed(s));
      if ((lockedIn.get(g.id) ?? 0) < hardMax - 3) {
        lockedIn.set(g.id, (lockedIn.get(g.id) ?? 0) + 1);
        now[s.id] = { studentId: s.id, groupId: g.id, locked: true, origin: 'hand' };
      }
    }
  }
  const free = r.shuffle(students.filter((s) => !now[s.id]));
  const rules: Rule[] = [];
  const rule = (kind: Rule['kind'], ids: string[], strength: Rule['strength'], staffId?: string): void => {
    rules.push({ id: `R${rules.length}`, kind, studentIds: ids, strength, reason: `${kind} ${rules.length}`, author: 't', createdAt: '2026-01-01T00:00:00.000Z', ...(staffId ? { staffId } : {}) });
  };
  const take = (): Student | undefined => free.pop();
  const mate = (s: Student): Student | undefined => {
    const i = free.findIndex((x) => x.classOf === s.classOf);
    return i < 0 ? undefined : free.splice(i, 1)[0];
  };
  for (let k = 0; k < 2; k++) {
    const a = take();
    const b = a && mate(a);
    if (a && b && allowed(a).length >= 2) rule('keep-apart', [a.id, b.id], 'hard');
    const c = take();
    const d = c && mate(c);
    if (c && d) rule('keep-together', [c.id, d.id], r.chance(0.5) ? 'hard' : 'soft');
    const e = take();
    const f = e && mate(e);
    if (e && f) rule('keep-apart', [e.id, f.id], 'soft');
  }
  const p = take();
  if (p) rule('place-with-staff', [p.id], r.chance(0.5) ? 'hard' : 'soft', allowed(p)[0]?.advisors[YEAR]?.lead ?? undefined);
  const q = take();
  // Keep away from an adult who leads some, but not all, of the groups the student may join.
  const away = q ? allowed(q)[0]?.advisors[YEAR]?.lead : undefined;
  if (q && away && allowed(q).some((g) => g.advisors[YEAR]?.lead !== away && g.advisors[YEAR]?.co !== away)) rule('keep-away-from-staff', [q.id], r.chance(0.5) ? 'hard' : 'soft', away);
  const marks: RelationshipMark[] = [];
  for (const s of students) {
    if (r.chance(0.5)) marks.push({ id: `M${marks.length}`, staffId: r.pick(staff).id, studentId: s.id, kind: r.chance(0.5) ? 'positive' : 'could-build', date: '2025-10-01', sessionId: 'S1' });
  }
  const base = emptySchool('Random', YEAR, '2026-01-01T00:00:00.000Z', `random-${spec.seed}`);
  const byId = <T extends { readonly id: string }>(xs: readonly T[]): Record<string, T> => Object.fromEntries(xs.map((x) => [x.id, x]));
  return {
    ...base,
    info: { ...base.info, policy: { ...base.info.policy, grouping: spec.vertical ? 'vertical' : 'grade-cohort', grades: ['11', '12'], hardMax } },
    students: byId(students), staff: byId(staff), groups: byId(groups), rules: byId(rules), marks: byId(marks),
    mappingSessions: { S1: { id: 'S1', name: 'Fall', date: '2025-10-01', yearId: PREV } },
    placements: { [PREV]: prev, [YEAR]: now },
  };
}

/** Hard violations of a plan, checked straight from the school (independently of the planner). */
export function independentHardViolations(school: School, placements: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  const size = new Map<string, number>();
  for (const [sid, gid] of Object.entries(placements)) {
    size.set(gid, (size.get(gid) ?? 0) + 1);
    const g = school.groups[gid];
    const s = school.students[sid];
    if (!g || !s) out.push(`unknown ${sid}→${gid}`);
    else if (school.info.policy.grouping === 'grade-cohort' && g.classOf !== undefined && g.classOf !== s.classOf) out.push(`grade ${sid}`);
  }
  for (const [gid, n] of size) {
    const lead = school.groups[gid]?.advisors[YEAR]?.lead;
    const cap = Math.min(school.info.policy.hardMax, (lead ? school.staff[lead]?.maxAdvisees : undefined) ?? 99);
    if (n > cap) out.push(`seats ${gid}: ${n} > ${cap}`);
  }
  for (const p of Object.values(school.placements[YEAR] ?? {})) if (p.locked && placements[p.studentId] !== p.groupId) out.push(`lock ${p.studentId}`);
  for (const rule of Object.values(school.rules)) {
    if (rule.strength !== 'hard') continue;
    const gs = rule.studentIds.map((id) => placements[id]);
    const adults = (gid: string | undefined): (string | null | undefined)[] => [school.groups[gid ?? '']?.advisors[YEAR]?.lead, school.groups[gid ?? '']?.advisors[YEAR]?.co];
    if (rule.kind === 'keep-apart' && new Set(gs).size < gs.length) out.push(`apart ${rule.id}`);
    if (rule.kind === 'keep-together' && new Set(gs).size > 1) out.push(`together ${rule.id}`);
    if (rule.kind === 'place-with-staff' && gs.some((g) => !adults(g).includes(rule.staffId))) out.push(`with ${rule.id}`);
    if (rule.kind === 'keep-away-from-staff' && gs.some((g) => adults(g).includes(rule.staffId))) out.push(`away ${rule.id}`);
  }
  return out;
}
