/**
 * What the plan could not do, said plainly with why: unmet soft rules, groups outside the soft
 * band, groups far from the school's mix, students with no connected adult who are not with an
 * adult who knows them, returning students whose continuity broke.
 *
 * "Far from the mix": a group's count of an attribute differs from its fair share (size × school
 * share) by at least 3 students and by at least 20% of the group's size.
 */
import { closedGroupReason, whyNotIn } from './explain';
import type { CompiledRule, Instance } from './instance-types';
import { listNames, namer } from './names';
import { ruleCost } from './objective';
import type { PlanState } from './plan-state';
import type { PlanFinding } from './planner-types';
import { ruleFinding } from './rule-findings';

/** Every finding of a finished plan. */
export function planFindings(state: PlanState): PlanFinding[] {
  const inst = state.inst;
  return [...ruleFindings(state), ...sizeFindings(inst, state), ...mixFindings(inst, state), ...relationshipFindings(inst, state), ...continuityFindings(state)];
}

function ruleFindings(state: PlanState): PlanFinding[] {
  const out: PlanFinding[] = [];
  state.inst.softRules.forEach((rule: CompiledRule) => {
    if (ruleCost(state.inst, rule, state.groupOf) > 0) out.push(ruleFinding(state, rule));
  });
  return out;
}

function sizeFindings(inst: Instance, state: PlanState): PlanFinding[] {
  const out: PlanFinding[] = [];
  const cohort = inst.school.info.policy.grouping === 'grade-cohort';
  // Groups and students per class, counted once (not once per group outside its band).
  const groupsOfClass = new Map<number | undefined, number>();
  for (const g of inst.groups) groupsOfClass.set(g.classOf, (groupsOfClass.get(g.classOf) ?? 0) + 1);
  const studentsOfClass = new Map<number, number>();
  for (const s of inst.students) studentsOfClass.set(s.classOf, (studentsOfClass.get(s.classOf) ?? 0) + 1);
  for (let g = 0; g < inst.g; g++) {
    const n = state.size[g] as number;
    const lo = inst.softLo[g] as number;
    const hi = inst.softHi[g] as number;
    if (n >= lo && n <= hi) continue;
    const group = inst.groups[g];
    if (!group) continue;
    const peers = cohort ? groupsOfClass.get(group.classOf) ?? 0 : inst.g;
    const students = cohort && group.classOf !== undefined ? studentsOfClass.get(group.classOf) ?? 0 : inst.n;
    const context = cohort && group.classOf !== undefined ? `the class of ${group.classOf} has ${students} students for ${peers} groups` : `${students} students share ${peers} groups`;
    const side = n < lo ? `below the soft band of ${lo}–${hi}` : `above the soft band of ${lo}–${hi}`;
    out.push({ kind: 'size-outside-band', message: `${group.name} has ${n} students, ${side} (${context}).`, studentIds: [], groupIds: [group.id] });
  }
  return out;
}

function mixFindings(inst: Instance, state: PlanState): PlanFinding[] {
  const out: PlanFinding[] = [];
  const N = inst.scale;
  const why = mixReasons(inst, state);
  for (let g = 0; g < inst.g; g++) {
    const n = state.size[g] as number;
    const group = inst.groups[g];
    if (n === 0 || !group) continue;
    for (let k = 0; k < inst.a; k++) {
      const c = state.count[g * inst.a + k] as number;
      const A = inst.attrTotal[k] as number;
      const off = Math.abs(c * N - A * n) / N;
      if (off < 3 || off < 0.2 * n) continue;
      const share = Math.round((100 * A) / N);
      out.push({
        kind: 'mix-outside-band',
        message: `${group.name} has ${c} of ${n} students ${inst.attrNames[k]} (${Math.round((100 * c) / n)}%), against ${share}% school-wide: ${why(g, k, c * N > A * n)}.`,
        studentIds: [],
        groupIds: [group.id],
      });
    }
  }
  return out;
}

/**
 * Why a group's mix stays far from the school's, in the order that explains most: most of its
 * students are locked in it, or return with their advisor (continuity comes first); its class
 * (grade-level groups take their own class only) is itself far from the school in that direction;
 * or else no change the planner could find helps more than it costs elsewhere.
 */
function mixReasons(inst: Instance, state: PlanState): (g: number, k: number, over: boolean) => string {
  const locked = new Int32Array(inst.g);
  const returning = new Int32Array(inst.g);
  const byClass = new Map<number, { n: number; counts: number[] }>();
  for (let s = 0; s < inst.n; s++) {
    const g = state.groupOf[s] as number;
    if (g >= 0 && (inst.unitLocked[inst.unitOf[s] as number] as number) === g) locked[g] = (locked[g] as number) + 1;
    else if (g >= 0 && inst.prevGroup[s] === g && (inst.contCost[s] as number) > 0) returning[g] = (returning[g] as number) + 1;
    const classOf = inst.students[s]?.classOf ?? 0;
    const entry = byClass.get(classOf) ?? (byClass.set(classOf, { n: 0, counts: new Array<number>(inst.a).fill(0) }).get(classOf) as { n: number; counts: number[] });
    entry.n++;
    for (let k = 0; k < inst.a; k++) entry.counts[k] = (entry.counts[k] as number) + (inst.attr[s * inst.a + k] as number);
  }
  const cohort = inst.school.info.policy.grouping === 'grade-cohort';
  return (g, k, over) => {
    const n = state.size[g] as number;
    const of = (count: number): string => (count === n ? `all ${n} of its students` : `${count} of its ${n} students`);
    if (2 * (locked[g] as number) >= n) return `${of(locked[g] as number)} are locked in it`;
    if (2 * (returning[g] as number) >= n) return `${of(returning[g] as number)} return with their advisor, and keeping them together comes first`;
    const classOf = inst.groups[g]?.classOf;
    const entry = cohort && classOf !== undefined ? byClass.get(classOf) : undefined;
    if (entry && entry.n > 0) {
      const classShare = (entry.counts[k] as number) / entry.n;
      const schoolShare = (inst.attrTotal[k] as number) / inst.scale;
      if ((over ? classShare - schoolShare : schoolShare - classShare) >= 0.1) {
        return `the class of ${classOf} is ${Math.round(100 * classShare)}% ${inst.attrNames[k]}, and its groups take students of that class only`;
      }
    }
    return 'no change the planner found balances it without costing more elsewhere (a loop, a rule, a connected adult or another group’s mix)';
  };
}

/**
 * The relationship goal where it was not met: an unconnected student who could sit with an adult
 * who knows them (one advises a group they may join) but does not, each with why. Those who do sit
 * with such an adult are the goal met, not a finding (the metrics panel lists every unconnected
 * student and where they went). Those no such adult could take are one finding for them all: the
 * plan could do nothing for them; the relationship map can.
 */
function relationshipFindings(inst: Instance, state: PlanState): PlanFinding[] {
  const name = namer(inst.school);
  const out: PlanFinding[] = [];
  const nobody: string[] = [];
  for (let s = 0; s < inst.n; s++) {
    if (!inst.unconnected[s]) continue;
    const student = inst.students[s];
    const g = state.groupOf[s] as number;
    const group = inst.groups[g];
    if (!student || !group) continue;
    const friendly = inst.friendlyGroups[s];
    if (!friendly) {
      nobody.push(student.id);
      continue;
    }
    if (friendly.includes(g)) continue;
    const adv = group.advisors[inst.yearId];
    const adults = listNames([adv?.lead, adv?.co].filter((x): x is string => !!x).map(name.staff));
    out.push({
      kind: 'no-connected-adult',
      message: `${name.student(student.id)} has no connected adult and is placed in ${group.name} with ${adults}; an adult who knows them advises ${listNames([...friendly].map((x) => inst.groups[x]?.name ?? ''), 3)}, but ${whyNotIn(state, inst.unitOf[s] as number, friendly[0] as number)}.`,
      studentIds: [student.id],
      groupIds: [group.id],
    });
  }
  if (nobody.length > 0) {
    const who = nobody.length === 1 ? `${name.student(nobody[0] as string)} has` : `${nobody.length} students have`;
    const names = nobody.length === 1 ? '' : ` (${listNames(nobody.map(name.student), 3)})`;
    out.push({
      kind: 'no-connected-adult',
      message: `${who} no connected adult, and no adult who marked them or whom they named advises a group they may join in ${name.year(inst.yearId)}${names}. A relationship-mapping session can find them one.`,
      studentIds: nobody,
      groupIds: [],
    });
  }
  return out;
}

/** Why a returning student is not with last year's group and adult, or null when they are. */
export function continuityReason(state: PlanState, s: number): string | null {
  const inst = state.inst;
  const prevId = inst.prevGroupId[s];
  if (!prevId) return null;
  const closed = closedGroupReason(inst, prevId);
  if (closed) return closed;
  const p = inst.prevGroup[s] as number;
  const group = inst.groups[p];
  if (state.groupOf[s] === p) {
    const before = group?.advisors[inst.prevYearId]?.lead;
    const now = group?.advisors[inst.yearId]?.lead;
    if (before === now) return null;
    const name = namer(inst.school);
    return `${group?.name ?? 'their group'} continues with a new advisor (${before ? name.staff(before) : 'none'} → ${now ? name.staff(now) : 'none'})`;
  }
  return whyNotIn(state, inst.unitOf[s] as number, p);
}

/**
 * Returning students whose loop broke, each with why; those who stay in a group that goes on with
 * a new adult are one finding per group (the same reason for all of them), not one each.
 */
function continuityFindings(state: PlanState): PlanFinding[] {
  const inst = state.inst;
  const name = namer(inst.school);
  const out: PlanFinding[] = [];
  const stayed = new Map<number, string[]>();
  for (let s = 0; s < inst.n; s++) {
    const reason = continuityReason(state, s);
    const student = inst.students[s];
    if (!reason || !student) continue;
    const p = inst.prevGroup[s] as number;
    if (p >= 0 && state.groupOf[s] === p) {
      const list = stayed.get(p);
      if (list) list.push(student.id);
      else stayed.set(p, [student.id]);
      continue;
    }
    const to = inst.groups[state.groupOf[s] as number];
    const prevName = name.group(inst.prevGroupId[s] ?? '');
    out.push({
      kind: 'continuity-broken',
      message: `${name.student(student.id)} leaves ${prevName}${to && to.id !== inst.prevGroupId[s] ? ` for ${to.name}` : ''}: ${reason}.`,
      studentIds: [student.id],
      groupIds: [inst.prevGroupId[s] ?? '', ...(to ? [to.id] : [])].filter((x) => x !== ''),
    });
  }
  for (const [p, ids] of [...stayed].sort((a, b) => a[0] - b[0])) {
    const group = inst.groups[p];
    if (!group) continue;
    const before = group.advisors[inst.prevYearId]?.lead;
    const now = group.advisors[inst.yearId]?.lead;
    const who = ids.length === 1 ? `${name.student(ids[0] as string)} stays` : `${ids.length} returning students stay`;
    const names = ids.length === 1 ? '' : `: ${listNames(ids.map(name.student), 3)}`;
    out.push({
      kind: 'continuity-broken',
      message: `${who} in ${group.name}, which continues with a new advisor (${before ? name.staff(before) : 'none'} → ${now ? name.staff(now) : 'none'})${names}.`,
      studentIds: ids,
      groupIds: [group.id],
    });
  }
  return out;
}
