/**
 * Step 5: placements for Y+1, made by the planner (`planYear`, mode `fresh`, the caller's seed) on
 * a copy of the school with the rollover's advisors and groups applied.
 *
 * Continuity is the point of the rollover, so the planner is run with a continuity weight of
 * ROLLOVER_CONTINUITY: far above anything balance, mix or a soft rule can gain (a soft rule is 80,
 * a student outside the soft band 20), so a returning student leaves their group only when a hard
 * limit forces it (seats, a locked placement, a hard rule). New students and students whose group
 * ended are placed for balance, rules and the relationship goal (an unconnected student goes,
 * where possible, to an adult who knows them) — all the planner's own objective.
 *
 * Students of an orphan group no adult could take are kept out of the planner: they stay in
 * their group, intact, until the scheduler frees an adult (scattering them would undo the point).
 */
import { defaultSchoolYear } from '../../domain/defaults';
import type { AdvisoryGroup, Placement, Rule, School, Student } from '../../domain/types';
import { planYear } from '../plan-year';
import type { PlanProgress, PlanResult } from '../planner-types';
import type { RolloverContext } from './context';
import type { RolloverOptions } from './rollover-types';

/** The planner's continuity weight during a rollover (the schema's maximum): moves only when forced. */
export const ROLLOVER_CONTINUITY = 10_000;

/** The school as it will be in Y+1 once the rollover's group changes apply (year added if missing). */
export function planningSchool(ctx: RolloverContext, groups: readonly AdvisoryGroup[], heldBack: ReadonlySet<string>): School {
  const { school, from, to } = ctx;
  const nextGroups: Record<string, AdvisoryGroup> = { ...school.groups };
  for (const g of groups) nextGroups[g.id] = g;
  const years = school.years[to] ? school.years : { ...school.years, [to]: defaultSchoolYear(to) };
  if (heldBack.size === 0) return { ...school, years, groups: nextGroups };
  // Held-back students leave the copy only (as if gone after Y), and the copy's rules forget them.
  const students: Record<string, Student> = { ...school.students };
  for (const id of heldBack) {
    const s = students[id];
    if (s) students[id] = { ...s, left: { afterYearId: from, reason: 'other' } };
  }
  const rules: Record<string, Rule> = {};
  for (const [id, r] of Object.entries(school.rules)) {
    const studentIds = r.studentIds.filter((s) => !heldBack.has(s));
    if (studentIds.length > 0) rules[id] = { ...r, studentIds };
  }
  const nextPlacements: Record<string, Placement> = { ...(school.placements[to] ?? {}) };
  for (const id of heldBack) delete nextPlacements[id];
  return { ...school, years, groups: nextGroups, students, rules, placements: { ...school.placements, [to]: nextPlacements } };
}

/** Runs the planner for Y+1 on the planning copy with the rollover's weights. */
export function placeWithPlanner(ctx: RolloverContext, copy: School, options: RolloverOptions, onProgress?: PlanProgress): PlanResult {
  const weights = { ...(ctx.school.info.policy.plannerWeights ?? {}), continuity: ROLLOVER_CONTINUITY };
  return planYear(
    copy,
    { yearId: ctx.to, seed: options.seed, mode: 'fresh', weights, ...(options.iterations !== undefined ? { iterations: options.iterations } : {}) },
    onProgress,
  );
}
