/**
 * Greedy construction. Order matters more than cleverness here:
 * 1. locked units stay where they are locked;
 * 2. (re-plan) students keep their current group where it is still allowed;
 * 3. returning students go back to last year's group (same lead first), while it has seats;
 * 4. everyone else, most constrained first (fewest allowed groups, largest unit, most hard
 *    keep-apart partners), goes where the objective rises least (ties: lowest group index);
 * 5. a unit with no seat left tries a one-step ejection (someone in a group it may join moves to
 *    another group with a seat); if even that fails, it stays unplaced with a reason.
 */
import type { Instance } from './instance-types';
import type { PlanState } from './plan-state';

/** Places every unit it can; returns the units left unplaced. */
export function construct(state: PlanState, mode: 'fresh' | 'replan'): number[] {
  const inst = state.inst;
  const units = inst.unitMembers.length;
  for (let u = 0; u < units; u++) {
    const lock = inst.unitLocked[u] as number;
    if (lock >= 0) state.apply(u, lock);
  }
  if (mode === 'replan') {
    for (let u = 0; u < units; u++) {
      if (state.unitGroup[u] !== -1) continue;
      const g = sharedGroup(inst, u, inst.currentGroup);
      if (g >= 0 && inst.unitDomainMask[u]?.[g] && state.fits(u, g)) state.apply(u, g);
    }
  }
  const returning: number[] = [];
  for (let u = 0; u < units; u++) if (state.unitGroup[u] === -1 && sharedGroup(inst, u, inst.prevGroup) >= 0) returning.push(u);
  returning.sort((x, y) => firstCost(inst, y) - firstCost(inst, x) || x - y);
  for (const u of returning) {
    const g = sharedGroup(inst, u, inst.prevGroup);
    if (inst.unitDomainMask[u]?.[g] && state.fits(u, g)) state.apply(u, g);
  }
  const rest: number[] = [];
  for (let u = 0; u < units; u++) if (state.unitGroup[u] === -1) rest.push(u);
  const key = (u: number): number =>
    (inst.unitDomain[u] as Int32Array).length * 1_000_000 - (inst.unitMembers[u] as Int32Array).length * 1000 - (inst.unitApart[u] as Int32Array).length;
  rest.sort((x, y) => key(x) - key(y) || x - y);
  const unplaced: number[] = [];
  for (const u of rest) if (!insertBest(state, u) && !insertByEjection(state, u)) unplaced.push(u);
  return unplaced;
}

/** The group all members of unit u share in `byStudent`, or −1. */
function sharedGroup(inst: Instance, u: number, byStudent: Int32Array): number {
  const m = inst.unitMembers[u] as Int32Array;
  const g = byStudent[m[0] as number] as number;
  for (let i = 1; i < m.length; i++) if (byStudent[m[i] as number] !== g) return -1;
  return g;
}

function firstCost(inst: Instance, u: number): number {
  return inst.contCost[(inst.unitMembers[u] as Int32Array)[0] as number] as number;
}

/** Puts unit u where the objective rises least among groups with seats (its allowed groups, or those of `among` it may join); false if none. */
export function insertBest(state: PlanState, u: number, among?: readonly number[]): boolean {
  const candidates = among ?? (state.inst.unitDomain[u] as Int32Array);
  const mask = state.inst.unitDomainMask[u] as Uint8Array;
  let best = -1;
  let bestDelta = Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const g = candidates[i] as number;
    if ((among && !mask[g]) || !state.fits(u, g)) continue;
    const d = state.cost.of(u, g);
    if (d < bestDelta) {
      bestDelta = d;
      best = g;
    }
  }
  if (best < 0) return false;
  state.apply(u, best);
  return true;
}

/** Makes room for unit u by moving one unit out of a group u may join; false if no such pair. */
function insertByEjection(state: PlanState, u: number): boolean {
  const inst = state.inst;
  const k = (inst.unitMembers[u] as Int32Array).length;
  let best: { h: number; v: number; l: number } | null = null;
  let bestDelta = Infinity;
  for (const h of inst.unitDomain[u] as Int32Array) {
    if (!state.apartOk(u, h)) continue;
    for (const v of [...(state.groupUnits[h] as number[])]) {
      if ((inst.unitLocked[v] as number) >= 0) continue;
      if ((state.size[h] as number) - (inst.unitMembers[v] as Int32Array).length + k > (inst.cap[h] as number)) continue;
      for (const l of inst.unitDomain[v] as Int32Array) {
        if (l === h || !state.fits(v, l)) continue;
        const dv = state.delta(v, l);
        state.apply(v, l);
        const ok = state.fits(u, h);
        const total = dv + state.delta(u, h);
        state.apply(v, h);
        if (ok && total < bestDelta) {
          bestDelta = total;
          best = { h, v, l };
        }
      }
    }
  }
  if (!best) return false;
  state.apply(best.v, best.l);
  state.apply(u, best.h);
  return true;
}
