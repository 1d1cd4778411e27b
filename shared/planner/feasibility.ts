/**
 * Checks a year before solving and says what is wrong in plain sentences that name the students,
 * groups and adults involved — never a bare "no solution". Each check is one small function, and
 * each is linear in students + groups + rules: a re-plan runs them all on every hand edit.
 */
import type { AdvisoryGroup, School, Student } from '../domain/types';
import { feasibilityOfRules } from './feasibility-rules';
import { buildInstance } from './instance';
import type { Instance } from './instance-types';
import { listNames, namer } from './names';
import type { FeasibilityProblem } from './planner-types';
import { gradeAllows, groupStatus } from './year-model';

/** Checks the year before solving; plain sentences, never "no solution". */
export function checkFeasibility(school: School, yearId: string): readonly FeasibilityProblem[] {
  return feasibilityOf(buildInstance(school, yearId, undefined, 'fresh'));
}

/** The checks on a built instance (planYear reuses its own). */
export function feasibilityOf(inst: Instance): FeasibilityProblem[] {
  return [...groupsAndSeats(inst), ...lockedOverMaximum(inst), ...lockedOutsideGradePolicy(inst), ...feasibilityOfRules(inst)];
}

const problem = (kind: FeasibilityProblem['kind'], message: string, studentIds: readonly string[], groupIds: readonly string[], ruleIds: readonly string[] = []): FeasibilityProblem => ({
  kind,
  message,
  studentIds,
  groupIds,
  ruleIds,
});

function groupsAndSeats(inst: Instance): FeasibilityProblem[] {
  const { school, yearId } = inst;
  const name = namer(school);
  const year = name.year(yearId);
  const out: FeasibilityProblem[] = [];
  if (inst.n === 0) return out;
  const studentIds = (): string[] => inst.students.map((s) => s.id);
  if (inst.g === 0) {
    const closed = Object.values(school.groups).filter((g) => g.advisors[yearId]);
    const why = closed.length > 0 ? ` ${closed.length} group(s) have advisors listed for ${year}, but each has ended, has no lead, or its lead is away.` : '';
    out.push(problem('no-groups', `No advisory group is open in ${year}, so none of the ${inst.n} students can be placed.${why}`, studentIds(), closed.map((g) => g.id)));
    return out;
  }
  const seats = inst.cap.reduce((sum, c) => sum + c, 0);
  if (inst.n > seats) {
    out.push(
      problem('too-few-seats', `There are ${inst.n} students to place in ${year} but only ${seats} seats in the ${inst.g} open groups; ${inst.n - seats} students cannot be placed.`, studentIds(), inst.groups.map((g) => g.id)),
    );
  }
  if (school.info.policy.grouping === 'vertical') return out;
  // Grade-level cohorts: each class needs its own groups (groups with no class accept anyone).
  // One pass over students and one over groups, by class (pushing, never copying a class's list).
  let shared = 0;
  const ownGroups = new Map<number, { g: AdvisoryGroup; cap: number }[]>();
  inst.groups.forEach((g, i) => {
    const cap = inst.cap[i] as number;
    if (g.classOf === undefined) shared += cap;
    else {
      const list = ownGroups.get(g.classOf);
      if (list) list.push({ g, cap });
      else ownGroups.set(g.classOf, [{ g, cap }]);
    }
  });
  const classes = new Map<number, string[]>();
  for (const s of inst.students) {
    const ids = classes.get(s.classOf);
    if (ids) ids.push(s.id);
    else classes.set(s.classOf, [s.id]);
  }
  for (const [classOf, ids] of [...classes].sort((x, y) => x[0] - y[0])) {
    const own = ownGroups.get(classOf) ?? [];
    const grade = 12 - (classOf - (Number(yearId.slice(0, 4)) + 1));
    const label = `grade ${String(grade).padStart(2, '0')} (class of ${classOf})`;
    if (own.length === 0 && shared === 0) {
      const closed = Object.values(school.groups).filter((g) => g.classOf === classOf && groupStatus(school, g, yearId) !== 'open');
      const why = closed.length > 0 ? ` Its groups are closed this year: ${listNames(closed.map((g) => g.name))}.` : '';
      out.push(problem('no-group-for-grade', `No open group takes ${label} in ${year}: ${ids.length === 1 ? 'its 1 student has' : `its ${ids.length} students have`} nowhere to go.${why}`, ids, closed.map((g) => g.id)));
      continue;
    }
    const ownSeats = own.reduce((sum, x) => sum + x.cap, 0);
    if (ids.length > ownSeats + shared) {
      out.push(
        problem(
          'too-few-seats',
          `${label[0]?.toUpperCase()}${label.slice(1)} has ${ids.length} students in ${year} but its ${own.length} group${own.length === 1 ? '' : 's'} seat${own.length === 1 ? 's' : ''} only ${ownSeats}${shared ? ` (plus ${shared} seats in groups open to every grade)` : ''}.`,
          ids,
          own.map((x) => x.g.id),
        ),
      );
    }
  }
  return out;
}

/** This year's locked students (indices) per group they are locked in, groups in index order. */
function lockedByGroup(inst: Instance): [number, number[]][] {
  const current = inst.school.placements[inst.yearId] ?? {};
  const locked = new Map<number, number[]>();
  inst.students.forEach((s, i) => {
    const g = inst.currentGroup[i] as number;
    if (g < 0 || !current[s.id]?.locked) return;
    const list = locked.get(g);
    if (list) list.push(i);
    else locked.set(g, [i]);
  });
  return [...locked].sort((x, y) => x[0] - y[0]);
}

function lockedOverMaximum(inst: Instance): FeasibilityProblem[] {
  const name = namer(inst.school);
  const out: FeasibilityProblem[] = [];
  for (const [g, students] of lockedByGroup(inst)) {
    const cap = inst.cap[g] as number;
    if (students.length <= cap) continue;
    const ids = students.map((i) => inst.students[i]?.id ?? '');
    const groupId = inst.groups[g]?.id ?? '';
    out.push(
      problem(
        'locked-over-maximum',
        `${ids.length} students are locked in ${name.group(groupId)}, but it seats at most ${cap}: ${listNames(ids.map(name.student))}. Unlock ${ids.length - cap} of them.`,
        ids,
        [groupId],
      ),
    );
  }
  return out;
}

/** Students locked (by hand) in a group of another class, which grade-level groups do not allow. */
function lockedOutsideGradePolicy(inst: Instance): FeasibilityProblem[] {
  const name = namer(inst.school);
  const out: FeasibilityProblem[] = [];
  for (const [g, locked] of lockedByGroup(inst)) {
    const group = inst.groups[g] as AdvisoryGroup;
    const students = locked.filter((i) => !gradeAllows(inst.school, inst.students[i] as Student, group));
    if (students.length === 0) continue;
    const who = students.map((i) => `${name.student(inst.students[i]?.id ?? '')} (class of ${inst.students[i]?.classOf ?? '?'})`);
    const ids = students.map((i) => inst.students[i]?.id ?? '');
    const subject = ids.length === 1 ? `${who[0] ?? ''} is locked in` : `${ids.length} students of other classes are locked in`;
    const list = ids.length === 1 ? '' : `: ${listNames(who)}`;
    out.push(
      problem(
        'locked-outside-grade-policy',
        `${subject} ${name.group(group.id)}, a group for the class of ${group.classOf ?? '?'}${list}. Grade-level groups keep each class in its own groups: unlock them, or move them to a group of their class.`,
        ids,
        [group.id],
      ),
    );
  }
  return out;
}
