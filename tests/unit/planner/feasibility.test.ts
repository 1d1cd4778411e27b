/** The feasibility check finds and names each kind of infeasibility (one hand-made school each). */
import { describe, expect, it } from 'vitest';
import type { Rule, School } from '../../../shared/domain/types';
import { checkFeasibility, planYear } from '../../../shared/planner';
import { group, placement, smallSchool, staff, student, YEAR } from '../helpers/school';

const rule = (id: string, kind: Rule['kind'], studentIds: string[], strength: Rule['strength'] = 'hard', staffId?: string): Rule => ({
  id, kind, studentIds, strength, reason: `reason ${id}`, author: 'test', createdAt: '2026-08-01T12:00:00.000Z', ...(staffId ? { staffId } : {}),
});

/** smallSchool with 4 students (class of 2029), 2 open groups (G1: T1, G2: T2) and hardMax 20. */
function school(patch: (s: School) => School = (s) => s): School {
  const base = smallSchool();
  return patch({ ...base, placements: {} });
}

const kinds = (s: School): string[] => checkFeasibility(s, YEAR).map((p) => p.kind);

describe('checkFeasibility', () => {
  it('finds nothing wrong with a plain school', () => {
    expect(checkFeasibility(school(), YEAR)).toEqual([]);
  });

  it('too-few-seats: more students than seats, overall and per class', () => {
    const s = school((x) => ({ ...x, info: { ...x.info, policy: { ...x.info.policy, hardMax: 1 } } }));
    const problems = checkFeasibility(s, YEAR);
    expect(problems.map((p) => p.kind)).toEqual(['too-few-seats', 'too-few-seats']);
    expect(problems[0]?.message).toBe('There are 4 students to place in 2026–27 but only 2 seats in the 2 open groups; 2 students cannot be placed.');
    expect(problems[1]?.message).toContain('Grade 10 (class of 2029) has 4 students');
  });

  it('apart-set-too-large: names the students and the groups', () => {
    const s = school((x) => ({ ...x, rules: { R1: rule('R1', 'keep-apart', ['000101', '000102', '000103']) } }));
    const [p] = checkFeasibility(s, YEAR);
    expect(p?.kind).toBe('apart-set-too-large');
    expect(p?.message).toBe('These 3 students must all be apart but there are only 2 groups they could be in (Advisory G1 and Advisory G2): First000101 Last000101, First000102 Last000102 and First000103 Last000103.');
    expect(p?.ruleIds).toEqual(['R1']);
  });

  it('together-and-apart: a pair both kept together and apart (hard)', () => {
    const s = school((x) => ({ ...x, rules: { R1: rule('R1', 'keep-together', ['000101', '000102']), R2: rule('R2', 'keep-apart', ['000101', '000102']) } }));
    const [p] = checkFeasibility(s, YEAR);
    expect(p?.kind).toBe('together-and-apart');
    expect(p?.message).toContain('First000101 Last000101 and First000102 Last000102 must be kept together');
    expect(p?.studentIds).toEqual(['000101', '000102']);
  });

  it('rule-staff-unavailable: on leave, leaving and gone adults in hard rules', () => {
    const s = school((x) => ({
      ...x,
      staff: {
        ...x.staff,
        T3: staff('T3', { availability: { [YEAR]: 'on-leave' } }),
        T4: staff('T4', { availability: { [YEAR]: 'leaving' } }),
        T5: staff('T5', { leftAfterYearId: '2025-26' }),
      },
      rules: { R1: rule('R1', 'place-with-staff', ['000101'], 'hard', 'T3'), R2: rule('R2', 'place-with-staff', ['000102'], 'hard', 'T4'), R3: rule('R3', 'keep-away-from-staff', ['000103'], 'hard', 'T5') },
    }));
    const problems = checkFeasibility(s, YEAR);
    expect(problems.map((p) => p.kind)).toEqual(['rule-staff-unavailable', 'rule-staff-unavailable', 'rule-staff-unavailable']);
    expect(problems[0]?.message).toBe('A hard rule says to place First000101 Last000101 with FirstT3 LastT3, but FirstT3 LastT3 is on leave in 2026–27.');
    expect(problems[1]?.message).toContain('FirstT4 LastT4 is leaving after 2026–27');
    expect(problems[2]?.message).toContain('FirstT5 LastT5 has left the school before 2026–27');
  });

  it('locked-over-maximum: locked students over a group’s seats', () => {
    const s = school((x) => ({
      ...x,
      staff: { ...x.staff, T1: staff('T1', { maxAdvisees: 2 }) },
      placements: { [YEAR]: Object.fromEntries(['000101', '000102', '000103'].map((id) => [id, { ...placement(id, 'G1'), locked: true }])) },
    }));
    const [p] = checkFeasibility(s, YEAR);
    expect(p?.kind).toBe('locked-over-maximum');
    expect(p?.message).toBe('3 students are locked in Advisory G1, but it seats at most 2: First000101 Last000101, First000102 Last000102 and First000103 Last000103. Unlock 1 of them.');
  });

  it('locked-outside-grade-policy: a student locked in a group of another class (grade-level groups); the plan stops there', () => {
    // 000105 and 000106 are in the class of 2028, which has its own group G3; both are locked in G1 (class of 2029).
    const lockedIn = (ids: string[]) =>
      school((x) => ({
        ...x,
        students: { ...x.students, '000105': student('000105', { classOf: 2028 }), '000106': student('000106', { classOf: 2028 }) },
        groups: { ...x.groups, G3: group('G3', 'T3', { classOf: 2028 }) },
        placements: { [YEAR]: Object.fromEntries(ids.map((id) => [id, { ...placement(id, 'G1'), locked: true }])) },
      }));
    const [one] = checkFeasibility(lockedIn(['000105']), YEAR);
    expect(one?.kind).toBe('locked-outside-grade-policy');
    expect(one?.message).toBe(
      'First000105 Last000105 (class of 2028) is locked in Advisory G1, a group for the class of 2029. Grade-level groups keep each class in its own groups: unlock them, or move them to a group of their class.',
    );
    expect([one?.studentIds, one?.groupIds]).toEqual([['000105'], ['G1']]);
    const [two] = checkFeasibility(lockedIn(['000105', '000106']), YEAR);
    expect(two?.message).toBe(
      '2 students of other classes are locked in Advisory G1, a group for the class of 2029: First000105 Last000105 (class of 2028) and First000106 Last000106 (class of 2028). Grade-level groups keep each class in its own groups: unlock them, or move them to a group of their class.',
    );
    expect(planYear(lockedIn(['000105']), { yearId: YEAR, seed: 1, mode: 'replan' }).problems.map((p) => p.kind)).toEqual(['locked-outside-grade-policy']);
    // Mixed-grade groups take every class: the same lock is fine.
    const vertical = lockedIn(['000105']);
    expect(checkFeasibility({ ...vertical, info: { ...vertical.info, policy: { ...vertical.info.policy, grouping: 'vertical' } } }, YEAR)).toEqual([]);
  });

  it('no-group-for-grade: a class with no open group (cohort)', () => {
    const s = school((x) => ({ ...x, students: { ...x.students, '000105': student('000105', { classOf: 2028 }) } }));
    const [p] = checkFeasibility(s, YEAR);
    expect(p?.kind).toBe('no-group-for-grade');
    expect(p?.message).toBe('No open group takes grade 11 (class of 2028) in 2026–27: its 1 student has nowhere to go.');
    expect(p?.studentIds).toEqual(['000105']);
  });

  it('no-groups: every group closed (its lead is on leave)', () => {
    const s = school((x) => ({ ...x, groups: { G1: group('G1', 'T3') }, staff: { ...x.staff, T3: staff('T3', { availability: { [YEAR]: 'on-leave' } }) } }));
    const [p] = checkFeasibility(s, YEAR);
    expect(kinds(s)).toEqual(['no-groups']);
    expect(p?.message).toContain('No advisory group is open in 2026–27, so none of the 4 students can be placed.');
    expect(p?.groupIds).toEqual(['G1']);
  });

  it('rule-names-missing: a rule naming a student who is not enrolled', () => {
    const s = school((x) => ({
      ...x,
      students: { ...x.students, '000199': student('000199', { left: { afterYearId: '2025-26', reason: 'transferred' } }) },
      rules: { R1: rule('R1', 'keep-apart', ['000101', '000199'], 'soft') },
    }));
    const [p] = checkFeasibility(s, YEAR);
    expect(p?.kind).toBe('rule-names-missing');
    expect(p?.message).toContain('names First000199 Last000199, who is not enrolled in 2026–27');
  });

  it('no-group-for-student: hard staff rules that rule out every group a student may join', () => {
    const s = school((x) => ({ ...x, rules: { R1: rule('R1', 'keep-away-from-staff', ['000101'], 'hard', 'T1'), R2: rule('R2', 'keep-away-from-staff', ['000101'], 'hard', 'T2') } }));
    const [p] = checkFeasibility(s, YEAR);
    expect(p?.kind).toBe('no-group-for-student');
    expect(p?.message).toBe('No open group may take First000101 Last000101 in 2026–27: the hard rules naming them (R1, R2) together rule out every group their grade may use.');
  });

  it('the planner still plans an infeasible year as far as it can, and says why', () => {
    const s = school((x) => ({ ...x, info: { ...x.info, policy: { ...x.info.policy, hardMax: 1 } } }));
    const result = planYear(s, { yearId: YEAR, seed: 1, mode: 'fresh' });
    expect(Object.keys(result.placements)).toHaveLength(2);
    expect(result.unplaced).toHaveLength(2);
    expect(result.unplaced[0]?.reason).toContain('full');
    expect(result.hardViolations).toBe(0);
    expect(result.problems.map((p) => p.kind)).toContain('too-few-seats');
  });
});
