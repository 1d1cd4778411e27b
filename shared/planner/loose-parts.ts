/**
 * The loose students of a plan, by part of the school — what the last steps of a fresh plan
 * (loose-anneal.ts, seat-shifts.ts) may move.
 *
 * Free: a one-student unit, unlocked, placed, with a choice of group and in no soft rule (soft
 * rules are priced by delta() but not by swapDelta(), so students in one stay out). Loose: free
 * and not sitting with last year's adult (moving a student who is costs a broken loop).
 */
import type { Instance } from './instance-types';
import type { PlanState } from './plan-state';

export function isFreeUnit(state: PlanState, u: number): boolean {
  return (state.unitGroup[u] as number) >= 0 && mayBeFree(state.inst, u);
}

/** Free, placement aside: one student, unlocked, with a choice of group, in no soft rule. */
function mayBeFree(inst: Instance, u: number): boolean {
  const members = inst.unitMembers[u] as Int32Array;
  if (members.length !== 1 || (inst.unitLocked[u] as number) >= 0) return false;
  return (inst.unitDomain[u] as Int32Array).length >= 2 && (inst.rulesOfStudent[members[0] as number] as Int32Array).length === 0;
}

/**
 * Parts with more loose students than this are left alone by the annealing and the seat shifts: a
 * new cohort (970 loose students on 4,000×250) or a vertical school (1,159) is what the earlier
 * steps re-deal best, and there the walk found nothing in 300,000 tries.
 */
export const MAX_LOOSE = 400;

/** The loose units of each part the last steps work on (2 to MAX_LOOSE of them). */
export function workedParts(state: PlanState): number[][] {
  return looseByPart(state, partOfGroup(state.inst)).filter((units) => units && units.length >= 2 && units.length <= MAX_LOOSE);
}

/**
 * Before any student is placed: will workedParts() likely find a part to work on? Counts, per
 * part, the students who could be loose (free, and with no loop to keep in a group they may
 * join). For the progress bar only: it decides whether those steps get a share of it.
 */
export function likelyWorkedParts(inst: Instance): boolean {
  const part = partOfGroup(inst);
  const count = new Int32Array(inst.g);
  for (let u = 0; u < inst.unitMembers.length; u++) {
    if (!mayBeFree(inst, u)) continue;
    const s = (inst.unitMembers[u] as Int32Array)[0] as number;
    const prev = inst.prevGroup[s] as number;
    if ((inst.contCost[s] as number) !== 0 && prev >= 0 && inst.unitDomainMask[u]?.[prev]) continue;
    const p = part[(inst.unitDomain[u] as Int32Array)[0] as number] as number;
    count[p] = (count[p] as number) + 1;
  }
  return count.some((n) => n >= 2 && n <= MAX_LOOSE);
}

/** Per part (see partOfGroup), its loose units; parts with none have no entry. */
export function looseByPart(state: PlanState, part: Int32Array): number[][] {
  const loose: number[][] = [];
  for (let u = 0; u < state.inst.unitMembers.length; u++) {
    if (!isFreeUnit(state, u) || state.anchored(u)) continue;
    (loose[part[state.unitGroup[u] as number] as number] ??= []).push(u);
  }
  return loose;
}

/**
 * Groups that share a student who may join both are in one part (union–find over each unit's
 * allowed groups). With grade-level groups each cohort is a part: the objective is a sum over
 * parts, so each part is improved on its own and keeps its own best plan (one walk over the whole
 * school would keep a plan only when every cohort happened to be at its best at once).
 */
export function partOfGroup(inst: Instance): Int32Array {
  const parent = Int32Array.from({ length: inst.g }, (_, g) => g);
  const find = (g: number): number => {
    while (parent[g] !== g) g = parent[g] = parent[parent[g] as number] as number;
    return g;
  };
  for (const domain of inst.unitDomain) for (let i = 1; i < domain.length; i++) parent[find(domain[i] as number)] = find(domain[0] as number);
  const id = new Int32Array(inst.g).fill(-1);
  let next = 0;
  return Int32Array.from({ length: inst.g }, (_, g) => {
    const root = find(g);
    if ((id[root] as number) < 0) id[root] = next++;
    return id[root] as number;
  });
}
