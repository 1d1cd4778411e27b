/** Exchange cycles (students with no tie change places around a ring of groups, or along a chain into a free seat). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { construct } from '../../../shared/planner/construct';
import { exchangeCycles } from '../../../shared/planner/exchange-cycles';
import { countHardViolations } from '../../../shared/planner/hard-constraints';
import { buildInstance } from '../../../shared/planner/instance';
import { localSearch } from '../../../shared/planner/local-search';
import { evaluateAssignment, internalTotal, withFriend } from '../../../shared/planner/objective';
import { PlanState } from '../../../shared/planner/plan-state';
import { plannerRandom } from '../../../shared/planner/random';
import { constructedState, schoolSpecs } from './support/planned-state';
import { randomSchool, YEAR } from './support/random-school';
import { tinySchool } from './support/tiny-school';

const specs = schoolSpecs;

/**
 * Three full groups of three (two locked students each) and three free students, one per group.
 * The attribute flags were found by enumerating all six ways to seat the three: in this seating no
 * swap of two improves the mix (one ties), but turning all three one group on does (192 → 168).
 */
const ring = tinySchool({ groups: 3, hardMax: 3, flags: [3, 12, 1, 5, 11, 2, 2, 15, 1], locked: { 0: 0, 1: 0, 2: 1, 3: 1, 4: 2, 5: 2 } });

describe('exchangeCycles', () => {
  it('finds a three-group ring no move or swap can reach, and ends at the best seating', () => {
    const inst = buildInstance(ring, YEAR, undefined, 'fresh');
    const seat = (order: readonly number[]): PlanState => {
      const state = new PlanState(inst);
      for (let s = 0; s < 6; s++) state.apply(inst.unitOf[s] as number, Math.floor(s / 2));
      order.forEach((g, k) => state.apply(inst.unitOf[6 + k] as number, g));
      return state;
    };
    const state = seat([0, 1, 2]);
    const free = [6, 7, 8].map((s) => inst.unitOf[s] as number);
    // The groups are full and no swap pays: a move-and-swap search is stuck here.
    for (let g = 0; g < 3; g++) expect(state.size[g]).toBe(inst.cap[g]);
    for (const u of free) for (const v of free) if (u < v) expect(state.swapDelta(u, v)).toBeGreaterThanOrEqual(0);
    const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    const best = Math.min(...orders.map((o) => seat(o).total()));
    expect(best).toBeLessThan(state.total());
    const result = exchangeCycles(state);
    expect(result).toEqual({ applied: 1, disagreed: 0 });
    expect(state.total()).toBe(best);
    expect(state.total()).toBe(internalTotal(inst, evaluateAssignment(inst, state.groupOf)));
    for (let s = 0; s < 6; s++) expect(state.groupOf[s]).toBe(Math.floor(s / 2));
  });

  it('lets a student back into last year\'s group while a classmate leaves it, when that evens the mix (a goal arc)', () => {
    // G1 kept its adult; both 2 and 3 were in it last year, but it has one free seat (its other
    // seat is locked). 2 (female) sits in G0 beside a locked girl, 3 (male) in G1 beside a locked
    // boy. Swapping them keeps one loop either way and balances both groups. G2 is full.
    const inst = buildInstance(
      tinySchool({ groups: 3, hardMax: 2, flags: [1, 0, 1, 0, 1, 0], locked: { 0: 0, 1: 1, 4: 2, 5: 2 }, previous: { 2: 1, 3: 1 } }),
      YEAR, undefined, 'fresh',
    );
    const state = new PlanState(inst);
    [0, 1, 0, 1, 2, 2].forEach((g, s) => state.apply(inst.unitOf[s] as number, g));
    const before = state.total();
    expect(state.raw.continuity).toBe(100);
    expect(exchangeCycles(state)).toEqual({ applied: 1, disagreed: 0 });
    expect([state.groupOf[2], state.groupOf[3]]).toEqual([1, 0]);
    expect(state.raw.continuity).toBe(100);
    expect(state.total()).toBeLessThan(before);
  });

  it('never makes a plan worse, prices every cycle exactly, and moves only free students (or one back to its goal while another leaves it)', () => {
    let applied = 0;
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const state = constructedState(spec);
        const inst = state.inst;
        localSearch(state, { budget: 200, strict: false, random: plannerRandom(seed) });
        const before = state.total();
        const start = Int32Array.from(state.groupOf);
        const sizes = Int32Array.from(state.size);
        const violations = countHardViolations(inst, state.groupOf);
        const result = exchangeCycles(state);
        applied += result.applied;
        expect(result.disagreed).toBe(0);
        expect(result.applied > 0 ? state.total() < before : state.total() === before).toBe(true);
        expect(state.total()).toBe(internalTotal(inst, evaluateAssignment(inst, state.groupOf)));
        expect(countHardViolations(inst, state.groupOf)).toBeLessThanOrEqual(violations);
        for (let g = 0; g < inst.g; g++) expect(state.size[g]).toBeLessThanOrEqual(Math.max(inst.cap[g] as number, sizes[g] as number));
        for (let s = 0; s < inst.n; s++) {
          if (state.groupOf[s] === start[s]) continue;
          const u = inst.unitOf[s] as number;
          expect((inst.unitMembers[u] as Int32Array).length).toBe(1);
          expect(inst.unitLocked[u]).toBe(-1);
          expect((inst.rulesOfStudent[s] as Int32Array).length).toBe(0);
          expect((inst.unitApart[u] as Int32Array).length).toBe(0);
          // A student's own cost changes only on a goal arc: back into their one goal group, or out of it for one who comes back.
          const own = (g: number): number => (g !== inst.prevGroup[s] ? (inst.contCost[s] as number) : 0) + (withFriend(inst, s, g) ? 0 : (inst.relCost[s] as number));
          if (own(state.groupOf[s] as number) === own(start[s] as number)) continue;
          const goals = new Set([...((inst.contCost[s] as number) > 0 && (inst.prevGroup[s] as number) >= 0 ? [inst.prevGroup[s] as number] : []), ...((inst.relCost[s] as number) > 0 ? (inst.friendlyGroups[s] ?? []) : [])]);
          expect(goals.size).toBe(1);
          expect(goals.has(state.groupOf[s] as number) || goals.has(start[s] as number)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
    // Not vacuous: a short search leaves cycles to find.
    expect(applied).toBeGreaterThan(0);
  });

  it('leaves re-plans alone (they must move as few students as possible)', () => {
    const inst = buildInstance(randomSchool({ seed: 3, students: 60, groups: 6, vertical: true }), YEAR, undefined, 'replan');
    const state = new PlanState(inst);
    construct(state, 'replan');
    const start = Int32Array.from(state.groupOf);
    expect(exchangeCycles(state)).toEqual({ applied: 0, disagreed: 0 });
    expect(state.groupOf).toEqual(start);
  });
});
