/** The loose students by part, and the progress bar's guess of whether the last steps will run. */
import { describe, expect, it } from 'vitest';
import { plannerSchool, PLAN_YEARS } from '../../../bench/planner-instances';
import { construct } from '../../../shared/planner/construct';
import { buildInstance } from '../../../shared/planner/instance';
import { likelyWorkedParts, MAX_LOOSE, partOfGroup, workedParts } from '../../../shared/planner/loose-parts';
import { planYear } from '../../../shared/planner';
import { PlanState } from '../../../shared/planner/plan-state';

const YEAR = PLAN_YEARS[0];

describe('loose parts', () => {
  it('splits a grade-level school into its cohorts, and a vertical one not at all', () => {
    const cohorts = buildInstance(plannerSchool({ students: 300, groups: 24, grouping: 'grade-cohort', seed: 3 }), YEAR, undefined, 'fresh');
    const classes = new Set(cohorts.students.map((s) => s.classOf));
    expect(new Set(partOfGroup(cohorts)).size).toBe(classes.size);
    const mixed = buildInstance(plannerSchool({ students: 300, groups: 24, grouping: 'vertical', seed: 3 }), YEAR, undefined, 'fresh');
    expect(new Set(partOfGroup(mixed)).size).toBe(1);
  });

  it.each([
    ['grade-cohort', true],
    ['vertical', false],
  ] as const)('guesses before placing anyone whether a %s school has a part the last steps work on', (grouping, expected) => {
    const inst = buildInstance(plannerSchool({ students: 1500, groups: 120, grouping, seed: 5 }), YEAR, undefined, 'fresh');
    expect(likelyWorkedParts(inst)).toBe(expected);
    const state = new PlanState(inst);
    construct(state, 'fresh');
    const parts = workedParts(state);
    expect(parts.length > 0).toBe(expected);
    for (const units of parts) expect(units.length).toBeLessThanOrEqual(MAX_LOOSE);
  });

  it('gives the vertical school\'s progress bar no share for steps that do not run, so it does not jump at the end', () => {
    const calls: number[] = [];
    planYear(plannerSchool({ students: 1500, groups: 120, grouping: 'vertical', seed: 5 }), { yearId: YEAR, seed: 1, mode: 'fresh' }, (done, total, phase) => {
      if (phase === 'improving') calls.push(done / total);
    });
    // With shares kept for the annealing and the seat shifts, the last step before "explaining" would be at ~63% of the bar (77% with the annealing's alone).
    expect(calls.at(-1)).toBeGreaterThan(0.9);
  });
});
