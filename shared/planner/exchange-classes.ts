/**
 * The students exchange cycles (exchange-cycles.ts) may move, grouped into classes.
 *
 * Free: one student, unlocked, placed, in no rule and with no keep-apart partner, and not sitting
 * in one of their goal groups (last year's group, whose loop they keep; a group of an adult who
 * knows them, for a student with no connected adult). A free student may move among their allowed
 * groups except their goal groups: there what they cost themselves stays the same (a loop already
 * broken stays broken, an adult who knows them stays missed), so only the groups' costs change.
 * Free students with the same attributes, the same groups to move among and the same goals form
 * one class.
 *
 * Keepers: students sitting in their only goal group. A cycle may take one out of its group only
 * where a free student of a class whose only goal is that group comes back in ("goal arcs"): a
 * student back in last year's group while a classmate leaves it. The keeper leaves as a student of
 * its carrier class (the same attributes, all its allowed groups, no goal); it cannot come back
 * within the cycle, as a cycle's groups all differ.
 */
import { withFriend } from './objective';
import type { PlanState } from './plan-state';

export type Classes = {
  /** Number of classes. */
  readonly count: number;
  /** count × a attribute bits. */
  readonly attr: Uint8Array;
  /** Per class: its attributes as a bit mask (attribute q = bit q). */
  readonly bits: Int32Array;
  /** count × groups: 1 where the class may be moved to. */
  readonly allowed: Uint8Array;
  /** Per group: the classes that may be moved to it. */
  readonly allowedAt: readonly Int32Array[];
  /** Per (group × count + class): the free units of that class in that group. */
  readonly units: number[][];
  /** Per class with one goal group: what reaching it is worth (weighted, before × scale); 0 otherwise. */
  readonly gain: Float64Array;
  /** Per group: the classes whose only goal it is. */
  readonly goalClassesAt: readonly Int32Array[];
  /** Per (group × count + carrier class): the keepers there. */
  readonly keepers: number[][];
  /** Per (group × count + carrier class): what one of them loses on leaving (weighted, before × scale). */
  readonly keeperLoss: Float64Array;
};

/** A student's own cost in group g: a broken loop, a missed adult who knows them. */
function ownCost(state: PlanState, s: number, g: number): number {
  const inst = state.inst;
  const cont = inst.contCost[s] as number;
  const rel = inst.relCost[s] as number;
  return (cont !== 0 && g !== inst.prevGroup[s] ? cont : 0) + (rel !== 0 && !withFriend(inst, s, g) ? rel : 0);
}

/** The groups where student s's own cost is lower than elsewhere (allowed or not). */
function goalGroups(state: PlanState, s: number): number[] {
  const inst = state.inst;
  const goals: number[] = [];
  const prev = inst.prevGroup[s] as number;
  if ((inst.contCost[s] as number) !== 0 && prev >= 0) goals.push(prev);
  if ((inst.relCost[s] as number) !== 0) for (const g of inst.friendlyGroups[s] ?? []) if (!goals.includes(g)) goals.push(g);
  return goals;
}

type Draft = { readonly rep: number; readonly groups: Int32Array; readonly goal: number; readonly gain: number };

/** Builds the classes and keepers of the plan as it stands. */
export function classesOf(state: PlanState): Classes {
  const inst = state.inst;
  const a = inst.a;
  const G = inst.g;
  const byKey = new Map<string, number>();
  const drafts: Draft[] = [];
  const classOf = new Int32Array(inst.unitMembers.length).fill(-1);
  const keeperOf: { u: number; g: number; carrier: number; loss: number }[] = [];
  // Hashes of each distinct allowed-groups array (units share their domain arrays' contents, not identity).
  const bitsOf = (u: number): number => {
    let m = 0;
    for (let q = 0; q < a; q++) m |= (inst.unitAttr[u * a + q] as number) << q;
    return m;
  };
  const hashOf = (groups: Int32Array): number => {
    let hash = 0x811c9dc5;
    for (let i = 0; i < groups.length; i++) hash = Math.imul(hash ^ (groups[i] as number), 0x01000193);
    return hash >>> 0;
  };
  const classFor = (u: number, groups: Int32Array, hash: number, goals: readonly number[], gain: number): number => {
    const key = goals.length === 0 ? `${hash}:${groups.length}:${bitsOf(u)}` : `${hash}:${groups.length}:${bitsOf(u)}:${goals.join('.')}:${gain}`;
    const c = byKey.get(key);
    if (c !== undefined) return sameGroups(groups, (drafts[c] as Draft).groups) ? c : -1;
    byKey.set(key, drafts.length);
    drafts.push({ rep: u, groups, goal: goals.length === 1 ? (goals[0] as number) : -1, gain });
    return drafts.length - 1;
  };
  const domainHash = new Map<Int32Array, number>();
  const hashOfDomain = (all: Int32Array): number => {
    let h = domainHash.get(all);
    if (h === undefined) domainHash.set(all, (h = hashOf(all)));
    return h;
  };
  for (let u = 0; u < inst.unitMembers.length; u++) {
    const members = inst.unitMembers[u] as Int32Array;
    const s = members[0] as number;
    const g = state.unitGroup[u] as number;
    if (members.length !== 1 || (inst.unitLocked[u] as number) >= 0 || g < 0) continue;
    if ((inst.rulesOfStudent[s] as Int32Array).length !== 0 || (inst.unitApart[u] as Int32Array).length !== 0) continue;
    const all = inst.unitDomain[u] as Int32Array;
    if (all.length < 2) continue;
    const goals = goalGroups(state, s);
    if (goals.includes(g)) {
      // A keeper: only if this is its only goal and it has somewhere else to go.
      if (goals.length !== 1) continue;
      const elsewhere = all.find((h) => h !== g);
      if (elsewhere === undefined) continue;
      const carrier = classFor(u, all, hashOfDomain(all), [], 0);
      if (carrier >= 0) keeperOf.push({ u, g, carrier, loss: ownCost(state, s, elsewhere) - ownCost(state, s, g) });
      continue;
    }
    const groups = goals.length === 0 ? all : all.filter((h) => !goals.includes(h));
    if (groups.length < 2) continue;
    // What reaching the one goal is worth (only one-goal classes get goal arcs).
    const goal = goals.length === 1 ? (goals[0] as number) : -1;
    const gain = goal >= 0 && inst.unitDomainMask[u]?.[goal] ? ownCost(state, s, g) - ownCost(state, s, goal) : 0;
    classOf[u] = classFor(u, groups, goals.length === 0 ? hashOfDomain(all) : hashOf(groups), goals, gain);
  }
  const count = drafts.length;
  const attr = new Uint8Array(count * a);
  const allowed = new Uint8Array(count * G);
  const gain = new Float64Array(count);
  const goalLists: number[][] = Array.from({ length: G }, () => []);
  drafts.forEach((d, c) => {
    attr.set(inst.unitAttr.subarray(d.rep * a, (d.rep + 1) * a), c * a);
    for (const g of d.groups) allowed[c * G + g] = 1;
    if (d.goal >= 0 && d.gain > 0) {
      gain[c] = d.gain;
      (goalLists[d.goal] as number[]).push(c);
    }
  });
  const bits = Int32Array.from(drafts.keys(), (c) => attr.subarray(c * a, (c + 1) * a).reduce((m, v, q) => m | (v << q), 0));
  const allowedAt = Array.from({ length: G }, (_, g) => Int32Array.from(drafts.keys()).filter((c) => allowed[c * G + g] === 1));
  const units: number[][] = Array.from({ length: G * count }, () => []);
  for (let u = 0; u < classOf.length; u++) {
    const c = classOf[u] as number;
    if (c >= 0) (units[(state.unitGroup[u] as number) * count + c] as number[]).push(u);
  }
  // Keepers of one group and carrier share a price: the first one's loss; others who would lose another amount are left out.
  const keepers: number[][] = Array.from({ length: G * count }, () => []);
  const keeperLoss = new Float64Array(G * count);
  for (const k of keeperOf) {
    const at = k.g * count + k.carrier;
    const list = keepers[at] as number[];
    if (list.length === 0) keeperLoss[at] = k.loss;
    else if (keeperLoss[at] !== k.loss) continue;
    list.push(k.u);
  }
  return { count, attr, bits, allowed, allowedAt, units, gain, goalClassesAt: goalLists.map((l) => Int32Array.from(l)), keepers, keeperLoss };
}

function sameGroups(x: Int32Array, y: Int32Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
