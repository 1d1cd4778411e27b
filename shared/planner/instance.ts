/** Builds the compact instance of one school year (see instance-types.ts for what each array holds). */
import { gradeInYear } from '../domain/dates';
import type { School } from '../domain/types';
import { studentConnections } from './connections';
import { buildUnits, compileRules, studentDomains, unitDomains, unitPartners } from './instance-rules';
import type { Instance } from './instance-types';
import { REPLAN_MOVE_COST, resolveWeights } from './planner-defaults';
import type { PlannerWeights } from './planner-types';
import { groupCapacity, openGroups, previousYearId, studentsToPlace } from './year-model';

const baseAttributes = ['female', 'economically disadvantaged', 'IEP/504', 'English learner'] as const;

/** School + year → instance; `replan` adds the per-move cost relative to the current placements. */
export function buildInstance(school: School, yearId: string, weightsIn: Partial<PlannerWeights> | undefined, mode: 'fresh' | 'replan'): Instance {
  const weights = resolveWeights(weightsIn);
  const policy = school.info.policy;
  const prevYearId = previousYearId(yearId);
  const students = studentsToPlace(school, yearId);
  const groups = openGroups(school, yearId);
  const n = students.length;
  const G = groups.length;
  const studentIndex = new Map(students.map((s, i) => [s.id, i]));
  const groupIndex = new Map(groups.map((g, i) => [g.id, i]));

  // Mix attributes: the four flags, plus each grade when groups mix grades.
  const grades = policy.grouping === 'vertical' ? [...policy.grades] : [];
  const attrNames = [...baseAttributes, ...grades.map((g) => `grade ${g}`)];
  const a = attrNames.length;
  const attr = new Uint8Array(n * a);
  const attrTotal = new Int32Array(a);
  students.forEach((s, i) => {
    const flags = [s.gender === 'female', s.flags.economicallyDisadvantaged, s.flags.iep504, s.flags.englishLearner];
    const grade = gradeInYear(s.classOf, yearId);
    for (const g of grades) flags.push(g === grade);
    flags.forEach((on, k) => {
      if (!on) return;
      attr[i * a + k] = 1;
      attrTotal[k] = (attrTotal[k] as number) + 1;
    });
  });

  // Seats and bands. `targetSize` only narrows the target band from above (a small room caps it);
  // the soft band widens to contain the target band, so a narrowed group is never "doubly" wrong.
  const cap = Int32Array.from(groups, (g) => groupCapacity(school, g, yearId));
  const hi = Int32Array.from(groups, (g) => Math.min(policy.targetMax, g.targetSize));
  const lo = Int32Array.from(groups, (_, i) => Math.min(policy.targetMin, hi[i] as number));
  const softLo = Int32Array.from(groups, (_, i) => Math.min(policy.softMin, lo[i] as number));
  const softHi = Int32Array.from(groups, (_, i) => Math.max(policy.softMax, hi[i] as number));

  // Last year's and this year's placements; locks hold only in open groups.
  const prev = school.placements[prevYearId] ?? {};
  const current = school.placements[yearId] ?? {};
  const prevGroupId = students.map((s) => prev[s.id]?.groupId ?? null);
  const prevGroup = Int32Array.from(prevGroupId, (id) => (id === null ? -1 : groupIndex.get(id) ?? -1));
  const contCost = Int32Array.from(prevGroup, (g) => {
    if (g < 0) return 0;
    const group = groups[g];
    const sameLead = group?.advisors[prevYearId]?.lead === group?.advisors[yearId]?.lead;
    return sameLead ? weights.continuity : Math.floor(weights.continuity / 2);
  });
  const currentGroup = Int32Array.from(students, (s) => groupIndex.get(current[s.id]?.groupId ?? '') ?? -1);
  const lockedGroup = Int32Array.from(students, (s, i) => (current[s.id]?.locked ? (currentGroup[i] as number) : -1));

  const rules = compileRules(school, yearId, studentIndex, groups);
  const studentDomainMask = studentDomains(school, students, groups, rules.hard);
  const units = buildUnits(n, rules.hard, lockedGroup);
  const domains = unitDomains(units.members, units.locked, studentDomainMask, cap);
  const unitAttr = new Int32Array(units.members.length * a);
  units.members.forEach((m, u) => {
    for (const s of m) for (let k = 0; k < a; k++) unitAttr[u * a + k] = (unitAttr[u * a + k] as number) + (attr[s * a + k] as number);
  });

  // Relationship: unconnected students, and the open groups (they may join) with a friendly adult.
  const links = studentConnections(school, yearId);
  const unconnected = Uint8Array.from(students, (s) => ((links.connected.get(s.id) ?? 0) === 0 ? 1 : 0));
  const friendlyGroups = students.map((s, i) => {
    const adults = links.friendly.get(s.id);
    if (!unconnected[i] || !adults) return null;
    const mask = domains.mask[units.unitOf[i] as number] as Uint8Array;
    const list: number[] = [];
    groups.forEach((g, k) => {
      const adv = g.advisors[yearId];
      if (mask[k] && adv && ((adv.lead && adults.has(adv.lead)) || (adv.co && adults.has(adv.co)))) list.push(k);
    });
    return list.length > 0 ? Int32Array.from(list) : null;
  });
  const relCost = Int32Array.from(friendlyGroups, (f) => (f ? weights.relationship : 0));

  const rulesOfStudent: number[][] = Array.from({ length: n }, () => []);
  rules.soft.forEach((r, k) => {
    for (const s of r.members) (rulesOfStudent[s] as number[]).push(k);
  });

  return {
    school,
    yearId,
    prevYearId,
    weights,
    scale: Math.max(1, n),
    n,
    g: G,
    a,
    students,
    groups,
    studentIndex,
    groupIndex,
    attrNames,
    attr,
    attrTotal,
    prevGroupId,
    prevGroup,
    contCost,
    currentGroup,
    anchorCost: mode === 'replan' ? REPLAN_MOVE_COST : 0,
    unconnected,
    relCost,
    friendlyGroups,
    cap,
    lo,
    hi,
    softLo,
    softHi,
    unitOf: units.unitOf,
    unitMembers: units.members,
    unitDomain: domains.domain,
    unitDomainMask: domains.mask,
    unitLocked: units.locked,
    unitApart: unitPartners(units.members.length, units.unitOf, rules.hard),
    unitAttr,
    softRules: rules.soft,
    rulesOfStudent: rulesOfStudent.map((r) => Int32Array.from(r)),
    hardRules: rules.hard,
    studentDomainMask,
  };
}
