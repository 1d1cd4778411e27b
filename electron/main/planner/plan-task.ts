/**
 * The planner's heavy part, run in the task worker: the feasibility check first (problems stop
 * it with plain reasons, never "no solution"), then the plan with progress.
 */
import type { School } from '../../../shared/domain/types';
import { checkFeasibility, planYear, planYears } from '../../../shared/planner';
import type { PlanRequest } from '../../../shared/planner/planner-types';
import { planRollover } from '../../../shared/planner/rollover';
import type { PlanTaskResult } from './planner-service';
import type { RolloverTaskResult } from './rollover-preview';

type Progress = (done: number, total: number, message: string) => void;

/** Checks, then plans one year, or (`laterYearIds`) that year and the ones after it in order. */
export function planTask(school: School, request: PlanRequest, laterYearIds: readonly string[], progress: Progress): PlanTaskResult {
  progress(0, 100, 'Checking the rules and seats');
  const feasibility = checkFeasibility(school, request.yearId);
  if (feasibility.length > 0) return { feasibility, result: null, later: [] };
  const report = (done: number, total: number, phase: string): void => progress(Math.round((done / Math.max(total, 1)) * 100), 100, phase);
  if (laterYearIds.length === 0) return { feasibility, result: planYear(school, request, report), later: [] };
  const { yearId: _first, ...base } = request;
  const [result, ...later] = planYears(school, [request.yearId, ...laterYearIds], base, report);
  return { feasibility, result: result ?? null, later };
}

/** Prepares the rollover from `fromYearId` to `toYearId`. */
export function rolloverTask(school: School, fromYearId: string, toYearId: string, seed: number, progress: Progress): RolloverTaskResult {
  return planRollover(school, fromYearId, toYearId, { seed }, (done, total, phase) => progress(Math.round((done / Math.max(total, 1)) * 100), 100, phase));
}
