/**
 * The planner's heavy part, run in the task worker: the feasibility check first (problems stop
 * it with plain reasons, never "no solution"), then the plan with progress.
 */
import type { School } from '../../../shared/domain/types';
import { planYear, planYears } from '../../../shared/planner';
import type { PlanRequest } from '../../../shared/planner/planner-types';
import { planRollover } from '../../../shared/planner/rollover';
import type { PlanTaskResult } from './planner-service';
import type { RolloverTaskResult } from './rollover-preview';

type Progress = (done: number, total: number, message: string) => void;

/**
 * Plans one year, or (`laterYearIds`) that year and the ones after it in order. The planner checks
 * feasibility itself (PlanResult.problems), so the instance is built once; when the first year has
 * problems the plan is not offered: the scheduler reads the reasons instead.
 */
export function planTask(school: School, request: PlanRequest, laterYearIds: readonly string[], progress: Progress): PlanTaskResult {
  progress(0, 100, 'Checking the rules and seats');
  const report = (done: number, total: number, phase: string): void => progress(Math.round((done / Math.max(total, 1)) * 100), 100, phase);
  const { yearId: _first, ...base } = request;
  const [result, ...later] = laterYearIds.length === 0 ? [planYear(school, request, report)] : planYears(school, [request.yearId, ...laterYearIds], base, report);
  if (!result || result.problems.length > 0) return { feasibility: result?.problems ?? [], result: null, later: [] };
  return { feasibility: [], result, later };
}

/**
 * One throwaway re-plan of the latest year that has placements, so V8 has compiled the planner
 * before the scheduler asks for a re-plan: on a 4,000×250 school the first re-plans of a session
 * take 60–100 ms and, after six, 25–40 ms (bench/app-replan-bench.ts). False when no year has
 * placements (nothing to re-plan).
 */
export function warmUpPlanner(school: School): boolean {
  const yearId = Object.keys(school.years)
    .sort()
    .reverse()
    .find((y) => Object.keys(school.placements[y] ?? {}).length > 0);
  if (!yearId) return false;
  planYear(school, { yearId, mode: 'replan', seed: 1 });
  return true;
}

/** Prepares the rollover from `fromYearId` to `toYearId`. */
export function rolloverTask(school: School, fromYearId: string, toYearId: string, seed: number, progress: Progress): RolloverTaskResult {
  return planRollover(school, fromYearId, toYearId, { seed }, (done, total, phase) => progress(Math.round((done / Math.max(total, 1)) * 100), 100, phase));
}
