/** Seat shifts (one or two loose students from one group to another, then trades around the new sizes). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { construct } from '../../../shared/planner/construct';
import { buildInstance } from '../../../shared/planner/instance';
import { isFreeUnit } from '../../../shared/planner/loose-parts';
import { evaluateAssignment, internalTotal } from '../../../shared/planner/objective';
import { PlanState } from '../../../shared/planner/plan-state';
import { seatShifts } from '../../../shared/planner/seat-shifts';
import { expectSoundImprovement, schoolSpecs, searchedState, snapshotOf } from './support/planned-state';
import { randomSchool, YEAR } from './support/random-school';

/** The loose units (free, not with last year's adult), as the shifts see them. */
function looseUnits(state: PlanState): number[] {
  return Array.from(state.inst.unitMembers.keys()).filter((u) => isFreeUnit(state, u) && !state.anchored(u));
}

/** The best single move or trade of loose units, priced from scratch (≥ 0: none pays). */
function bestMoveOrTrade(state: PlanState): number {
  const inst = state.inst;
  const total = (): number => internalTotal(inst, evaluateAssignment(inst, state.groupOf));
  const start = total();
  let best = 0;
  const units = looseUnits(state);
  for (const u of units) {
    const from = state.unitGroup[u] as number;
    for (const to of inst.unitDomain[u] as Int32Array) {
      if (to === from || !state.fits(u, to)) continue;
      state.apply(u, to);
      best = Math.min(best, total() - start);
      state.apply(u, from);
    }
    for (const v of units) {
      const gv = state.unitGroup[v] as number;
      if (gv === from || !inst.unitDomainMask[u]?.[gv] || !inst.unitDomainMask[v]?.[from] || !state.apartOk(u, gv) || !state.apartOk(v, from)) continue;
      state.apply(u, gv);
      state.apply(v, from);
      best = Math.min(best, total() - start);
      state.apply(v, gv);
      state.apply(u, from);
    }
  }
  return best;
}

/** Strictly improving best moves and trades of loose units until none pays. */
function descend(state: PlanState): void {
  const inst = state.inst;
  for (;;) {
    let best: { d: number; steps: [number, number][] } | null = null;
    const units = looseUnits(state);
    for (const u of units) {
      const from = state.unitGroup[u] as number;
      for (const to of inst.unitDomain[u] as Int32Array) {
        if (to === from || !state.fits(u, to)) continue;
        const d = state.delta(u, to);
        if (d < (best?.d ?? 0)) best = { d, steps: [[u, to]] };
      }
      for (const v of units) {
        const gv = state.unitGroup[v] as number;
        if (gv === from || !inst.unitDomainMask[u]?.[gv] || !inst.unitDomainMask[v]?.[from] || !state.apartOk(u, gv) || !state.apartOk(v, from)) continue;
        const d = state.swapDelta(u, v);
        if (d < (best?.d ?? 0)) best = { d, steps: [[u, gv], [v, from]] };
      }
    }
    if (!best) return;
    for (const [u, to] of best.steps) state.apply(u, to);
  }
}

describe('seatShifts', () => {
  it('never makes a plan worse, keeps its tables exact, breaks no seat or hard rule, and moves only loose students', () => {
    let gained = 0;
    fc.assert(
      fc.property(schoolSpecs, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const state = searchedState(spec, seed);
        const inst = state.inst;
        const start = snapshotOf(state);
        const loose = new Set(looseUnits(state));
        const gain = seatShifts(state);
        gained += gain;
        expectSoundImprovement(state, start, gain);
        for (let s = 0; s < inst.n; s++) if (state.groupOf[s] !== start.groupOf[s]) expect(loose.has(inst.unitOf[s] as number)).toBe(true);
      }),
      { numRuns: 60 },
    );
    // Not vacuous: a short search leaves shifts that pay.
    expect(gained).toBeGreaterThan(0);
  });

  it('finds better plans at other group sizes where no single move or trade pays', () => {
    let found = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const state = searchedState({ seed, students: 70, groups: 6, vertical: false }, seed);
      descend(state);
      expect(bestMoveOrTrade(state)).toBe(0);
      const before = state.total();
      const gain = seatShifts(state);
      expect(state.total()).toBe(before - gain);
      if (gain > 0) found++;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('gives the same plan for the same start', () => {
    const run = (): Int32Array => {
      const state = searchedState({ seed: 11, students: 80, groups: 6, vertical: false }, 4);
      seatShifts(state);
      return Int32Array.from(state.groupOf);
    };
    expect(run()).toEqual(run());
  });

  it('reports its progress as a share that rises, below 1', () => {
    const state = searchedState({ seed: 5, students: 80, groups: 8, vertical: false }, 2);
    const shares: number[] = [];
    seatShifts(state, (share) => shares.push(share));
    expect(shares.length).toBeGreaterThan(0);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThan(shares[i - 1] as number);
    for (const share of shares) expect(share).toBeLessThan(1);
  });

  it('leaves re-plans alone (they must move as few students as possible)', () => {
    const inst = buildInstance(randomSchool({ seed: 3, students: 60, groups: 6, vertical: true }), YEAR, undefined, 'replan');
    const state = new PlanState(inst);
    construct(state, 'replan');
    const start = Int32Array.from(state.groupOf);
    expect(seatShifts(state)).toBe(0);
    expect(state.groupOf).toEqual(start);
  });
});
