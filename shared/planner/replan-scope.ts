/**
 * Where a re-plan looks. A re-plan starts from the current placements, which were a finished plan
 * until someone edited them; every move also pays the per-move cost. So the only moves that can
 * pay for themselves are near what changed:
 * - groups whose contents the construction changed (a student whose group closed, a new student,
 *   one displaced by a lock);
 * - groups holding a placement made by hand (the edit being repaired around);
 * - groups below their target band (they may take a student from an over-full group);
 * - and a few groups drawn from the seeded source, so a re-plan still finds a stray gain elsewhere.
 * The search picks units only from these groups, and every best move also prices the unit's goal
 * groups (bestGoal): the groups below their target band, where a student from an over-full group
 * gains most, and the groups where its own costs vanish (last year's group, an adult who knows
 * them), such as the group a hand move took a student from. A random window would mostly miss
 * them. After the search, the groups it changed join the scope for the final polish. Searching the whole school instead costs ~100k move prices for the same result; when
 * the change touches half the groups or more (a first plan of the year), it does search it all.
 */
import type { PlanState } from './plan-state';
import type { PlannerRandom } from './random';

/** The groups a re-plan works on, the movable units in them, and the groups always priced as destinations (all ascending). */
export type SearchScope = {
  readonly groups: readonly number[];
  readonly units: readonly number[];
  readonly destinations: readonly number[];
};

/** Random extra groups: about 3% of the groups, at least 2. */
const sampleSize = (groups: number): number => Math.min(groups, Math.max(2, Math.ceil(groups / 32)));

/** The re-plan scope after construction; draws its sample from `random` (so it is seeded). */
export function replanScope(state: PlanState, random: PlannerRandom): SearchScope {
  const inst = state.inst;
  const marked = new Uint8Array(inst.g);
  for (let s = 0; s < inst.n; s++) {
    const g = state.groupOf[s] as number;
    const cur = inst.currentGroup[s] as number;
    if (g !== cur) {
      if (g >= 0) marked[g] = 1;
      if (cur >= 0) marked[cur] = 1;
    }
    if (inst.handPlaced[s] && g >= 0) marked[g] = 1;
  }
  let count = 0;
  for (let g = 0; g < inst.g; g++) {
    if ((state.size[g] as number) < (inst.lo[g] as number)) marked[g] = 1;
    count += marked[g] as number;
  }
  if (2 * count >= inst.g) return scopeOf(state, marked.fill(1));
  for (let i = sampleSize(inst.g); i > 0; i--) marked[random.below(inst.g)] = 1;
  return scopeOf(state, marked);
}

/** The scope grown by every group whose contents now differ from the current placements. */
export function widenedScope(state: PlanState, scope: SearchScope): SearchScope {
  const inst = state.inst;
  const marked = new Uint8Array(inst.g);
  for (const g of scope.groups) marked[g] = 1;
  for (let s = 0; s < inst.n; s++) {
    const g = state.groupOf[s] as number;
    const cur = inst.currentGroup[s] as number;
    if (g === cur) continue;
    if (g >= 0) marked[g] = 1;
    if (cur >= 0) marked[cur] = 1;
  }
  return scopeOf(state, marked);
}

function scopeOf(state: PlanState, marked: Uint8Array): SearchScope {
  const inst = state.inst;
  const groups: number[] = [];
  for (let g = 0; g < inst.g; g++) if (marked[g]) groups.push(g);
  // The whole school: search as a fresh plan does (random windows), with no fixed destinations.
  const whole = groups.length === inst.g;
  const destinations = whole ? [] : groups.filter((g) => (state.size[g] as number) < (inst.lo[g] as number));
  const units: number[] = [];
  for (const g of groups) {
    for (const u of state.groupUnits[g] as number[]) {
      if ((inst.unitLocked[u] as number) < 0 && (inst.unitDomain[u] as Int32Array).length > 1) units.push(u);
    }
  }
  return { groups, units: units.sort((x, y) => x - y), destinations };
}

/**
 * The best goal group for unit u, as priced by delta(): the scope's destinations, and each
 * member's last-year group and groups with an adult who knows them; −1 when none fits.
 */
export function bestGoal(state: PlanState, u: number, destinations: readonly number[]): { group: number; delta: number } {
  const inst = state.inst;
  const from = state.unitGroup[u] as number;
  const mask = inst.unitDomainMask[u] as Uint8Array;
  let group = -1;
  let delta = Infinity;
  const consider = (g: number): void => {
    if (g < 0 || g === from || !mask[g] || !state.fits(u, g)) return;
    const d = state.delta(u, g);
    if (d < delta) {
      delta = d;
      group = g;
    }
  };
  for (const g of destinations) consider(g);
  for (const s of inst.unitMembers[u] as Int32Array) {
    consider(inst.prevGroup[s] as number);
    for (const g of inst.friendlyGroups[s] ?? []) consider(g);
  }
  return { group, delta };
}
