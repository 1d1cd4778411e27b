/**
 * A new advisory group, as the rollover and the scheduler's "New group…" make one: empty, starting
 * in a school year; a grade-level group loops with its class from that year's grade to the last
 * grade of the loop (9th → 12th with a four-year loop).
 */
import { gradeInYear, schoolYearId, schoolYearStart } from './dates';
import type { SchoolYearId } from './ids';
import type { AdvisoryGroup, SchoolPolicy } from './types';

/** `g-<classOf>-<k>` (grade-level) or `g-v<start year>-<k>` (mixed-grade), with the smallest k no group has. */
export function unusedGroupId(taken: ReadonlySet<string>, classOf: number | undefined, yearId: SchoolYearId): string {
  const prefix = classOf === undefined ? `g-v${schoolYearStart(yearId)}` : `g-${classOf}`;
  let k = 1;
  while (taken.has(`${prefix}-${k}`)) k++;
  return `${prefix}-${k}`;
}

/** "Okafor advisory, class of 2030" (grade-level) or "Okafor advisory": a new group is named after its lead. */
export function newGroupName(leadLastName: string, classOf: number | undefined): string {
  return classOf === undefined ? `${leadLastName} advisory` : `${leadLastName} advisory, class of ${classOf}`;
}

export type NewGroupFields = {
  readonly id: string;
  readonly name: string;
  readonly room: string;
  /** The class a grade-level group loops with; absent for a mixed-grade group. */
  readonly classOf?: number;
  readonly yearId: SchoolYearId;
  readonly lead: string;
  readonly co: string | null;
};

/** The group; its target size is the policy's target maximum. */
export function newAdvisoryGroup(policy: SchoolPolicy, fields: NewGroupFields): AdvisoryGroup {
  const start = schoolYearStart(fields.yearId);
  const base = {
    id: fields.id,
    name: fields.name,
    room: fields.room,
    targetSize: Math.max(1, Math.min(100, policy.targetMax)),
    advisors: { [fields.yearId]: { lead: fields.lead, co: fields.co } },
    firstYearId: fields.yearId,
  };
  if (fields.classOf === undefined) return base;
  // Years left in the loop: the loop's length less the grades the class is past the policy's youngest.
  const youngest = Number([...policy.grades].sort()[0] ?? '09');
  const grade = Number(gradeInYear(fields.classOf, fields.yearId) ?? youngest);
  const years = Math.max(1, policy.loopYears - Math.max(0, grade - youngest));
  return { ...base, classOf: fields.classOf, lastYearId: schoolYearId(start + years - 1) };
}
