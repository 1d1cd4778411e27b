/** The planner's behaviour on hand-made and generated schools: continuity, reasons, re-plans, four years. */
import { describe, expect, it } from 'vitest';
import { plannerSchool, PLAN_YEARS } from '../../../bench/planner-instances';
import type { Rule, School } from '../../../shared/domain/types';
import { defaultWeights, planYear, planYears } from '../../../shared/planner';
import { group, placement, smallSchool, staff, student, YEAR } from '../helpers/school';
import { studentId, tinySchool } from './support/tiny-school';

const PREV = '2025-26';

/** 6 returning students: 3 were with T1 (G1), 3 with T2 (G2); T2 is on leave this year. */
function loopingSchool(): School {
  const base = smallSchool();
  const ids = ['000101', '000102', '000103', '000104', '000105', '000106'];
  const both = (id: string, lead: string) => group(id, lead, { advisors: { [PREV]: { lead, co: null }, [YEAR]: { lead, co: null } }, firstYearId: PREV });
  return {
    ...base,
    students: Object.fromEntries(ids.map((id) => [id, student(id)])),
    staff: { ...base.staff, T2: staff('T2', { availability: { [YEAR]: 'on-leave' }, lastName: 'Rivera' }) },
    groups: { G1: both('G1', 'T1'), G2: both('G2', 'T2'), G3: group('G3', 'T3') },
    placements: { [PREV]: Object.fromEntries(ids.map((id, i) => [id, placement(id, i < 3 ? 'G1' : 'G2')])) },
  };
}

describe('planYear', () => {
  it('keeps returning students with their advisor and says why the others moved', () => {
    const result = planYear(loopingSchool(), { yearId: YEAR, seed: 1, mode: 'fresh' });
    for (const id of ['000101', '000102', '000103']) expect(result.placements[id]).toBe('G1');
    const broken = result.findings.filter((f) => f.kind === 'continuity-broken');
    expect(broken).toHaveLength(3);
    expect(broken[0]?.message).toMatch(/leaves Advisory G2 for Advisory G[13]: FirstT2 Rivera is on leave in 2026–27\./);
    expect(result.moves.map((m) => m.studentId).sort()).toEqual(['000104', '000105', '000106']);
    expect(result.moves[0]?.reason).toBe('FirstT2 Rivera is on leave in 2026–27');
    expect(result.stats.continuityPercent).toBe(50);
  });

  it('says once per group that its returning students stay with a new advisor', () => {
    const s = loopingSchool();
    const g1 = s.groups['G1'];
    if (!g1) throw new Error('expected G1');
    // G1's lead changes from T1 to T3 this year; its three students stay in it.
    const school: School = { ...s, groups: { ...s.groups, G1: { ...g1, advisors: { ...g1.advisors, [YEAR]: { lead: 'T3', co: null } } } } };
    const result = planYear(school, { yearId: YEAR, seed: 1, mode: 'fresh' });
    for (const id of ['000101', '000102', '000103']) expect(result.placements[id]).toBe('G1');
    const broken = result.findings.filter((f) => f.kind === 'continuity-broken');
    expect(broken.filter((f) => f.message.includes('new advisor'))).toEqual([
      {
        kind: 'continuity-broken',
        message: '3 returning students stay in Advisory G1, which continues with a new advisor (FirstT1 LastT1 → FirstT3 LastT3): First000101 Last000101, First000102 Last000102 and First000103 Last000103.',
        studentIds: ['000101', '000102', '000103'],
        groupIds: ['G1'],
      },
    ]);
  });

  it('says why a group’s mix stays far from the school’s: its students are locked there, or return with their advisor', () => {
    // 12 students, six girls (flag 1) and six boys, two groups of six seats: the girls all sit in G0.
    const flags = [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
    const inG0 = Object.fromEntries(flags.map((_, i) => [i, i < 6 ? 0 : 1]));
    const mixOf = (school: School): string[] =>
      planYear(school, { yearId: YEAR, seed: 1, mode: 'fresh' })
        .findings.filter((f) => f.kind === 'mix-outside-band' && f.groupIds[0] === 'G0')
        .map((f) => f.message);
    expect(mixOf(tinySchool({ groups: 2, hardMax: 6, flags, locked: inG0 }))).toEqual([
      'Group 0 has 6 of 6 students female (100%), against 50% school-wide: all 6 of its students are locked in it.',
    ]);
    expect(mixOf(tinySchool({ groups: 2, hardMax: 6, flags, previous: inG0 }))).toEqual([
      'Group 0 has 6 of 6 students female (100%), against 50% school-wide: all 6 of its students return with their advisor, and keeping them together comes first.',
    ]);
    // Grade-level groups: the class of 2029 is all girls, the class of 2028 all boys; each class has one group.
    const base = smallSchool();
    const kids = Array.from({ length: 12 }, (_, i) => student(String(200101 + i), { classOf: i < 6 ? 2029 : 2028, gender: i < 6 ? 'female' : 'male' }));
    const classes: School = { ...base, students: Object.fromEntries(kids.map((k) => [k.id, k])), groups: { G1: group('G1', 'T1'), G2: group('G2', 'T2', { classOf: 2028 }) }, placements: {} };
    const classMix = planYear(classes, { yearId: YEAR, seed: 1, mode: 'fresh' }).findings.filter((f) => f.kind === 'mix-outside-band' && f.groupIds[0] === 'G1');
    expect(classMix.map((f) => f.message)).toEqual([
      'Advisory G1 has 6 of 6 students female (100%), against 50% school-wide: the class of 2029 is 100% female, and its groups take students of that class only.',
    ]);
  });

  it('explains an unmet soft rule', () => {
    const s = loopingSchool();
    // Two students who both return to G1 should be apart (soft): continuity outweighs the rule.
    const rule: Rule = { id: 'R1', kind: 'keep-apart', studentIds: ['000101', '000102'], strength: 'soft', reason: 'r', author: 'a', createdAt: '2026-01-01T00:00:00.000Z' };
    const result = planYear({ ...s, rules: { R1: rule } }, { yearId: YEAR, seed: 1, mode: 'fresh', weights: { rules: defaultWeights.continuity - 1 } });
    const finding = result.findings.find((f) => f.kind === 'soft-rule-unmet');
    expect(finding?.ruleId).toBe('R1');
    expect(finding?.message).toContain('should be kept apart but are both in Advisory G1');
  });

  it('lists an unconnected student as a shortfall only when an adult who knows them could have had them', () => {
    // Nobody here has a connected adult. Kid0 was marked by T1 and has a seat in G1; Kid1 was
    // marked by T2, whose group is full of locked students; the other five were marked by nobody.
    const school = tinySchool({ groups: 3, hardMax: 3, flags: [0, 0, 0, 0, 0, 0, 0], locked: { 2: 2, 3: 2, 4: 2 }, couldBuild: { 0: 1, 1: 2 } });
    const result = planYear(school, { yearId: YEAR, seed: 1, mode: 'fresh' });
    expect(result.placements[studentId(0)]).toBe('G1');
    const found = result.findings.filter((f) => f.kind === 'no-connected-adult');
    expect(found.map((f) => f.studentIds)).toEqual([[studentId(1)], [2, 3, 4, 5, 6].map(studentId)]);
    expect(found[0]?.message).toMatch(/^Kid1 Family has no connected adult and is placed in Group [01] with Ada Teach[01]; an adult who knows them advises Group 2, but Group 2 is full/);
    expect(found[1]?.message).toBe(
      '5 students have no connected adult, and no adult who marked them or whom they named advises a group they may join in 2026–27 (Kid2 Family, Kid3 Family, Kid4 Family and 2 more). A relationship-mapping session can find them one.',
    );
  });

  it('reports progress in at most ~50 calls, ending at done', () => {
    const calls: [number, number, string][] = [];
    planYear(plannerSchool({ students: 300, groups: 24, grouping: 'grade-cohort', seed: 3 }), { yearId: YEAR, seed: 1, mode: 'fresh' }, (d, t, p) => calls.push([d, t, p]));
    expect(calls.length).toBeLessThanOrEqual(50);
    expect(calls.at(-1)?.[2]).toBe('done');
    expect(calls.at(-1)?.[0]).toBe(calls.at(-1)?.[1]);
  });

  it('re-plans after one hand move by moving under 1% of students', () => {
    const school = plannerSchool({ students: 1500, groups: 120, grouping: 'grade-cohort', seed: 5 });
    const first = planYear(school, { yearId: YEAR, seed: 1, mode: 'fresh' });
    const current = school.placements[YEAR] ?? {};
    const placements = Object.fromEntries(Object.entries(first.placements).map(([id, g]) => [id, current[id] ?? placement(id, g)]));
    const [moved, from] = Object.entries(first.placements).find(([id]) => !current[id]?.locked) ?? ['', ''];
    const to = Object.values(first.placements).find((g) => g !== from && school.groups[g]?.classOf === school.groups[from]?.classOf) ?? from;
    placements[moved] = { ...placement(moved, to), locked: true };
    const edited: School = { ...school, placements: { ...school.placements, [YEAR]: placements } };
    const again = planYear(edited, { yearId: YEAR, seed: 1, mode: 'replan' });
    expect(again.placements[moved]).toBe(to);
    expect(again.hardViolations).toBe(0);
    expect(again.moves.length).toBeLessThan(15);
    expect(again.objective.total).toBeLessThanOrEqual(first.objective.total + defaultWeights.continuity + 60);
  });
});

describe('planYears', () => {
  it('plans four years in order, each year keeping the last one’s groups', () => {
    const school = plannerSchool({ students: 400, groups: 32, grouping: 'grade-cohort', seed: 2 });
    const results = planYears(school, PLAN_YEARS, { seed: 1, mode: 'fresh', iterations: 4000 });
    expect(results.map((r) => r.yearId)).toEqual([...PLAN_YEARS]);
    for (const r of results) {
      expect(r.hardViolations).toBe(0);
      expect(r.unplaced).toEqual([]);
    }
    // From the second year on, continuity feeds from the plan itself: nearly everyone stays.
    for (const r of results.slice(1)) expect(r.stats.continuityPercent).toBeGreaterThan(90);
    const second = results[1];
    const first = results[0];
    const returning = Object.keys(second?.placements ?? {}).filter((id) => first?.placements[id]);
    const stayed = returning.filter((id) => second?.placements[id] === first?.placements[id]);
    expect(stayed.length / returning.length).toBeGreaterThan(0.9);
  });
});
