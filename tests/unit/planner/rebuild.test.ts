/** The rebuild rounds (ruin and recreate) and the swap pricing they rely on, on small random schools. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countHardViolations } from '../../../shared/planner/hard-constraints';
import { evaluateAssignment, internalTotal } from '../../../shared/planner/objective';
import { plannerRandom } from '../../../shared/planner/random';
import { rebuild } from '../../../shared/planner/rebuild';
import { constructedState, schoolSpecs } from './support/planned-state';

const specs = schoolSpecs;

describe('PlanState.swapDelta', () => {
  it('prices a swap of two one-student units exactly as making it does', () => {
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 10_000 }), (spec, pick) => {
        const state = constructedState(spec);
        const inst = state.inst;
        const simple = [...inst.unitMembers.keys()].filter((u) => {
          const members = inst.unitMembers[u] as Int32Array;
          return members.length === 1 && (inst.rulesOfStudent[members[0] as number] as Int32Array).length === 0 && (state.unitGroup[u] as number) >= 0;
        });
        const u = simple[pick % simple.length] as number;
        const v = simple.find((x, i) => i >= (pick >> 3) % simple.length && state.unitGroup[x] !== state.unitGroup[u]);
        if (v === undefined) return;
        const [gu, gv] = [state.unitGroup[u] as number, state.unitGroup[v] as number];
        const priced = state.swapDelta(u, v);
        const before = state.total();
        state.apply(u, gv);
        state.apply(v, gu);
        expect(priced).toBe(state.total() - before);
        expect(state.total()).toBe(internalTotal(inst, evaluateAssignment(inst, state.groupOf)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('rebuild', () => {
  it('never makes a plan worse, never breaks a hard constraint, never moves a locked or loop-keeping student', () => {
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const state = constructedState(spec);
        const inst = state.inst;
        const before = state.total();
        const start = Int32Array.from(state.groupOf);
        // Locked, or every student of the unit (students who must stay together move as one) keeps last year's group.
        const keepsLoop = (s: number): boolean => (inst.contCost[s] as number) > 0 && start[s] === inst.prevGroup[s];
        const stays = [...start.keys()].filter((s) => {
          const u = inst.unitOf[s] as number;
          return (inst.unitLocked[u] as number) >= 0 || [...(inst.unitMembers[u] as Int32Array)].every(keepsLoop);
        });
        const violations = countHardViolations(inst, state.groupOf);
        rebuild(state, { rounds: 60, random: plannerRandom(seed) });
        expect(state.total()).toBeLessThanOrEqual(before);
        expect(state.total()).toBe(internalTotal(inst, evaluateAssignment(inst, state.groupOf)));
        expect(countHardViolations(inst, state.groupOf)).toBeLessThanOrEqual(violations);
        for (const s of stays) expect(state.groupOf[s]).toBe(start[s]);
        for (let g = 0; g < inst.g; g++) expect(state.size[g]).toBeLessThanOrEqual(Math.max(inst.cap[g] as number, [...start].filter((x) => x === g).length));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same plan for the same seed', () => {
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const a = constructedState(spec);
        const b = constructedState(spec);
        rebuild(a, { rounds: 40, random: plannerRandom(seed) });
        rebuild(b, { rounds: 40, random: plannerRandom(seed) });
        expect([...b.groupOf]).toEqual([...a.groupOf]);
      }),
      { numRuns: 30 },
    );
  });
});
