/** planRollover on small hand-made schools: orphans move intact, graduates leave, new students placed, locks kept, one undoable batch. */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/domain/commands';
import { applyCommand } from '../../../shared/domain/reducer';
import type { Placement, School } from '../../../shared/domain/types';
import { planRollover } from '../../../shared/planner/rollover';
import type { RolloverPlan } from '../../../shared/planner/rollover';
import { deepFreeze } from '../helpers/school';
import { NEXT, Y, rolloverSchool, setStaff, withMarks } from './fixture';

const roll = (school: School, seed = 1): RolloverPlan => planRollover(deepFreeze(school), Y, NEXT, { seed, iterations: 3000 });

function applied(school: School, plan: RolloverPlan): School {
  expect(plan.command?.type).toBe('batch');
  return applyCommand(school, plan.command as Command).school;
}

const groupIn = (school: School, studentId: string, yearId = NEXT): string | undefined => school.placements[yearId]?.[studentId]?.groupId;

describe('planRollover: orphan groups move intact', () => {
  it('gives a departing lead’s group to its co-advisor, every student kept together', () => {
    const { school, groupA } = rolloverSchool((s) => {
      setStaff(s, 'T2', { availability: { [Y]: 'leaving' } });
    });
    const plan = roll(school);
    const after = applied(school, plan);
    expect(after.groups['GA']?.advisors[NEXT]).toEqual({ lead: 'T5', co: null });
    for (const s of groupA) expect(groupIn(after, s.id)).toBe('GA');
    const change = plan.advisorChanges.find((c) => c.groupId === 'GA');
    expect(change?.from).toEqual({ lead: 'T2', co: 'T5' });
    expect(change?.reason).toMatch(/leaves the school after this year; co-advisor .* now leads it/);
    expect(plan.moves.filter((m) => m.from === 'GA')).toEqual([]);
  });

  it('without a co-advisor, gives the group to the free adult who knows most of its students', () => {
    const fx = rolloverSchool((s) => {
      setStaff(s, 'T3', { availability: { [NEXT]: 'on-leave' } });
    });
    let school = withMarks(fx.school, 'T7', fx.groupB.slice(0, 1));
    school = withMarks(school, 'T6', fx.groupB.slice(0, 4));
    const plan = roll(school);
    const after = applied(school, plan);
    expect(after.groups['GB']?.advisors[NEXT]?.lead).toBe('T6');
    for (const s of fx.groupB) expect(groupIn(after, s.id)).toBe('GB');
    expect(plan.advisorChanges.find((c) => c.groupId === 'GB')?.reason).toMatch(/on leave in 2027–28; .* takes the group on intact \(knows 4 of its students\)/);
  });

  it('reports an orphan group with no free adult in words, and keeps its students together', () => {
    // Everyone who could take the group already leads one, is a coach, or is away.
    const { school, groupB } = rolloverSchool((s) => {
      for (const id of ['T1', 'T4', 'T5', 'T6', 'T7', 'T8']) setStaff(s, id, { availability: { [NEXT]: 'on-leave' } });
      setStaff(s, 'T3', { leftAfterYearId: Y });
    });
    const plan = roll(school);
    const problem = plan.feasibility.find((p) => p.kind === 'no-free-adult');
    expect(problem?.message).toMatch(/^No free adult for Chen advisory, class of 2029 \(12 students\): every available adult already leads a group\..*Free an adult or merge groups/);
    expect(problem?.groupIds).toEqual(['GB']);
    const after = applied(school, plan);
    expect(after.groups['GB']?.advisors[NEXT]).toEqual({ lead: null, co: null });
    for (const s of groupB) expect(groupIn(after, s.id)).toBe('GB');
    expect(plan.summary).toMatch(/problems? needs? a decision/);
  });
});

describe('planRollover: the year turns over', () => {
  it('graduates seniors, gives the incoming class new groups, keeps returning students in place', () => {
    const { school, seniors, incoming, groupA, groupB } = rolloverSchool();
    const plan = roll(school);
    const after = applied(school, plan);
    expect(plan.graduated).toBe(seniors.length);
    expect(plan.leftGroups).toEqual([{ groupId: 'GS', reason: 'Okafor advisory, class of 2027 ended (class graduated)' }]);
    expect(after.groups['GS']?.lastYearId).toBe(Y);
    for (const s of seniors) expect(groupIn(after, s.id)).toBeUndefined();
    // 20 incoming students, at most 15 a group: two new groups, the graduating seniors' adult loops back first.
    expect(plan.newGroups.map((g) => g.groupId)).toEqual(['g-2031-1', 'g-2031-2']);
    expect(plan.newGroups[0]).toMatchObject({ name: 'Okafor advisory, class of 2031', classOf: 2031, lead: 'T1' });
    expect(after.groups['g-2031-1']).toMatchObject({ firstYearId: NEXT, lastYearId: '2030-31', targetSize: 15, classOf: 2031 });
    for (const s of incoming) expect(['g-2031-1', 'g-2031-2']).toContain(groupIn(after, s.id));
    expect(plan.placedNew).toBe(incoming.length);
    expect(plan.returningStayed).toBe(groupA.length + groupB.length);
    expect(plan.moves).toEqual([]);
    expect(plan.unplaced).toEqual([]);
    expect(plan.summary).toMatch(/^2027–28: 20 new students placed \(2 new groups\), 0 groups get a new advisor, all 24 returning students stay with their group\. 10 seniors graduate; 1 group ends\.$/);
  });

  it('places the students of a group the scheduler ended elsewhere, says why, and reports missing seats', () => {
    const { school, groupB } = rolloverSchool((s) => setStaff(s, 'T5', { availability: { [NEXT]: 'on-leave' } }));
    const ended: School = { ...school, groups: { ...school.groups, GB: { ...(school.groups['GB'] as School['groups'][string]), lastYearId: Y } } };
    const plan = roll(ended);
    expect(plan.leftGroups).toContainEqual({ groupId: 'GB', reason: 'Chen advisory, class of 2029 ended (its last year was 2026–27)' });
    // GA (lead T2, at most 18) is the only group of the class of 2029 left: 6 of the 24 cannot be placed.
    expect(plan.moves).toHaveLength(6);
    for (const m of plan.moves) expect(m).toMatchObject({ from: 'GB', to: 'GA', reason: 'Chen advisory, class of 2029 ended (its last year was 2026–27)' });
    expect(plan.unplaced).toHaveLength(6);
    for (const u of plan.unplaced) expect(groupB.map((s) => s.id)).toContain(u.studentId);
    expect(plan.feasibility.some((p) => p.kind === 'too-few-seats' && /class of 2029\) has 24 students in 2027–28 but its 1 groups? seats? only 18/.test(p.message))).toBe(true);
    // GA's co-advisor is on leave next year: the lead stays, the co is dropped, and it is said.
    expect(plan.advisorChanges.find((c) => c.groupId === 'GA')).toMatchObject({ to: { lead: 'T2', co: null }, reason: expect.stringMatching(/co-advisor .* is on leave in 2027–28/) });
  });

  it('never moves a locked Y+1 placement, and says why that student changed group', () => {
    const { school, groupA } = rolloverSchool();
    const mover = groupA[0]?.id ?? '';
    const lock: Placement = { studentId: mover, groupId: 'GB', locked: true, origin: 'hand' };
    const locked: School = { ...school, placements: { ...school.placements, [NEXT]: { [mover]: lock } } };
    const plan = roll(locked);
    const touches = (plan.command?.type === 'batch' ? plan.command.commands : []).filter((c) => c.type === 'setPlacement' && c.studentId === mover);
    expect(touches).toEqual([]);
    expect(applied(locked, plan).placements[NEXT]?.[mover]).toBe(lock);
    expect(plan.moves).toEqual([{ studentId: mover, from: 'GA', to: 'GB', reason: 'locked in Chen advisory, class of 2029 for 2027–28' }]);
  });

  it('moves a returning student only when a hard rule forces it, with the rule as the reason', () => {
    const { school, groupA } = rolloverSchool();
    const [a, b] = [groupA[0]?.id ?? '', groupA[1]?.id ?? ''];
    const rule = { id: 'R1', kind: 'keep-apart' as const, studentIds: [a, b], strength: 'hard' as const, reason: 'Conflict', author: 'Dean', createdAt: '2026-09-01T12:00:00.000Z' };
    const plan = roll({ ...school, rules: { R1: rule } });
    expect(plan.moves).toHaveLength(1);
    expect(plan.moves[0]?.from).toBe('GA');
    expect(plan.moves[0]?.to).toBe('GB');
    expect(plan.moves[0]?.reason).toMatch(/hard rule keeps them apart from/);
    expect(plan.returningStayed).toBe(23);
  });

  it('applies as one batch whose inverse gives the school back exactly (year created when missing)', () => {
    const { school } = rolloverSchool((s) => {
      setStaff(s, 'T2', { availability: { [Y]: 'leaving' } });
    });
    const years = { [Y]: school.years[Y] } as School['years'];
    for (const start of [school, { ...school, years }]) {
      const plan = roll(start);
      const { school: after, inverse } = applyCommand(start, plan.command as Command);
      expect(after.years[NEXT]).toBeDefined();
      expect(applyCommand(after, inverse).school).toStrictEqual(start);
    }
  });

  it('is deterministic: the same seed gives the same plan', () => {
    const { school } = rolloverSchool((s) => {
      setStaff(s, 'T3', { availability: { [NEXT]: 'on-leave' } });
    });
    const strip = (p: RolloverPlan): unknown => ({ ...p, plan: p.plan && { ...p.plan, stats: { ...p.plan.stats, constructMs: 0, searchMs: 0 } } });
    expect(strip(roll(school, 9))).toEqual(strip(roll(school, 9)));
  });

  it('reports progress on a 0–100 scale, in order, ending at 100', () => {
    const seen: number[] = [];
    planRollover(rolloverSchool().school, Y, NEXT, { seed: 1, iterations: 500 }, (done, total, phase) => {
      expect(total).toBe(100);
      expect(phase).toMatch(/^rollover: /);
      seen.push(done);
    });
    expect(seen.at(-1)).toBe(100);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('refuses a rollover that skips a year, in words', () => {
    const plan = planRollover(rolloverSchool().school, Y, '2028-29', { seed: 1 });
    expect(plan.command).toBeNull();
    expect(plan.feasibility[0]?.message).toMatch(/2028–29 does not follow 2026–27/);
  });
});
