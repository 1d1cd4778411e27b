/**
 * The two pieces every price of a move is made of, shared by PlanState.delta()'s parts and
 * MoveCost's split pricing (move-cost.ts), so both give the same integers.
 */
import type { Instance } from './instance-types';
import { withFriend as withFriendOf } from './objective';

// Read once: see plan-state.ts (imported bindings can cost a getter call each in this inner loop).
const withFriend = withFriendOf;

/** Raw mix change (before the mix weight) of group g when unit u (k students, sign ±1) enters or leaves it. */
export function mixChange(inst: Instance, signed: Float64Array, u: number, g: number, k: number, sign: number): number {
  const a = inst.a;
  const N = sign * inst.scale;
  const attrTotal = inst.attrTotal;
  const unitAttr = inst.unitAttr;
  const base = g * a;
  const ubase = u * a;
  let d = 0;
  for (let q = 0; q < a; q++) {
    const before = signed[base + q] as number;
    const after = before + N * (unitAttr[ubase + q] as number) - (attrTotal[q] as number) * k;
    d += Math.abs(after) - Math.abs(before);
  }
  return d;
}

/** Continuity, relationship and (re-plan) anchor cost of student s sitting in group g (−1: unplaced), weighted, before × scale. */
export function personalCost(inst: Instance, s: number, g: number): number {
  let d = 0;
  const cont = inst.contCost[s] as number;
  if (cont !== 0 && g !== inst.prevGroup[s]) d += cont;
  const rel = inst.relCost[s] as number;
  if (rel !== 0 && !withFriend(inst, s, g)) d += rel;
  if (inst.anchorCost !== 0) {
    const cur = inst.currentGroup[s] as number;
    if (cur >= 0 && g !== cur) d += inst.anchorCost;
  }
  return d;
}
