/** What the planner's property tests share: the sizes of their random schools, and a constructed plan of one. */
import fc from 'fast-check';
import { construct } from '../../../../shared/planner/construct';
import { buildInstance } from '../../../../shared/planner/instance';
import { PlanState } from '../../../../shared/planner/plan-state';
import { randomSchool, YEAR, type RandomSchoolSpec } from './random-school';

/** The fields of a random school: 20–80 students in 3–10 groups, grade-level or mixed-grade. */
export const schoolSpecFields = {
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
  students: fc.integer({ min: 20, max: 80 }),
  groups: fc.integer({ min: 3, max: 10 }),
  vertical: fc.boolean(),
};

export const schoolSpecs = fc.record(schoolSpecFields);

/** The plan state of a random school's year after the greedy construction (not yet searched). */
export function constructedState(spec: RandomSchoolSpec, mode: 'fresh' | 'replan' = 'fresh'): PlanState {
  const state = new PlanState(buildInstance(randomSchool(spec), YEAR, undefined, mode));
  construct(state, mode);
  return state;
}
