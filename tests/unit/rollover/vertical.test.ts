/** Vertical (mixed-grade) schools: every group continues; new groups only when seats are short, and said. */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/domain/commands';
import { applyCommand } from '../../../shared/domain/reducer';
import type { School } from '../../../shared/domain/types';
import { planRollover } from '../../../shared/planner/rollover';
import { NEXT, Y, rolloverSchool, setStaff } from './fixture';

const vertical = (school: School): School => ({ ...school, info: { ...school.info, policy: { ...school.info.policy, grouping: 'vertical' } } });

describe('planRollover, vertical groups', () => {
  it('keeps every group (seniors leave, new students join) and adds no group when seats suffice', () => {
    const { school, incoming } = rolloverSchool();
    const plan = planRollover(vertical(school), Y, NEXT, { seed: 3, iterations: 2000 });
    expect(plan.leftGroups).toEqual([]);
    expect(plan.newGroups).toEqual([]);
    expect(plan.placedNew).toBe(incoming.length);
    expect(plan.moves).toEqual([]);
    expect(plan.graduated).toBe(10);
  });

  it('adds groups led by free adults when seats are short, and says so', () => {
    const { school, incoming } = rolloverSchool((s) => {
      for (const id of ['T1', 'T2', 'T3']) setStaff(s, id, { maxAdvisees: 12 });
    });
    const plan = planRollover(vertical(school), Y, NEXT, { seed: 3, iterations: 2000 });
    expect(plan.newGroups).toHaveLength(1);
    expect(plan.newGroups[0]?.groupId).toBe('g-v2027-1');
    expect(plan.newGroups[0]?.classOf).toBeUndefined();
    expect(plan.newGroups[0]?.name).toMatch(/^\S+ advisory$/);
    expect(plan.feasibility.map((p) => p.message)).toContain('2027–28 has 44 students but the continuing groups seat only 36: added 1 new group.');
    expect(plan.unplaced).toEqual([]);
    expect(plan.placedNew).toBe(incoming.length);
    expect(plan.returningStayed).toBe(24);
    const after = applyCommand(vertical(school), plan.command as Command).school;
    expect(after.groups['g-v2027-1']?.lastYearId).toBeUndefined();
  });
});
