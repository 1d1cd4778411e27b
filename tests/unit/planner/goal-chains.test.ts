/** Goal chains (a student back to last year's group or to an adult who knows them, and one student moved on) on small random schools. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { construct } from '../../../shared/planner/construct';
import { goalChains } from '../../../shared/planner/goal-chains';
import { countHardViolations } from '../../../shared/planner/hard-constraints';
import { buildInstance } from '../../../shared/planner/instance';
import { evaluateAssignment, internalTotal } from '../../../shared/planner/objective';
import { PlanState } from '../../../shared/planner/plan-state';
import { plannerRandom } from '../../../shared/planner/random';
import { constructedState, schoolSpecs } from './support/planned-state';
import { randomSchool, YEAR } from './support/random-school';
import { tinySchool } from './support/tiny-school';

const specs = schoolSpecs;

describe('goalChains', () => {
  it('improves the plan by every chain it makes, breaks no hard constraint or seat, and moves no locked student', () => {
    let chains = 0;
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const state = constructedState(spec);
        const inst = state.inst;
        const before = state.total();
        const start = Int32Array.from(state.groupOf);
        const violations = countHardViolations(inst, state.groupOf);
        const made = goalChains(state, plannerRandom(seed));
        chains += made;
        expect(made > 0 ? state.total() < before : state.total() === before).toBe(true);
        expect(state.total()).toBe(internalTotal(inst, evaluateAssignment(inst, state.groupOf)));
        expect(countHardViolations(inst, state.groupOf)).toBeLessThanOrEqual(violations);
        for (let s = 0; s < inst.n; s++) if ((inst.unitLocked[inst.unitOf[s] as number] as number) >= 0) expect(state.groupOf[s]).toBe(start[s]);
        for (let g = 0; g < inst.g; g++) expect(state.size[g]).toBeLessThanOrEqual(Math.max(inst.cap[g] as number, [...start].filter((x) => x === g).length));
      }),
      { numRuns: 100 },
    );
    // The property is not vacuous: constructed plans leave chains to make.
    expect(chains).toBeGreaterThan(0);
  });

  it('takes a student to the adult who knows them together with the friend a soft rule keeps them with', () => {
    // Student 0 (no connected adult; T1 marked them "could build") must stay with student 1 (soft
    // keep-together). Both sit in G0; G1 is full. Moving 0 alone breaks the rule (80) for the
    // relationship (40), so only a chain that moves both, and two of G1 on to G0, pays.
    const inst = buildInstance(tinySchool({ groups: 2, hardMax: 4, flags: [0, 0, 0, 0, 0, 0, 0], together: [[0, 1]], couldBuild: { 0: 1 } }), YEAR, undefined, 'fresh');
    const state = new PlanState(inst);
    [0, 0, 0, 1, 1, 1, 1].forEach((g, s) => state.apply(inst.unitOf[s] as number, g));
    const before = state.total();
    expect(goalChains(state, plannerRandom(1))).toBe(1);
    expect([state.groupOf[0], state.groupOf[1]]).toEqual([1, 1]);
    expect(state.total()).toBeLessThan(before);
    expect(state.raw.rules + state.raw.relationship).toBe(0);
    expect([state.size[0], state.size[1]]).toEqual([3, 4]);
  });

  it('retries a unit only once its groups changed: a move undone leaves the member signature as it was', () => {
    const inst = buildInstance(randomSchool({ seed: 5, students: 40, groups: 4, vertical: true }), YEAR, undefined, 'fresh');
    const state = new PlanState(inst);
    construct(state, 'fresh');
    const u = [...inst.unitMembers.keys()].find((x) => (inst.unitLocked[x] as number) < 0 && (inst.unitDomain[x] as Int32Array).length > 1) as number;
    const [from, to] = [state.unitGroup[u] as number, (inst.unitDomain[u] as Int32Array).find((g) => g !== state.unitGroup[u]) as number];
    const signatures = Int32Array.from(state.members);
    state.apply(u, to);
    expect(state.members[from]).not.toBe(signatures[from]);
    expect(state.members[to]).not.toBe(signatures[to]);
    state.apply(u, from);
    expect(state.members).toEqual(signatures);
  });
});
