/** The fast move prices (MoveCost for scans over many groups, twoMovesDelta for the walk's two-student moves) give delta()'s integers exactly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanState } from '../../../shared/planner/plan-state';
import { plannerRandom } from '../../../shared/planner/random';
import { twoMovesDelta } from '../../../shared/planner/two-moves';
import { constructedState, schoolSpecFields } from './support/planned-state';
import type { RandomSchoolSpec } from './support/random-school';

// Re-plans add the anchor cost (moving a student away from their current group).
const specs = fc.record({ ...schoolSpecFields, mode: fc.constantFrom('fresh' as const, 'replan' as const) });
const constructed = (spec: RandomSchoolSpec & { readonly mode: 'fresh' | 'replan' }): PlanState => constructedState(spec, spec.mode);

describe('MoveCost', () => {
  it('prices every unit against every group (and unplacing it) as delta() does, also after the plan changes', () => {
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 10_000 }), (spec, seed) => {
        const state = constructed(spec);
        const inst = state.inst;
        const random = plannerRandom(seed);
        for (let step = 0; step < 12; step++) {
          const u = random.below(inst.unitMembers.length);
          for (let g = -1; g < inst.g; g++) expect(state.cost.of(u, g)).toBe(state.delta(u, g));
          // Move some unit (maybe u) somewhere: the cached leaving price must not outlive it.
          const w = random.below(2) === 0 ? u : random.below(inst.unitMembers.length);
          state.apply(w, random.below(inst.g + 1) - 1);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('twoMovesDelta', () => {
  it("prices two one-student units' moves as making them does, and refuses when the second has no seat or meets a hard partner", () => {
    let made = 0;
    let refused = 0;
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 10_000 }), (spec, seed) => {
        const state = constructed(spec);
        const inst = state.inst;
        const random = plannerRandom(seed);
        const simple = [...inst.unitMembers.keys()].filter((u) => (inst.unitMembers[u] as Int32Array).length === 1 && (inst.rulesOfStudent[(inst.unitMembers[u] as Int32Array)[0] as number] as Int32Array).length === 0 && (state.unitGroup[u] as number) >= 0);
        if (simple.length < 2) return;
        // Students with a hard keep-apart partner, to draw the pair itself now and then.
        const paired = simple.filter((u) => (inst.unitApart[u] as Int32Array).some((p) => simple.includes(p)));
        for (let step = 0; step < 20; step++) {
          // Targets drawn so that the walk's shapes come up: both to one group, u into v's group,
          // v into u's, and a hard keep-apart pair sent to one group.
          const shape = random.below(paired.length > 0 ? 5 : 4);
          const u = (shape === 4 ? paired[random.below(paired.length)] : simple[random.below(simple.length)]) as number;
          let v = simple[random.below(simple.length)] as number;
          if (shape === 4) v = [...(inst.unitApart[u] as Int32Array)].find((p) => simple.includes(p)) as number;
          if (v === u) v = simple[(simple.indexOf(u) + 1) % simple.length] as number;
          const gu = state.unitGroup[u] as number;
          const gv = state.unitGroup[v] as number;
          const uTo = shape === 1 ? gv : random.below(inst.g);
          const vTo = shape === 0 || shape === 4 ? uTo : shape === 2 ? gu : random.below(inst.g);
          if (uTo === gu || vTo === gv) continue;
          const priced = twoMovesDelta(state, u, uTo, v, vTo);
          const before = state.total();
          state.apply(u, uTo);
          if (state.fits(v, vTo)) {
            state.apply(v, vTo);
            expect(priced).toBe(state.total() - before);
            state.apply(v, gv);
            made++;
          } else {
            expect(priced).toBe(Number.POSITIVE_INFINITY);
            refused++;
          }
          state.apply(u, gu);
          expect(state.total()).toBe(before);
        }
      }),
      { numRuns: 80 },
    );
    // Both outcomes came up.
    expect(made).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(0);
  });
});
