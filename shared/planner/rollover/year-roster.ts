/**
 * Steps 1–2 of the rollover: who is in Y+1, who leaves, which groups continue and which end.
 *
 * 1. Students in Y+1: enrolled in Y+1 (`isEnrolled`) with a grade in `policy.grades` (the
 *    planner's own rule, `studentsToPlace`). Of Y's students who are not in Y+1, those past the
 *    last grade (or marked `graduated`) graduate; the rest left (transfer, other).
 * 2. Groups in Y+1: grade-cohort groups loop with their `classOf` while that class is in a grade
 *    of the policy; vertical groups (and cohort groups with no class) always continue. Either way
 *    a group whose `lastYearId` is before Y+1 has ended. A group ending after Y is reported, and
 *    gets `lastYearId: Y` when its record does not say so yet.
 */
import { gradeInYear, schoolYearLabel } from '../../domain/dates';
import type { AdvisoryGroup, School, Student } from '../../domain/types';
import { studentsToPlace } from '../year-model';

export type EndingGroup = {
  readonly group: AdvisoryGroup;
  readonly reason: string;
  /** True when the group's record must be updated to say it ended after Y. */
  readonly setLastYear: boolean;
};

export type Roster = {
  /** Students in Y+1, in id order. */
  readonly students: readonly Student[];
  readonly inNext: ReadonlySet<string>;
  /** Students of Y who are in Y+1 and had a placement in Y. */
  readonly returning: ReadonlySet<string>;
  readonly graduated: number;
  readonly leftSchool: number;
  /** Groups that meet in Y+1 (before orphan and new-group handling), in id order. */
  readonly continuing: readonly AdvisoryGroup[];
  readonly ending: readonly EndingGroup[];
};

const byId = (a: { readonly id: string }, b: { readonly id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Students and groups of Y+1, graduates and groups ending after Y. */
export function buildRoster(school: School, fromYearId: string, toYearId: string): Roster {
  const students = studentsToPlace(school, toYearId);
  const inNext = new Set(students.map((s) => s.id));
  const before = school.placements[fromYearId] ?? {};
  const returning = new Set(students.filter((s) => before[s.id]).map((s) => s.id));
  const grades = school.info.policy.grades;
  const lastGrade = [...grades].sort().at(-1) ?? '12';
  let graduated = 0;
  let leftSchool = 0;
  for (const s of studentsToPlace(school, fromYearId)) {
    if (inNext.has(s.id)) continue;
    const pastLastGrade = (gradeInYear(s.classOf, fromYearId) ?? '') >= lastGrade;
    if (s.left && s.left.reason !== 'graduated') leftSchool++;
    else if (s.left || pastLastGrade) graduated++;
    else leftSchool++;
  }
  const continuing: AdvisoryGroup[] = [];
  const ending: EndingGroup[] = [];
  for (const group of Object.values(school.groups).sort(byId)) {
    const verdict = groupVerdict(school, group, fromYearId, toYearId);
    if (verdict.kind === 'continues') continuing.push(group);
    else if (verdict.kind === 'ends') ending.push({ group, reason: verdict.reason, setLastYear: verdict.setLastYear });
  }
  return { students, inNext, returning, graduated, leftSchool, continuing, ending };
}

type Verdict = { readonly kind: 'continues' } | { readonly kind: 'ignore' } | { readonly kind: 'ends'; readonly reason: string; readonly setLastYear: boolean };

/** Whether one group meets in Y+1, ends after Y, or is not part of this rollover at all. */
function groupVerdict(school: School, group: AdvisoryGroup, y: string, next: string): Verdict {
  if (group.firstYearId > next) return { kind: 'ignore' };
  const activeInY = group.firstYearId <= y && (group.lastYearId === undefined || group.lastYearId >= y) && activeIn(school, group, y);
  const startsNext = group.firstYearId === next;
  if (!activeInY && !startsNext && !group.advisors[next]) return { kind: 'ignore' };
  const policy = school.info.policy;
  if (policy.grouping === 'grade-cohort' && group.classOf !== undefined) {
    const grade = gradeInYear(group.classOf, next);
    if (grade === null || !policy.grades.includes(grade as (typeof policy.grades)[number])) {
      if (!activeInY) return { kind: 'ignore' };
      const why = grade === null || grade > (policy.grades.at(-1) ?? '12') ? 'class graduated' : `the class of ${group.classOf} is not in a grade this school groups`;
      return { kind: 'ends', reason: `${group.name} ended (${why})`, setLastYear: group.lastYearId === undefined || group.lastYearId > y };
    }
  }
  if (group.lastYearId !== undefined && group.lastYearId < next) {
    if (group.lastYearId !== y || !activeInY) return { kind: 'ignore' };
    return { kind: 'ends', reason: `${group.name} ended (its last year was ${schoolYearLabel(y)})`, setLastYear: false };
  }
  return { kind: 'continues' };
}

/** A group counts as active in a year when it has advisors listed or students placed then. */
function activeIn(school: School, group: AdvisoryGroup, yearId: string): boolean {
  if (group.advisors[yearId]) return true;
  return Object.values(school.placements[yearId] ?? {}).some((p) => p.groupId === group.id);
}

/**
 * The students each continuing group takes into Y+1 before planning: its returning students
 * (placed in it in Y, still in school) and anyone locked in it for Y+1. Sizes the group for the
 * adults' maximums and names the students whose adults the cost matrix looks at.
 */
export function groupMembers(school: School, roster: Roster, fromYearId: string, toYearId: string): ReadonlyMap<string, readonly string[]> {
  const members = new Map<string, Set<string>>(roster.continuing.map((g) => [g.id, new Set<string>()]));
  const next = school.placements[toYearId] ?? {};
  for (const s of roster.students) {
    const locked = next[s.id]?.locked ? next[s.id]?.groupId : undefined;
    const from = roster.returning.has(s.id) ? school.placements[fromYearId]?.[s.id]?.groupId : undefined;
    const target = locked ?? from;
    if (target !== undefined) members.get(target)?.add(s.id);
  }
  return new Map([...members].map(([id, set]) => [id, [...set]]));
}
