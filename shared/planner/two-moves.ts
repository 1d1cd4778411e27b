/**
 * The price of two one-student units moving at once (u to uTo, then v to vTo), without moving
 * anything: the loose-annealing walk's pair and goal moves price ~500,000 of them per plan, and
 * applying u's move to price v's and undoing it cost four delta() calls and two table updates each.
 * Same integers as that sequence (each group's cost depends only on who ends up in it; a test
 * checks it). For units in no soft rule (their price would depend on each other's groups).
 */
import { personalCost as personalCostOf } from './group-price';
import { sizeCost as sizeCostOf } from './objective';
import type { PlanState } from './plan-state';

// Read once: see plan-state.ts.
const personalCost = personalCostOf;
const sizeCost = sizeCostOf;

/**
 * The change of the objective if u moved to uTo and then v to vTo; +Infinity when v could not take
 * vTo once u has moved (no seat, or a hard keep-apart partner there). The caller checks u's move.
 */
export function twoMovesDelta(state: PlanState, u: number, uTo: number, v: number, vTo: number): number {
  const inst = state.inst;
  const gu = state.unitGroup[u] as number;
  const gv = state.unitGroup[v] as number;
  const vSize = (state.size[vTo] as number) + (uTo === vTo ? 1 : 0) - (gu === vTo ? 1 : 0);
  if (vSize + 1 > (inst.cap[vTo] as number)) return Number.POSITIVE_INFINITY;
  const partners = inst.unitApart[v] as Int32Array;
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as number;
    if ((p === u ? uTo : (state.unitGroup[p] as number)) === vTo) return Number.POSITIVE_INFINITY;
  }
  const su = (inst.unitMembers[u] as Int32Array)[0] as number;
  const sv = (inst.unitMembers[v] as Int32Array)[0] as number;
  const personal = personalCost(inst, su, uTo) - personalCost(inst, su, gu) + personalCost(inst, sv, vTo) - personalCost(inst, sv, gv);
  let size = 0;
  let mix = 0;
  const a = inst.a;
  const N = inst.scale;
  const signed = state.signed;
  const unitAttr = inst.unitAttr;
  const attrTotal = inst.attrTotal;
  // Each group touched once: what enters it and what leaves it.
  for (let i = 0; i < 4; i++) {
    const g = i === 0 ? gu : i === 1 ? uTo : i === 2 ? gv : vTo;
    if (g < 0 || (i > 0 && g === gu) || (i > 1 && g === uTo) || (i > 2 && g === gv)) continue;
    const uIn = uTo === g ? 1 : 0;
    const uOut = gu === g ? 1 : 0;
    const vIn = vTo === g ? 1 : 0;
    const vOut = gv === g ? 1 : 0;
    const k = uIn - uOut + vIn - vOut;
    if (k === 0 && uIn === uOut && vIn === vOut) continue;
    const n = state.size[g] as number;
    size += sizeCost(inst, g, n + k) - sizeCost(inst, g, n);
    for (let q = 0; q < a; q++) {
      const before = signed[g * a + q] as number;
      const change = (uIn - uOut) * (unitAttr[u * a + q] as number) + (vIn - vOut) * (unitAttr[v * a + q] as number);
      mix += Math.abs(before + N * change - (attrTotal[q] as number) * k) - Math.abs(before);
    }
  }
  return inst.scale * (personal + size) + inst.weights.mix * mix;
}
