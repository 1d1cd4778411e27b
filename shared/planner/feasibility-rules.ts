/** Feasibility checks on rules: sets too large, contradictions, absent adults, absent students. */
import type { Rule, Student } from '../domain/types';
import type { Instance } from './instance-types';
import { listNames, namer } from './names';
import type { FeasibilityProblem } from './planner-types';
import { gradeAllows, staffStatus } from './year-model';

const problem = (kind: FeasibilityProblem['kind'], message: string, studentIds: readonly string[], groupIds: readonly string[], ruleIds: readonly string[]): FeasibilityProblem => ({
  kind,
  message,
  studentIds,
  groupIds,
  ruleIds,
});

const byId = (a: Rule, b: Rule): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every rule check, in a stable order. */
export function feasibilityOfRules(inst: Instance): FeasibilityProblem[] {
  const rules = Object.values(inst.school.rules).sort(byId);
  return [...missingStudents(inst, rules), ...apartTooLarge(inst), ...togetherAndApart(inst), ...absentAdults(inst, rules), ...noGroupForStudent(inst)];
}

/** Students whom the hard rules (staff rules, keep-together) leave no open group, where their grade has one. */
function noGroupForStudent(inst: Instance): FeasibilityProblem[] {
  const name = namer(inst.school);
  const out: FeasibilityProblem[] = [];
  inst.unitMembers.forEach((members, u) => {
    if ((inst.unitDomain[u] as Int32Array).length > 0) return;
    const ids = [...members].map((s) => inst.students[s]?.id ?? '');
    const gradeHasGroup = [...members].every((s) => inst.groups.some((g) => gradeAllows(inst.school, inst.students[s] as Student, g)));
    if (!gradeHasGroup) return; // reported as no-group-for-grade
    const own = inst.hardRules.filter((r) => (r.staffGroups || r.kind === 'keep-together') && [...r.members].some((s) => inst.unitOf[s] === u));
    // A place-with rule whose adult advises no open group is already reported (rule-staff-unavailable).
    if (own.some((r) => r.kind === 'place-with-staff' && !r.staffGroups?.includes(1))) return;
    const ruleIds = own.map((r) => r.ruleId);
    const who = listNames(ids.map(name.student));
    const why =
      members.length > 1
        ? `they must be kept together (hard), and no open group takes all ${members.length} of them (their grades, hard staff rules or the group's seats rule each one out)`
        : `the hard rules naming them (${ruleIds.join(', ')}) together rule out every group their grade may use`;
    out.push(problem('no-group-for-student', `No open group may take ${who} in ${name.year(inst.yearId)}: ${why}.`, ids, [], ruleIds));
  });
  return out;
}

/** A rule naming a student who is not placed this year, while others it names are. */
function missingStudents(inst: Instance, rules: readonly Rule[]): FeasibilityProblem[] {
  const name = namer(inst.school);
  const year = name.year(inst.yearId);
  const out: FeasibilityProblem[] = [];
  for (const rule of rules) {
    const present = rule.studentIds.filter((id) => inst.studentIndex.has(id));
    const missing = rule.studentIds.filter((id) => !inst.studentIndex.has(id));
    if (present.length === 0 || missing.length === 0) continue;
    const who = missing.map((id) => (inst.school.students[id] ? name.student(id) : `an unknown student (id ${id})`));
    out.push(
      problem(
        'rule-names-missing',
        `The ${rule.kind} rule "${rule.reason || rule.id}" names ${listNames(who)}, who ${missing.length === 1 ? 'is' : 'are'} not enrolled in ${year}; it applies to ${listNames(present.map(name.student))} only.`,
        missing,
        [],
        [rule.id],
      ),
    );
  }
  return out;
}

/** A hard keep-apart set larger than the number of groups its students could use. */
function apartTooLarge(inst: Instance): FeasibilityProblem[] {
  const name = namer(inst.school);
  const out: FeasibilityProblem[] = [];
  for (const rule of inst.hardRules) {
    if (rule.kind !== 'keep-apart') continue;
    const usable = new Set<number>();
    for (const s of rule.members) {
      const domain = inst.unitDomain[inst.unitOf[s] as number] as Int32Array;
      for (const g of domain) usable.add(g);
    }
    if (rule.members.length <= usable.size) continue;
    const ids = [...rule.members].map((s) => inst.students[s]?.id ?? '');
    const groups = [...usable].sort((a, b) => a - b).map((g) => inst.groups[g]?.id ?? '');
    const where = groups.length === 0 ? 'no group they could be in' : `only ${groups.length} group${groups.length === 1 ? '' : 's'} they could be in (${listNames(groups.map(name.group))})`;
    out.push(problem('apart-set-too-large', `These ${ids.length} students must all be apart but there ${groups.length === 1 ? 'is' : 'are'} ${where}: ${listNames(ids.map(name.student))}.`, ids, groups, [rule.ruleId]));
  }
  return out;
}

/** Two students both kept together (hard, directly or through others) and kept apart (hard). */
function togetherAndApart(inst: Instance): FeasibilityProblem[] {
  const name = namer(inst.school);
  const out: FeasibilityProblem[] = [];
  const together = inst.hardRules.filter((r) => r.kind === 'keep-together');
  for (const rule of inst.hardRules) {
    if (rule.kind !== 'keep-apart') continue;
    const m = rule.members;
    for (let i = 0; i < m.length; i++) {
      for (let j = i + 1; j < m.length; j++) {
        const a = m[i] as number;
        const b = m[j] as number;
        if (inst.unitOf[a] !== inst.unitOf[b]) continue;
        const ids = [inst.students[a]?.id ?? '', inst.students[b]?.id ?? ''];
        const joining = together.filter((t) => [...t.members].some((s) => inst.unitOf[s] === inst.unitOf[a])).map((t) => t.ruleId);
        out.push(
          problem(
            'together-and-apart',
            `${name.student(ids[0] ?? '')} and ${name.student(ids[1] ?? '')} must be kept together (hard rule${joining.length > 1 ? 's' : ''} ${joining.join(', ')}) and kept apart (hard rule ${rule.ruleId}); one of these rules has to give.`,
            ids,
            [],
            [rule.ruleId, ...joining],
          ),
        );
      }
    }
  }
  return out;
}

/** A hard staff rule naming an adult who is away, leaving, gone or advises no open group. */
function absentAdults(inst: Instance, rules: readonly Rule[]): FeasibilityProblem[] {
  const name = namer(inst.school);
  const year = name.year(inst.yearId);
  const out: FeasibilityProblem[] = [];
  for (const rule of rules) {
    if (rule.strength !== 'hard' || !rule.staffId) continue;
    if (rule.kind !== 'place-with-staff' && rule.kind !== 'keep-away-from-staff') continue;
    const present = rule.studentIds.filter((id) => inst.studentIndex.has(id));
    if (present.length === 0) continue;
    const adult = name.staff(rule.staffId);
    const status = staffStatus(inst.school, rule.staffId, inst.yearId);
    const leaving = inst.school.staff[rule.staffId]?.availability[inst.yearId] === 'leaving';
    const advises = inst.groups.some((g) => g.advisors[inst.yearId]?.lead === rule.staffId || g.advisors[inst.yearId]?.co === rule.staffId);
    const students = listNames(present.map(name.student));
    const what = rule.kind === 'place-with-staff' ? `place ${students} with ${adult}` : `keep ${students} away from ${adult}`;
    let why: string | null = null;
    if (status === 'missing') why = `${adult} is not on the staff list`;
    else if (status === 'gone') why = `${adult} has left the school before ${year}`;
    else if (status === 'on-leave') why = `${adult} is on leave in ${year}`;
    else if (leaving) why = `${adult} is leaving after ${year}, so the rule can hold for this year only`;
    else if (!advises && rule.kind === 'place-with-staff') why = `${adult} advises no open group in ${year}`;
    if (!why) continue;
    out.push(problem('rule-staff-unavailable', `A hard rule says to ${what}, but ${why}.`, present, [], [rule.id]));
  }
  return out;
}
