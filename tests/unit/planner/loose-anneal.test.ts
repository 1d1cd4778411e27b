/** Loose annealing (a low-temperature walk over the loose students of each part, ending on the best plan it saw). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { construct } from '../../../shared/planner/construct';
import { buildInstance } from '../../../shared/planner/instance';
import { looseAnneal } from '../../../shared/planner/loose-anneal';
import { PlanState } from '../../../shared/planner/plan-state';
import { plannerRandom } from '../../../shared/planner/random';
import { expectSoundImprovement, schoolSpecs, searchedState, snapshotOf } from './support/planned-state';
import { randomSchool, YEAR } from './support/random-school';
import { studentId, tinySchool } from './support/tiny-school';

const specs = schoolSpecs;

describe('looseAnneal', () => {
  it('never makes a plan worse, keeps its tables exact, breaks no seat or hard rule, and moves only loose students (or a keeper for a returner)', () => {
    let gained = 0;
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const state = searchedState(spec, seed);
        const inst = state.inst;
        const snapshot = snapshotOf(state);
        const start = snapshot.groupOf;
        const anchored = Array.from(inst.unitMembers, (_, u) => state.anchored(u));
        const gain = looseAnneal(state, { perUnit: 400, perPart: 20_000, random: plannerRandom(seed) });
        gained += gain;
        expectSoundImprovement(state, snapshot, gain);
        for (let s = 0; s < inst.n; s++) {
          if (state.groupOf[s] === start[s]) continue;
          const u = inst.unitOf[s] as number;
          expect(inst.unitLocked[u]).toBe(-1);
          // A student who kept their loop leaves it only for the goal move, so only where the seat
          // was contested: another returning student of that group sat elsewhere at the start. (That
          // student, loose, may come back by the goal move and leave again by a plain move.)
          if (anchored[u]) {
            const home = start[s] as number;
            const contested = Array.from(inst.prevGroup).some((p, t) => p === home && t !== s && start[t] !== home && (inst.contCost[t] as number) !== 0);
            expect(contested).toBe(true);
          }
          expect((inst.rulesOfStudent[s] as Int32Array).length).toBe(0);
          expect(start[s]).toBeGreaterThanOrEqual(0);
          expect(inst.unitDomainMask[u]?.[state.groupOf[s] as number]).toBe(1);
        }
      }),
      { numRuns: 60 },
    );
    // Not vacuous: a short search leaves something for the walk to find.
    expect(gained).toBeGreaterThan(0);
  });

  it('gives the same plan for the same seed', () => {
    const spec = { seed: 11, students: 80, groups: 6, vertical: false };
    const run = (): Int32Array => {
      const state = searchedState(spec, 4);
      looseAnneal(state, { perUnit: 500, perPart: 50_000, random: plannerRandom(9) });
      return Int32Array.from(state.groupOf);
    };
    expect(run()).toEqual(run());
  });

  it('reports its progress as a share that rises to the end', () => {
    const state = searchedState({ seed: 5, students: 80, groups: 8, vertical: false }, 2);
    const shares: number[] = [];
    looseAnneal(state, { perUnit: 2_000, perPart: 200_000, random: plannerRandom(1), onTick: (share) => shares.push(share) });
    expect(shares.length).toBeGreaterThan(0);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThanOrEqual(shares[i - 1] as number);
    for (const share of shares) expect(share).toBeLessThanOrEqual(1);
  });

  it('leaves re-plans alone (they must move as few students as possible)', () => {
    const inst = buildInstance(randomSchool({ seed: 3, students: 60, groups: 6, vertical: true }), YEAR, undefined, 'replan');
    const state = new PlanState(inst);
    construct(state, 'replan');
    const start = Int32Array.from(state.groupOf);
    expect(looseAnneal(state, { perUnit: 1_000, perPart: 100_000, random: plannerRandom(1) })).toBe(0);
    expect(state.groupOf).toEqual(start);
  });

  it('gives a contested seat to the returning student who should keep it (the goal move)', () => {
    // Four students come back to group 0, which has three seats. Student 0 sits there, but the adult
    // of group 1 could build a relationship with them; student 3 sits in group 1 and has no such
    // adult. Which of them keeps the seat costs the same continuity either way, so the better plan
    // puts 3 home and 0 with the adult of group 1. Only the goal move gets there: group 0 is full,
    // and a student at home is not one the walk moves or trades on its own.
    const inst = buildInstance(
      tinySchool({ groups: 2, hardMax: 3, flags: [0, 0, 0, 0, 0], couldBuild: { 0: 1 }, previous: { 0: 0, 1: 0, 2: 0, 3: 0 } }),
      YEAR,
      undefined,
      'fresh',
    );
    const state = new PlanState(inst);
    const index = (i: number): number => inst.students.findIndex((s) => s.id === studentId(i));
    for (const [i, g] of [[0, 0], [1, 0], [2, 0], [3, 1], [4, 1]] as const) state.apply(inst.unitOf[index(i)] as number, g);
    const before = state.total();
    const gain = looseAnneal(state, { perUnit: 500, perPart: 10_000, random: plannerRandom(1) });
    expect(state.groupOf[index(3)]).toBe(0);
    expect(state.groupOf[index(0)]).toBe(1);
    expect(gain).toBe(inst.scale * inst.weights.relationship);
    expect(state.total()).toBe(before - gain);
  });
});
