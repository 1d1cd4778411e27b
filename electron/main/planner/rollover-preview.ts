/** The rollover's worker result, and the preview made of it for the renderer. */
import { commandSize } from '../../../shared/domain/commands';
import type { RolloverPreview } from '../../../shared/planner/rollover-preview-types';
import type { RolloverPlan } from '../../../shared/planner/rollover/rollover-types';

export type { RolloverPreview };

/** What the worker sends back for a rollover: the whole plan, command included. */
export type RolloverTaskResult = RolloverPlan;

/** The preview (no command, no placements: they stay in main). */
export function toRolloverPreview(previewId: string, plan: RolloverTaskResult): RolloverPreview {
  const { command, plan: result, ...rest } = plan;
  return { ...rest, previewId, plan: result ? (({ placements: _p, ...r }) => r)(result) : null, changes: command ? commandSize(command) : 0 };
}
