/**
 * Goal chains, for fresh plans after the local search: a student away from a goal — last year's
 * group (a broken loop) or a group with an adult who knows them (the relationship map) — is moved
 * there, and if that group is then over its seats or the move does not pay on its own, the best
 * student of that group is moved on to wherever it costs least.
 *
 * Why: on 4,000×250 grade-level, every cohort HiGHS solves to optimality held such chains the
 * planner missed: a student back in last year's group while a classmate leaves it for an adult who
 * marked them. The search's own chains sample 3 students of the group and 12 destinations, so they
 * almost never find the one student whose friendly adult is in one particular group. Here every
 * student of the goal group and every group they may join (a window of them in big domains) is priced.
 * A student a soft keep-together rule ties to friends goes with them (and as many are moved on):
 * on 4,000×250 grade-level one such pair was worth 40 alone.
 */
import type { PlanState } from './plan-state';
import type { PlannerRandom } from './random';
import { withFriend } from './objective';

/** Sweeps over the students with a goal at most (each stops early when it improves nothing). */
const SWEEPS = 3;
/**
 * Destinations priced for the student moved on: the whole domain up to this size (a grade-level
 * cohort has ~60 groups), else a window of it (a vertical school's 250 groups cost 3 ms a student
 * with a goal; 4,000×250 vertical has ~450 such students, and its chains never pay: a returning
 * student's loop is worth more than a known adult).
 */
const WHOLE_UP_TO = 64;
const WINDOW = 32;

/**
 * What the chains last saw: per unit, the member signatures of its group and its goal groups
 * when a chain from it last failed. A unit is tried again only once one of those groups changed (a later
 * sweep, or the run after the rebuild rounds), so a sweep that finds nothing costs little.
 */
export type ChainMemo = { readonly failedAt: Float64Array };

export function chainMemo(units: number): ChainMemo {
  return { failedAt: new Float64Array(units).fill(-1) };
}

/** Improves the plan in place with goal chains; returns how many were made. */
export function goalChains(state: PlanState, random: PlannerRandom, memo: ChainMemo = chainMemo(state.inst.unitMembers.length)): number {
  const inst = state.inst;
  let made = 0;
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    let improved = false;
    for (let u = 0; u < inst.unitMembers.length; u++) {
      if ((inst.unitLocked[u] as number) >= 0 || (state.unitGroup[u] as number) < 0 || (inst.unitDomain[u] as Int32Array).length < 2) continue;
      const goals = goalsOf(state, u);
      if (goals.length === 0) continue;
      const stamp = stampOf(state, u, goals);
      if (memo.failedAt[u] === stamp) continue;
      let chained = false;
      for (const h of goals) {
        if (chainTo(state, u, h, random)) {
          made++;
          improved = chained = true;
          break;
        }
      }
      memo.failedAt[u] = chained ? -1 : stamp;
    }
    if (!improved) break;
  }
  return made;
}

/** The member signatures of unit u's group and goal groups, combined (equal: none of them changed, but for a chance collision). */
function stampOf(state: PlanState, u: number, goals: readonly number[]): number {
  let stamp = state.members[state.unitGroup[u] as number] as number;
  for (let i = 0; i < goals.length; i++) stamp = stamp * 31 + (state.members[goals[i] as number] as number);
  return stamp;
}

/** The groups where a member of unit u would meet a goal it misses now (allowed groups only). */
function goalsOf(state: PlanState, u: number): number[] {
  const inst = state.inst;
  const g = state.unitGroup[u] as number;
  const mask = inst.unitDomainMask[u] as Uint8Array;
  const goals: number[] = [];
  const add = (h: number): void => {
    if (h >= 0 && h !== g && mask[h] && !goals.includes(h)) goals.push(h);
  };
  for (const s of inst.unitMembers[u] as Int32Array) {
    if ((inst.contCost[s] as number) > 0 && inst.prevGroup[s] !== g) add(inst.prevGroup[s] as number);
    if ((inst.relCost[s] as number) > 0 && !withFriend(inst, s, g)) for (const h of inst.friendlyGroups[s] ?? []) add(h);
  }
  return goals;
}

/**
 * Unit u and the units its soft keep-together rules tie it to that may follow it to h (placed,
 * unlocked, allowed there, not there yet): a student whose friendly adult is in h and who should
 * stay with a friend only gets there if both go.
 */
function moversOf(state: PlanState, u: number, h: number): number[] {
  const inst = state.inst;
  const movers = [u];
  for (const s of inst.unitMembers[u] as Int32Array) {
    for (const r of inst.rulesOfStudent[s] as Int32Array) {
      const rule = inst.softRules[r];
      if (rule?.kind !== 'keep-together') continue;
      for (const m of rule.members) {
        const v = inst.unitOf[m] as number;
        if (movers.includes(v) || (inst.unitLocked[v] as number) >= 0 || (state.unitGroup[v] as number) < 0 || state.unitGroup[v] === h || !inst.unitDomainMask[v]?.[h]) continue;
        movers.push(v);
      }
    }
  }
  return movers;
}

/**
 * Moves u (with its keep-together partners) to h, and then, once per unit moved, the best unit of
 * h on to wherever it costs least, while that pays or h is over its seats; keeps it only when the
 * plan strictly improves and every seat holds.
 */
function chainTo(state: PlanState, u: number, h: number, random: PlannerRandom): boolean {
  const inst = state.inst;
  const movers = moversOf(state, u, h);
  if (movers.some((m) => !state.apartOk(m, h))) return false;
  const before = state.total();
  const sizeH = state.size[h] as number;
  const roomInH = (): boolean => (state.size[h] as number) <= (inst.cap[h] as number) || (state.size[h] as number) <= sizeH;
  const from = movers.map((m) => state.unitGroup[m] as number);
  for (const m of movers) state.apply(m, h);
  const ejected: { v: number; l: number }[] = [];
  for (let e = 0; e < movers.length; e++) {
    let best = roomInH() ? 0 : Infinity;
    let bestV = -1;
    let bestL = -1;
    const list = state.groupUnits[h] as number[];
    for (let i = 0; i < list.length; i++) {
      const v = list[i] as number;
      if (movers.includes(v) || (inst.unitLocked[v] as number) >= 0) continue;
      const domain = inst.unitDomain[v] as Int32Array;
      const len = domain.length;
      const span = len <= WHOLE_UP_TO ? len : WINDOW;
      const offset = span === len ? 0 : random.below(len);
      for (let j = 0; j < span; j++) {
        const l = domain[(offset + j) % len] as number;
        if (l === h || !state.fits(v, l)) continue;
        const d = state.cost.of(v, l);
        if (d < best) {
          best = d;
          bestV = v;
          bestL = l;
        }
      }
    }
    if (bestV < 0) break;
    state.apply(bestV, bestL);
    ejected.push({ v: bestV, l: bestL });
  }
  if (state.total() < before && roomInH()) return true;
  for (let i = ejected.length - 1; i >= 0; i--) state.apply((ejected[i] as { v: number }).v, h);
  for (let i = movers.length - 1; i >= 0; i--) state.apply(movers[i] as number, from[i] as number);
  return false;
}
