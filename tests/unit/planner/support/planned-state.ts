/** What the planner's property tests share: the sizes of their random schools, and a constructed plan of one. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { construct } from '../../../../shared/planner/construct';
import { countHardViolations } from '../../../../shared/planner/hard-constraints';
import { localSearch } from '../../../../shared/planner/local-search';
import { evaluateAssignment, internalTotal } from '../../../../shared/planner/objective';
import { plannerRandom } from '../../../../shared/planner/random';
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

/** A plan after construction and a short search (students sit with last year's group, so some are not loose). */
export function searchedState(spec: RandomSchoolSpec, seed: number): PlanState {
  const state = constructedState(spec);
  localSearch(state, { budget: 100, strict: false, random: plannerRandom(seed) });
  return state;
}

/** A plan as a step found it: its total, placements and hard violations. */
export type PlanSnapshot = { readonly total: number; readonly groupOf: Int32Array; readonly violations: number };

export function snapshotOf(state: PlanState): PlanSnapshot {
  return { total: state.total(), groupOf: Int32Array.from(state.groupOf), violations: countHardViolations(state.inst, state.groupOf) };
}

/**
 * What every improving step must leave: a gain of at least 0 that is exactly what the total fell
 * by, tables equal to the objective from scratch, no more hard violations, no group over its seats
 * (unless it already was), and every moved student in a group they may join.
 */
export function expectSoundImprovement(state: PlanState, start: PlanSnapshot, gain: number): void {
  const inst = state.inst;
  expect(gain).toBeGreaterThanOrEqual(0);
  expect(state.total()).toBe(start.total - gain);
  expect(state.total()).toBe(internalTotal(inst, evaluateAssignment(inst, state.groupOf)));
  expect(countHardViolations(inst, state.groupOf)).toBeLessThanOrEqual(start.violations);
  for (let g = 0; g < inst.g; g++) {
    const was = start.groupOf.reduce((n, h) => n + (h === g ? 1 : 0), 0);
    expect(state.size[g]).toBeLessThanOrEqual(Math.max(inst.cap[g] as number, was));
  }
  for (let s = 0; s < inst.n; s++) {
    if (state.groupOf[s] !== start.groupOf[s]) expect(inst.unitDomainMask[inst.unitOf[s] as number]?.[state.groupOf[s] as number]).toBe(1);
  }
}
