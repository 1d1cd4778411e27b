/**
 * Ruin and recreate, after the local search of a fresh plan: take every loose student (one not
 * sitting with last year's adult) out of a few groups at once, put them back greedily in a seeded
 * order, improve that by moves and swaps among them, and keep the result when it is no worse.
 *
 * Why: what the local search leaves is a plan no single move, swap or short chain improves, and
 * every student it still places differently from the proven optimum is a loose student with no
 * tie — the rest of the gap is the groups' mix, which needs several of them to change places at
 * once. Re-dealing eight groups' loose students reaches such changes. On the 500×40 vertical bench
 * school it took the plan from 0.20% (mean of five seeds) to 0.058% (mean of twelve) above HiGHS's
 * proven optimum (see bench/planner-bench.ts). Re-plans never use it: they must move as few as possible.
 *
 * Deterministic: the rounds are a count, the order and the groups come from the seeded source,
 * ties go to the earlier group in the round's list.
 */
import { insertBest } from './construct';
import type { PlanState } from './plan-state';
import type { PlannerRandom } from './random';

/** Groups re-dealt per round. */
const GROUPS = 8;
/** Improvement passes over a round's students at most (they stop earlier when a pass finds nothing). */
const PASSES = 8;

export type RebuildOptions = {
  readonly rounds: number;
  readonly random: PlannerRandom;
  /** Called about 10 times with rounds done so far. */
  readonly onTick?: (done: number) => void;
};

/** Improves the plan in place; never makes it worse; returns the rounds that kept a new plan. */
export function rebuild(state: PlanState, options: RebuildOptions): number {
  const inst = state.inst;
  const units = inst.unitMembers.length;
  // Round seeds: placed, unlocked units with a choice of group (a round re-deals the loose units of the seed's group and others it may join).
  const candidate: number[] = [];
  for (let u = 0; u < units; u++) {
    if ((inst.unitLocked[u] as number) < 0 && (inst.unitDomain[u] as Int32Array).length > 1 && (state.unitGroup[u] as number) >= 0) candidate.push(u);
  }
  const ctx = context(state, candidate);
  const tickEvery = Math.max(1, Math.ceil(options.rounds / 10));
  let kept = 0;
  for (let round = 0; round < options.rounds && candidate.length > 0; round++) {
    if (options.onTick && round % tickEvery === 0) options.onTick(round);
    if (redeal(ctx, candidate[options.random.below(candidate.length)] as number, options.random)) kept++;
  }
  return kept;
}

type Context = {
  readonly state: PlanState;
  /** 1: one student, no soft rules (swaps priced by swapDelta). */
  readonly simple: Uint8Array;
  /** Students that differ in nothing the objective sees share a kind (≥ 0); swapping them changes nothing. −1: one of a kind. */
  readonly kind: Int32Array;
  /** Per group: the improvement pass that last changed it. */
  readonly changed: Int32Array;
};

function context(state: PlanState, candidate: readonly number[]): Context {
  const inst = state.inst;
  const units = inst.unitMembers.length;
  const simple = new Uint8Array(units);
  const kind = new Int32Array(units).fill(-1);
  const kinds = new Map<string, number>();
  for (const u of candidate) {
    const members = inst.unitMembers[u] as Int32Array;
    const s = members[0] as number;
    simple[u] = members.length === 1 && (inst.rulesOfStudent[s] as Int32Array).length === 0 ? 1 : 0;
    const plain = simple[u] === 1 && inst.relCost[s] === 0 && (inst.contCost[s] === 0 || inst.prevGroup[s] === -1) && inst.anchorCost === 0;
    if (!plain) continue;
    const key = inst.unitAttr.subarray(u * inst.a, (u + 1) * inst.a).join(',');
    const id = kinds.get(key) ?? kinds.size;
    kinds.set(key, id);
    kind[u] = id;
  }
  return { state, simple, kind, changed: new Int32Array(inst.g) };
}

/** One round around unit `seed`: its group and others it may join. True when a new plan was kept. */
function redeal(ctx: Context, seed: number, random: PlannerRandom): boolean {
  const state = ctx.state;
  const inst = state.inst;
  const domain = inst.unitDomain[seed] as Int32Array;
  const groups = [state.unitGroup[seed] as number];
  const want = Math.min(GROUPS, domain.length);
  for (let tries = 0; groups.length < want && tries < 4 * want; tries++) {
    const g = domain[random.below(domain.length)] as number;
    if (!groups.includes(g)) groups.push(g);
  }
  const taken: number[] = [];
  for (const g of groups) {
    for (const u of state.groupUnits[g] as number[]) {
      if ((inst.unitLocked[u] as number) < 0 && (inst.unitDomain[u] as Int32Array).length > 1 && !state.anchored(u)) taken.push(u);
    }
  }
  if (taken.length < 2) return false;
  const before = state.total();
  const home = taken.map((u) => state.unitGroup[u] as number);
  for (const u of taken) state.apply(u, -1);
  const order = taken.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  let placed = true;
  for (const i of order) placed = insertBest(state, taken[i] as number, groups) && placed;
  if (placed) improve(ctx, taken, groups);
  if (placed && state.total() <= before) return state.total() < before || !sameAsHome(state, taken, home);
  for (const u of taken) state.apply(u, -1);
  taken.forEach((u, i) => state.apply(u, home[i] as number));
  return false;
}

function sameAsHome(state: PlanState, taken: readonly number[], home: readonly number[]): boolean {
  return taken.every((u, i) => state.unitGroup[u] === home[i]);
}

/**
 * First-improvement moves and swaps among the round's units, within its groups. A move or swap is
 * priced from its two groups only, so after the first pass only pairs touching a group that changed
 * in the last pass are priced again (the others were priced on the same groups and did not pay).
 */
function improve(ctx: Context, taken: readonly number[], groups: readonly number[]): void {
  const { state, simple, kind, changed } = ctx;
  const inst = state.inst;
  for (const g of groups) changed[g] = 0;
  for (let pass = 1; pass <= PASSES; pass++) {
    let improved = false;
    const fresh = (g: number): boolean => pass === 1 || (changed[g] as number) >= pass - 1;
    const mark = (g: number, h: number): void => {
      changed[g] = pass;
      changed[h] = pass;
      improved = true;
    };
    for (const u of taken) {
      const from = state.unitGroup[u] as number;
      const mask = inst.unitDomainMask[u] as Uint8Array;
      for (const g of groups) {
        if (g === from || !mask[g] || (!fresh(from) && !fresh(g)) || !state.fits(u, g) || state.cost.of(u, g) >= 0) continue;
        state.apply(u, g);
        mark(from, g);
        break;
      }
    }
    for (let i = 0; i < taken.length; i++) {
      const u = taken[i] as number;
      for (let j = i + 1; j < taken.length; j++) {
        const v = taken[j] as number;
        const gu = state.unitGroup[u] as number;
        const gv = state.unitGroup[v] as number;
        if (gu === gv || (!fresh(gu) && !fresh(gv)) || (kind[u] as number) >= 0 && kind[u] === kind[v]) continue;
        if (!inst.unitDomainMask[u]?.[gv] || !inst.unitDomainMask[v]?.[gu]) continue;
        if (simple[u] && simple[v]) {
          if (state.swapDelta(u, v) >= 0 || !state.apartOk(u, gv) || !state.apartOk(v, gu)) continue;
          state.apply(u, gv);
          state.apply(v, gu);
          mark(gu, gv);
        } else if (trySwap(state, u, v)) mark(gu, gv);
      }
    }
    if (!improved) return;
  }
}

/** Swaps u and v when that strictly improves the plan and breaks no seat or keep-apart; else leaves them. */
function trySwap(state: PlanState, u: number, v: number): boolean {
  const inst = state.inst;
  const gu = state.unitGroup[u] as number;
  const gv = state.unitGroup[v] as number;
  const before = state.total();
  state.apply(u, gv);
  state.apply(v, gu);
  const ok = state.total() < before && (state.size[gu] as number) <= (inst.cap[gu] as number) && (state.size[gv] as number) <= (inst.cap[gv] as number) && state.apartOk(u, gv) && state.apartOk(v, gu);
  if (ok) return true;
  state.apply(v, gv);
  state.apply(u, gu);
  return false;
}
