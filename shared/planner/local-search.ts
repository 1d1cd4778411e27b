/**
 * Local search over units: best move of one unit, swap of two units between their groups, and a
 * short ejection chain (u → h, then someone from h → elsewhere). Randomness is seeded; the budget
 * is a number of tries, never a time, so a seed always gives the same plan. Ties go to the lowest
 * group index. Fresh plans anneal: a move that leaves the objective unchanged is sometimes taken
 * (to cross plateaus), and a slightly worse one with probability exp(−Δ/T), T cooling linearly from
 * 1.5 students' worth to 0 over the budget; 80% of tries start from a loose unit (one not sitting
 * with last year's adult), since moving an anchored one costs a broken loop and is almost never
 * taken. On the 500×40 vertical bench school (175,000 tries) these two took the mean of five seeds
 * from 0.65% above HiGHS's proven optimum to 0.20% (see bench/planner-bench.ts). In re-plans every
 * move must strictly improve (the per-move cost makes a move pay for itself). A final polish sweeps
 * every unit with strictly improving best moves; a fresh plan then goes through rebuild.ts. A re-plan passes a scope (replan-scope.ts): only its units move, and each best move also prices the
 * unit's goal groups, which a random window would mostly miss.
 */
import type { PlanState } from './plan-state';
import type { PlannerRandom } from './random';
import { bestGoal, widenedScope, type SearchScope } from './replan-scope';

export type SearchOptions = {
  readonly budget: number;
  /** Re-plan: accept only strict improvements. */
  readonly strict: boolean;
  readonly random: PlannerRandom;
  /** Called about 30 times with tries done so far. */
  readonly onTick?: (done: number) => void;
  /** Re-plan: the only units that may move, and the groups every best move also prices (see replan-scope.ts). */
  readonly scope?: SearchScope;
};

/** How a search accepts a move: strictly better only (re-plan), or annealing at `temperature`. */
type Acceptance = { readonly strict: boolean; readonly random: PlannerRandom; temperature: number };

/** Starting temperature of a fresh plan, in students' worth of the objective (× scale). */
const START_TEMPERATURE = 1.5;
/** Percent of tries that start from a loose unit. */
const LOOSE_SHARE = 80;
const SAMPLE = 6;
/** Groups priced per move at most: a window of the unit's allowed groups at a random offset (keeps big schools fast). */
const WINDOW = 24;
const POLISH_SWEEPS = 4;
/** The chain's second step looks at fewer units and groups: it is tried for every unit it samples. */
const CHAIN_SAMPLE = 3;
const CHAIN_WINDOW = 12;

/** Improves the plan in place; returns the number of tries made. */
export function localSearch(state: PlanState, options: SearchOptions): number {
  const inst = state.inst;
  const { random, strict, scope } = options;
  const movable: number[] = scope ? [...scope.units] : [];
  for (let u = 0; !scope && u < inst.unitMembers.length; u++) {
    if ((inst.unitLocked[u] as number) < 0 && (inst.unitDomain[u] as Int32Array).length > 1 && (state.unitGroup[u] as number) >= 0) movable.push(u);
  }
  const tickEvery = Math.max(1, Math.ceil(options.budget / 30));
  const acc: Acceptance = { strict, random, temperature: 0 };
  const start = strict ? 0 : START_TEMPERATURE * inst.scale;
  const loose = strict ? [] : movable.filter((u) => !state.anchored(u));
  let tries = 0;
  if (movable.length > 0) {
    for (; tries < options.budget; tries++) {
      if (options.onTick && tries % tickEvery === 0) options.onTick(tries);
      acc.temperature = start * (1 - tries / options.budget);
      const fromLoose = loose.length > 0 && random.below(100) < LOOSE_SHARE;
      const u = (fromLoose ? loose[random.below(loose.length)] : movable[random.below(movable.length)]) as number;
      const r = random.below(100);
      if (r < 45) bestMove(state, u, acc, false, scope ?? null);
      else if (r < 90) swap(state, u, acc);
      else chain(state, u, acc);
    }
  }
  acc.temperature = 0;
  if (scope) {
    const wide = widenedScope(state, scope);
    polish(state, wide.units, random, wide);
  } else polish(state, movable, random, null);
  return tries;
}

const RANDOM_SCALE = 2 ** 30;

/** Better: yes. Strict: no. Equal: one time in four. Worse: with probability exp(−Δ/T). */
function accept(d: number, acc: Acceptance): boolean {
  if (d < 0) return true;
  if (acc.strict) return false;
  if (d === 0) return acc.random.below(4) === 0;
  const t = acc.temperature;
  return t > 0 && d < 20 * t && acc.random.below(RANDOM_SCALE) < Math.exp(-d / t) * RANDOM_SCALE;
}

/** True when group g's size is within its seats, or at least not above what it was (locks can overfill). */
function seatsOk(state: PlanState, g: number, before: number): boolean {
  const size = state.size[g] as number;
  return size <= (state.inst.cap[g] as number) || size <= before;
}

/** Moves u to the best group with seats (window or whole domain; in a re-plan also its goal groups), if that does not make things worse. */
function bestMove(state: PlanState, u: number, acc: Acceptance, whole: boolean, scope: SearchScope | null): boolean {
  const random = acc.random;
  const from = state.unitGroup[u] as number;
  const domain = state.inst.unitDomain[u] as Int32Array;
  const len = domain.length;
  const span = whole ? len : Math.min(len, WINDOW);
  const offset = span === len ? 0 : random.below(len);
  let best = -1;
  let bestDelta = Infinity;
  for (let i = 0; i < span; i++) {
    const g = domain[(offset + i) % len] as number;
    if (g === from || !state.fits(u, g)) continue;
    const d = state.cost.of(u, g);
    if (d < bestDelta) {
      bestDelta = d;
      best = g;
    }
  }
  if (scope && span < len) {
    const goal = bestGoal(state, u, scope.destinations);
    if (goal.delta < bestDelta) {
      bestDelta = goal.delta;
      best = goal.group;
    }
  }
  if (best < 0 || !accept(bestDelta, acc)) return false;
  state.apply(u, best);
  return true;
}

/** Swaps u with the best of a few units of a random group u may join. */
function swap(state: PlanState, u: number, acc: Acceptance): void {
  const random = acc.random;
  const inst = state.inst;
  const g = state.unitGroup[u] as number;
  const domain = inst.unitDomain[u] as Int32Array;
  const h = domain[random.below(domain.length)] as number;
  const list = state.groupUnits[h] as number[];
  if (h === g || list.length === 0) return;
  const sizeG = state.size[g] as number;
  const sizeH = state.size[h] as number;
  const d1 = state.delta(u, h);
  state.apply(u, h);
  const count = Math.min(SAMPLE, list.length - 1);
  const offset = random.below(list.length - 1 || 1);
  let best = -1;
  let bestDelta = Infinity;
  for (let i = 0; i < count; i++) {
    const v = list[(offset + i) % (list.length - 1)] as number;
    if (v === u || (inst.unitLocked[v] as number) >= 0 || !inst.unitDomainMask[v]?.[g]) continue;
    const d = state.delta(v, g);
    if (d < bestDelta) {
      bestDelta = d;
      best = v;
    }
  }
  if (best >= 0 && accept(d1 + bestDelta, acc)) {
    state.apply(best, g);
    if (seatsOk(state, g, sizeG) && seatsOk(state, h, sizeH) && state.apartOk(u, h) && state.apartOk(best, g)) return;
    state.apply(best, h);
  }
  state.apply(u, g);
}

/** Moves u to its best group ignoring seats, then moves the best of a few of that group's units on. */
function chain(state: PlanState, u: number, acc: Acceptance): void {
  const random = acc.random;
  const inst = state.inst;
  const g = state.unitGroup[u] as number;
  const domain = inst.unitDomain[u] as Int32Array;
  const len = domain.length;
  const span = Math.min(len, WINDOW);
  const start = span === len ? 0 : random.below(len);
  let h = -1;
  let d1 = Infinity;
  for (let i = 0; i < span; i++) {
    const x = domain[(start + i) % len] as number;
    if (x === g || !state.apartOk(u, x)) continue;
    const d = state.cost.of(u, x);
    if (d < d1) {
      d1 = d;
      h = x;
    }
  }
  if (h < 0) return;
  const sizeH = state.size[h] as number;
  state.apply(u, h);
  const list = state.groupUnits[h] as number[];
  const count = Math.min(CHAIN_SAMPLE, list.length - 1);
  const offset = random.below(list.length - 1 || 1);
  let bestV = -1;
  let bestL = -1;
  let bestDelta = Infinity;
  for (let i = 0; i < count; i++) {
    const v = list[(offset + i) % (list.length - 1)] as number;
    if (v === u || (inst.unitLocked[v] as number) >= 0) continue;
    const dv = inst.unitDomain[v] as Int32Array;
    const vlen = dv.length;
    const vspan = Math.min(vlen, CHAIN_WINDOW);
    const vstart = vspan === vlen ? 0 : random.below(vlen);
    for (let j = 0; j < vspan; j++) {
      const l = dv[(vstart + j) % vlen] as number;
      if (l === h || !state.fits(v, l)) continue;
      const d = state.cost.of(v, l);
      if (d < bestDelta) {
        bestDelta = d;
        bestV = v;
        bestL = l;
      }
    }
  }
  if (bestV >= 0 && accept(d1 + bestDelta, acc)) {
    state.apply(bestV, bestL);
    if (seatsOk(state, h, sizeH)) return;
    state.apply(bestV, h);
  }
  state.apply(u, g);
}

/**
 * Strictly improving best moves over every unit in index order, until a sweep finds none (or a
 * few sweeps). Small domains are priced whole; large ones (vertical schools) through the window,
 * at offsets from the seeded source.
 */
function polish(state: PlanState, movable: readonly number[], random: PlannerRandom, scope: SearchScope | null): void {
  const strictly: Acceptance = { strict: true, random, temperature: 0 };
  for (let sweep = 0; sweep < POLISH_SWEEPS; sweep++) {
    let improved = false;
    for (const u of movable) if (bestMove(state, u, strictly, (state.inst.unitDomain[u] as Int32Array).length <= 2 * WINDOW, scope)) improved = true;
    if (!improved) return;
  }
}
