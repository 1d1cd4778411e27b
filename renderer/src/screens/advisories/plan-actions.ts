/** The planner dialogs' requests to main; answers come back as values shown in the dialog. */
import type { PlanApplied, PlanOutcome, PlanPreview } from '../../../../shared/planner/planner-preview';
import type { RolloverPreview } from '../../../../shared/planner/rollover-preview-types';
import { answer, call, type Answer } from '../../api/client';
import { trackPending } from '../../state/feedback-store';

/** Checks and plans a year in the worker (progress and Stop in the dialog). */
export function runPlanner(yearId: string, mode: 'fresh' | 'replan', seed: number, span: 'year' | 'following'): Promise<Answer<PlanOutcome<PlanPreview>>> {
  return answer(() => call('plannerRun', { yearId, mode, seed, span }));
}

/** Prepares the rollover from one year to the next. */
export function runRollover(fromYearId: string, toYearId: string, seed: number): Promise<Answer<PlanOutcome<RolloverPreview>>> {
  return answer(() => call('rolloverRun', { fromYearId, toYearId, seed }));
}

/** Applies the plan or rollover the scheduler read (one undoable change). */
export function applyPlan(previewId: string): Promise<Answer<PlanApplied>> {
  return answer(() => trackPending(() => call('planApply', { previewId })));
}
