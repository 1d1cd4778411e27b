/** A 4,000-student school rolled over: its summary reads the way the app shows counts ("1,000", not "1000"). */
import { describe, expect, it } from 'vitest';
import { PLAN_YEARS, plannerSchool } from '../../../bench/planner-instances';
import type { Placement } from '../../../shared/domain/types';
import { planYear } from '../../../shared/planner';
import { planRollover } from '../../../shared/planner/rollover';

describe('planRollover on a 4,000-student school', () => {
  it('says its counts with thousands separators', () => {
    const [from, to] = PLAN_YEARS;
    const school = plannerSchool({ students: 4000, groups: 250, grouping: 'vertical', seed: 7 });
    const planned = planYear(school, { yearId: from, seed: 1, mode: 'fresh' });
    const placements: Record<string, Placement> = {};
    for (const [studentId, groupId] of Object.entries(planned.placements)) placements[studentId] = { studentId, groupId, locked: false, origin: 'plan' };
    const plan = planRollover({ ...school, placements: { ...school.placements, [from]: placements } }, from, to, { seed: 2026 });
    expect(plan.placedNew).toBe(1000);
    expect(plan.summary).toContain('1,000 new students placed');
    expect(plan.summary).toContain('all 3,000 returning students stay with their group');
    expect(plan.summary).toContain('1,000 seniors graduate');
  });
});
