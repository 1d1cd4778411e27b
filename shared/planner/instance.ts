/**
 * Builds the compact instance of one school year (see instance-types.ts for what each array holds).
 * Linear in students + groups + rules + marks: one pass over the students for flags and
 * placements, per-class and per-group values computed once; a re-plan builds this on every hand
 * edit, so nothing here may scan the school once per student.
 */
import { gradeInYear } from '../domain/dates';
import type { School, Student } from '../domain/types';
import { studentLinks } from './instance-links';
import { buildUnits, compileRules, studentDomains, unitDomains, unitPartners } from './instance-rules';
import type { Instance } from './instance-types';
import { REPLAN_MOVE_COST, resolveWeights } from './planner-defaults';
import type { PlannerWeights } from './planner-types';
import { groupCapacity, openGroups, previousYearId, studentsToPlace } from './year-model';

const baseAttributes = ['female', 'economically disadvantaged', 'IEP/504', 'English learner'] as const;
/** Shared by every student with no soft rule (most of them): one empty list, not thousands. */
const NO_RULES = new Int32Array(0);

/** School + year → instance; `replan` adds the per-move cost relative to the current placements. */
export function buildInstance(school: School, yearId: string, weightsIn: Partial<PlannerWeights> | undefined, mode: 'fresh' | 'replan'): Instance {
  const weights = resolveWeights(weightsIn);
  const policy = school.info.policy;
  const prevYearId = previousYearId(yearId);
  const students = studentsToPlace(school, yearId);
  const groups = openGroups(school, yearId);
  const n = students.length;
  const G = groups.length;
  const studentIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) studentIndex.set((students[i] as Student).id, i);
  const groupIndex = new Map<string, number>();
  for (let k = 0; k < G; k++) groupIndex.set(groups[k]?.id ?? '', k);

  // Mix attributes: the four flags, plus each grade when groups mix grades.
  const grades = policy.grouping === 'vertical' ? [...policy.grades] : [];
  const attrNames = [...baseAttributes, ...grades.map((g) => `grade ${g}`)];
  const a = attrNames.length;
  const attr = new Uint8Array(n * a);
  const attrTotal = new Int32Array(a);
  const gradeSlot = new Map<number, number>();
  const set = (i: number, k: number): void => {
    attr[i * a + k] = 1;
    attrTotal[k] = (attrTotal[k] as number) + 1;
  };

  // Seats and bands. `targetSize` only narrows the target band from above (a small room caps it);
  // the soft band widens to contain the target band, so a narrowed group is never "doubly" wrong.
  const cap = Int32Array.from(groups, (g) => groupCapacity(school, g, yearId));
  const hi = Int32Array.from(groups, (g) => Math.min(policy.targetMax, g.targetSize));
  const lo = Int32Array.from(groups, (_, i) => Math.min(policy.targetMin, hi[i] as number));
  const softLo = Int32Array.from(groups, (_, i) => Math.min(policy.softMin, lo[i] as number));
  const softHi = Int32Array.from(groups, (_, i) => Math.max(policy.softMax, hi[i] as number));
  // Full continuity cost where the group keeps last year's lead, half where the lead changed.
  const groupContCost = Int32Array.from(groups, (g) => (g.advisors[prevYearId]?.lead === g.advisors[yearId]?.lead ? weights.continuity : Math.floor(weights.continuity / 2)));

  // Last year's and this year's placements, in the same pass; locks hold only in open groups.
  const prev = school.placements[prevYearId] ?? {};
  const current = school.placements[yearId] ?? {};
  const prevGroupId = new Array<string | null>(n);
  const prevGroup = new Int32Array(n);
  const contCost = new Int32Array(n);
  const currentGroup = new Int32Array(n);
  const lockedGroup = new Int32Array(n);
  const handPlaced = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = students[i] as Student;
    if (s.gender === 'female') set(i, 0);
    if (s.flags.economicallyDisadvantaged) set(i, 1);
    if (s.flags.iep504) set(i, 2);
    if (s.flags.englishLearner) set(i, 3);
    if (a > 4) {
      let slot = gradeSlot.get(s.classOf);
      if (slot === undefined) {
        const grade = gradeInYear(s.classOf, yearId);
        slot = grades.findIndex((g) => g === grade);
        gradeSlot.set(s.classOf, slot);
      }
      if (slot >= 0) set(i, 4 + slot);
    }
    const pid = prev[s.id]?.groupId ?? null;
    prevGroupId[i] = pid;
    const p = pid === null ? -1 : groupIndex.get(pid) ?? -1;
    prevGroup[i] = p;
    contCost[i] = p < 0 ? 0 : (groupContCost[p] as number);
    const cur = current[s.id];
    const c = cur ? groupIndex.get(cur.groupId) ?? -1 : -1;
    currentGroup[i] = c;
    lockedGroup[i] = cur?.locked ? c : -1;
    if (cur?.origin === 'hand') handPlaced[i] = 1;
  }
  const rules = compileRules(school, yearId, studentIndex, groups);
  const studentDomainMask = studentDomains(school, students, groups, rules.hard);
  const units = buildUnits(n, rules.hard, lockedGroup);
  const domains = unitDomains(units.members, units.locked, studentDomainMask, cap);
  const unitAttr = new Int32Array(units.members.length * a);
  units.members.forEach((m, u) => {
    for (const s of m) for (let k = 0; k < a; k++) unitAttr[u * a + k] = (unitAttr[u * a + k] as number) + (attr[s * a + k] as number);
  });

  // Relationship: unconnected students, and the open groups (they may join) with a friendly adult.
  const { unconnected, friendlyGroups } = studentLinks(school, yearId, studentIndex, groups, (s) => domains.mask[units.unitOf[s] as number] as Uint8Array);
  const relCost = Int32Array.from(friendlyGroups, (f) => (f ? weights.relationship : 0));

  const rulesOfStudent: Int32Array[] = new Array<Int32Array>(n).fill(NO_RULES);
  const ownRules = new Map<number, number[]>();
  rules.soft.forEach((r, k) => {
    for (const s of r.members) {
      const list = ownRules.get(s);
      if (list) list.push(k);
      else ownRules.set(s, [k]);
    }
  });
  for (const [s, list] of ownRules) rulesOfStudent[s] = Int32Array.from(list);

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
    handPlaced,
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
    rulesOfStudent,
    hardRules: rules.hard,
    studentDomainMask,
  };
}
