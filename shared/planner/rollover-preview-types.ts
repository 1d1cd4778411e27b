/** The rollover's preview as it crosses the bridge: the plan without its command and placements. */
import type { PlanResult } from './planner-types';
import type { RolloverPlan } from './rollover/rollover-types';

/** What the scheduler reads before rolling over. */
export type RolloverPreview = Omit<RolloverPlan, 'command' | 'plan'> & {
  readonly previewId: string;
  /** The planner's result for the new year, without the placements (findings, objective, stats). */
  readonly plan: Omit<PlanResult, 'placements'> | null;
  /** Commands the rollover would apply (0: nothing to do). */
  readonly changes: number;
};
