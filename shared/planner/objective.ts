/**
 * The objective, computed from scratch (the incremental tables in plan-state.ts must agree with it).
 *
 * All parts are integers, weighted by PlannerWeights (w):
 * - continuity: Σ over returning students whose last-year group g is open this year and who are
 *   not in g: w.continuity if g keeps the same lead, ⌊w.continuity / 2⌋ if its lead changed.
 * - size: Σ over open groups with n students: w.size × (dist(n, [lo, hi]) + dist(n, [softLo, softHi])),
 *   where dist is how far n lies outside the band; so each student outside the soft band counts twice.
 * - mix: ⌊ w.mix × Σ_groups Σ_attributes |c_ga·N − A_a·n_g| / N ⌋, with N the students to place,
 *   A_a those with attribute a, c_ga those in group g (attributes: female, economically
 *   disadvantaged, IEP/504, English learner, and each grade when groups are vertical). Dividing by
 *   N counts the mix in students away from the school's share; the floor is taken once, on the sum.
 * - rules: w.rules per unmet soft rule: keep-apart per pair sharing a group; keep-together once if
 *   its students are not all in one group; place-with / keep-away per student out of place (a staff
 *   rule is a list of independent student–adult requests, as a keep-apart is a list of pairs).
 * - relationship: w.relationship per student with no connected adult who is not with an adult who
 *   marked them or whom they named, when some open group they may join has such an adult.
 * An unplaced student counts as "not in" any group.
 *
 * The search minimises the exact value N × (continuity + size + rules + relationship + anchor) +
 * w.mix × Σ|…| (no floor, all integers); `anchor` (re-plans only) is the per-move cost.
 */
import type { Instance, CompiledRule } from './instance-types';
import type { ObjectiveParts } from './planner-types';
import { assertNever } from '../domain/ids';

export type RawParts = {
  continuity: number;
  size: number;
  /** Σ |c·N − A·n|, unweighted and undivided. */
  mixRaw: number;
  rules: number;
  relationship: number;
  anchor: number;
};

/** Weighted size cost of a group with `n` students. */
export function sizeCost(inst: Instance, g: number, n: number): number {
  const lo = inst.lo[g] as number;
  const hi = inst.hi[g] as number;
  const sLo = inst.softLo[g] as number;
  const sHi = inst.softHi[g] as number;
  const out = (n < lo ? lo - n : n > hi ? n - hi : 0) + (n < sLo ? sLo - n : n > sHi ? n - sHi : 0);
  return inst.weights.size * out;
}

/** True when student s in group g is with a friendly adult. */
export function withFriend(inst: Instance, s: number, g: number): boolean {
  const list = inst.friendlyGroups[s];
  if (!list || g < 0) return false;
  for (let i = 0; i < list.length; i++) if (list[i] === g) return true;
  return false;
}

/** Weighted cost of one compiled soft rule under an assignment. */
export function ruleCost(inst: Instance, rule: CompiledRule, groupOf: Int32Array): number {
  const w = inst.weights.rules;
  const m = rule.members;
  switch (rule.kind) {
    case 'keep-apart': {
      let pairs = 0;
      for (let i = 0; i < m.length; i++) {
        const gi = groupOf[m[i] as number] as number;
        if (gi < 0) continue;
        for (let j = i + 1; j < m.length; j++) if (groupOf[m[j] as number] === gi) pairs++;
      }
      return w * pairs;
    }
    case 'keep-together': {
      const g0 = groupOf[m[0] as number] as number;
      for (let i = 0; i < m.length; i++) if (groupOf[m[i] as number] !== g0 || g0 < 0) return w;
      return 0;
    }
    case 'place-with-staff': {
      let out = 0;
      for (const s of m) {
        const g = groupOf[s] as number;
        if (g < 0 || !rule.staffGroups?.[g]) out++;
      }
      return w * out;
    }
    case 'keep-away-from-staff': {
      let out = 0;
      for (const s of m) {
        const g = groupOf[s] as number;
        if (g >= 0 && rule.staffGroups?.[g]) out++;
      }
      return w * out;
    }
    default:
      return assertNever(rule.kind, 'rule kind');
  }
}

/** The objective parts of an assignment (student index → group index, −1 unplaced), from scratch. */
export function evaluateAssignment(inst: Instance, groupOf: Int32Array): RawParts {
  const { n, a } = inst;
  const size = new Int32Array(inst.g);
  const count = new Int32Array(inst.g * a);
  let continuity = 0;
  let relationship = 0;
  let anchor = 0;
  for (let s = 0; s < n; s++) {
    const g = groupOf[s] as number;
    if (g !== inst.prevGroup[s]) continuity += inst.contCost[s] as number;
    if (inst.relCost[s] && !withFriend(inst, s, g)) relationship += inst.relCost[s] as number;
    const cur = inst.currentGroup[s] as number;
    if (cur >= 0 && g !== cur) anchor += inst.anchorCost;
    if (g < 0) continue;
    size[g] = (size[g] as number) + 1;
    for (let k = 0; k < a; k++) count[g * a + k] = (count[g * a + k] as number) + (inst.attr[s * a + k] as number);
  }
  let sizePart = 0;
  let mixRaw = 0;
  for (let g = 0; g < inst.g; g++) {
    sizePart += sizeCost(inst, g, size[g] as number);
    for (let k = 0; k < a; k++) mixRaw += Math.abs((count[g * a + k] as number) * inst.scale - (inst.attrTotal[k] as number) * (size[g] as number));
  }
  let rules = 0;
  for (const r of inst.softRules) rules += ruleCost(inst, r, groupOf);
  return { continuity, size: sizePart, mixRaw, rules, relationship, anchor };
}

/** The exact value the search minimises (all integers; see the module comment). */
export function internalTotal(inst: Instance, raw: RawParts): number {
  return inst.scale * (raw.continuity + raw.size + raw.rules + raw.relationship + raw.anchor) + inst.weights.mix * raw.mixRaw;
}

/** The reported parts: mix floored once; the re-plan anchor is not part of the plan's objective. */
export function toObjectiveParts(inst: Instance, raw: RawParts): ObjectiveParts {
  const mix = Math.floor((inst.weights.mix * raw.mixRaw) / inst.scale);
  return {
    continuity: raw.continuity,
    size: raw.size,
    mix,
    rules: raw.rules,
    relationship: raw.relationship,
    total: raw.continuity + raw.size + mix + raw.rules + raw.relationship,
  };
}

/** Student id → group id placements as an index assignment (unknown or closed groups: unplaced). */
export function assignmentOf(inst: Instance, placements: Readonly<Record<string, string>>): Int32Array {
  return Int32Array.from(inst.students, (s) => inst.groupIndex.get(placements[s.id] ?? '') ?? -1);
}
