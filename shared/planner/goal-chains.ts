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

/** Improves the plan in place with goal chains; returns how many were made. */
export function goalChains(state: PlanState, random: PlannerRandom): number {
  const inst = state.inst;
  let made = 0;
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    let improved = false;
    for (let u = 0; u < inst.unitMembers.length; u++) {
      if ((inst.unitLocked[u] as number) >= 0 || (state.unitGroup[u] as number) < 0 || (inst.unitDomain[u] as Int32Array).length < 2) continue;
      for (const h of goalsOf(state, u)) {
        if (chainTo(state, u, h, random)) {
          made++;
          improved = true;
          break;
        }
      }
    }
    if (!improved) break;
  }
  return made;
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

/** Moves u to h, and the best unit of h on if that pays more; keeps it only when the plan strictly improves and every seat holds. */
function chainTo(state: PlanState, u: number, h: number, random: PlannerRandom): boolean {
  const inst = state.inst;
  const from = state.unitGroup[u] as number;
  if (!state.apartOk(u, h)) return false;
  const sizeH = state.size[h] as number;
  const d1 = state.delta(u, h);
  state.apply(u, h);
  const roomInH = (state.size[h] as number) <= (inst.cap[h] as number) || (state.size[h] as number) <= sizeH;
  let best = roomInH ? d1 : Infinity;
  let bestV = -1;
  let bestL = -1;
  const list = state.groupUnits[h] as number[];
  for (let i = 0; i < list.length; i++) {
    const v = list[i] as number;
    if (v === u || (inst.unitLocked[v] as number) >= 0) continue;
    const domain = inst.unitDomain[v] as Int32Array;
    const len = domain.length;
    const span = len <= WHOLE_UP_TO ? len : WINDOW;
    const offset = span === len ? 0 : random.below(len);
    for (let j = 0; j < span; j++) {
      const l = domain[(offset + j) % len] as number;
      if (l === h || !state.fits(v, l)) continue;
      const d = d1 + state.delta(v, l);
      if (d < best) {
        best = d;
        bestV = v;
        bestL = l;
      }
    }
  }
  if (best < 0 && (bestV >= 0 || roomInH)) {
    if (bestV >= 0) state.apply(bestV, bestL);
    if ((state.size[h] as number) <= (inst.cap[h] as number) || (state.size[h] as number) <= sizeH) return true;
    if (bestV >= 0) state.apply(bestV, h);
  }
  state.apply(u, from);
  return false;
}
