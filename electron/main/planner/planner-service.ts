/**
 * The planner's and the rollover's main-process side: check and solve in a worker (progress,
 * Cancel), keep the resulting command, and apply exactly the preview the scheduler read — one
 * undoable command. Refused when the school changed in between, so a stale plan never lands.
 */
import { randomUUID } from 'node:crypto';
import type { Command } from '../../../shared/domain/commands';
import { schoolYearLabel } from '../../../shared/domain/dates';
import type { School } from '../../../shared/domain/types';
import { commandSize } from '../../../shared/domain/commands';
import { planCommand } from '../../../shared/planner/plan-command';
import type { PlanApplied, PlanOutcome, PlanPreview } from '../../../shared/planner/planner-preview';
import type { FeasibilityProblem, PlanRequest, PlanResult } from '../../../shared/planner/planner-types';
import type { RolloverPreview, RolloverTaskResult } from './rollover-preview';
import { toRolloverPreview } from './rollover-preview';
import type { TaskInput } from '../tasks/task-protocol';

/** What the planner service needs from the app. */
export interface PlannerHost {
  readonly school: () => School;
  readonly revision: () => number;
  readonly runTask: <T>(title: string, input: TaskInput) => Promise<T>;
  readonly commit: (command: Command, label: string) => { revision: number };
  readonly isCancel: (error: unknown) => boolean;
}

/** A planner request refused for a reason the user can act on. */
export class PlanRefused extends Error {}

type Pending = { readonly previewId: string; readonly revision: number; readonly command: Command | null; readonly label: string; readonly summary: string };

/** What the worker sends back for a planner run. */
export type PlanTaskResult = { readonly feasibility: readonly FeasibilityProblem[]; readonly result: PlanResult | null; readonly later: readonly PlanResult[] };

const withoutPlacements = ({ placements: _p, ...rest }: PlanResult): Omit<PlanResult, 'placements'> => rest;

export class PlannerService {
  private pending: Pending | null = null;

  constructor(private readonly host: PlannerHost) {}

  /** Checks, then plans the year in a worker; the preview lists every move and finding. */
  async plan(request: { readonly yearId: string; readonly mode: 'fresh' | 'replan'; readonly seed: number; readonly span: 'year' | 'following' }): Promise<PlanOutcome<PlanPreview>> {
    const school = this.host.school();
    if (!school.years[request.yearId]) throw new PlanRefused(`There is no school year ${request.yearId}.`);
    const { span, ...asked } = request;
    const full: PlanRequest = { ...asked, ...(school.info.policy.plannerWeights ? { weights: school.info.policy.plannerWeights } : {}) };
    const laterYearIds = span === 'following' ? Object.keys(school.years).filter((y) => y > request.yearId).sort() : [];
    const revision = this.host.revision();
    let answer: PlanTaskResult;
    try {
      answer = await this.host.runTask<PlanTaskResult>(`Planning ${schoolYearLabel(request.yearId)}`, { kind: 'plan-year', school, request: full, laterYearIds });
    } catch (error) {
      if (this.host.isCancel(error)) return { outcome: 'cancelled' };
      return { outcome: 'failed', message: `The planner stopped: ${(error as Error).message}` };
    }
    const results = answer.result ? [answer.result, ...answer.later] : [];
    const commands = results.map((r) => planCommand(school, r));
    const parts = commands.flatMap((c) => (c ? [c] : []));
    const command: Command | null = parts.length > 0 ? { type: 'batch', commands: parts } : null;
    const previewId = randomUUID();
    const last = results[results.length - 1]?.yearId ?? request.yearId;
    const years = last === request.yearId ? schoolYearLabel(request.yearId) : `${schoolYearLabel(request.yearId)} to ${schoolYearLabel(last)}`;
    // A plan's command holds only placements, so its size is the number of students it places or moves.
    const changed = command ? commandSize(command) : 0;
    this.pending = {
      previewId,
      revision,
      command,
      label: request.mode === 'replan' ? `Re-plan ${years}` : `Plan ${years}`,
      summary: `${changed.toLocaleString('en-US')} placements set or changed in ${years}.`,
    };
    const result = answer.result ? withoutPlacements(answer.result) : null;
    const laterYears = answer.later.map((r, i) => ({ ...withoutPlacements(r), changed: commands[i + 1] ? commandSize(commands[i + 1]!) : 0 }));
    return { outcome: 'preview', preview: { previewId, yearId: request.yearId, mode: request.mode, feasibility: answer.feasibility, result, changed, laterYears } };
  }

  /** Prepares the rollover from one year to the next in a worker. */
  async rollover(request: { readonly fromYearId: string; readonly toYearId: string; readonly seed: number }): Promise<PlanOutcome<RolloverPreview>> {
    const school = this.host.school();
    for (const y of [request.fromYearId, request.toYearId]) if (!school.years[y]) throw new PlanRefused(`There is no school year ${y}; add it first.`);
    const revision = this.host.revision();
    let answer: RolloverTaskResult;
    try {
      answer = await this.host.runTask<RolloverTaskResult>(`Rolling over to ${schoolYearLabel(request.toYearId)}`, { kind: 'rollover', school, ...request });
    } catch (error) {
      if (this.host.isCancel(error)) return { outcome: 'cancelled' };
      return { outcome: 'failed', message: `The rollover stopped: ${(error as Error).message}` };
    }
    const previewId = randomUUID();
    const preview = toRolloverPreview(previewId, answer);
    this.pending = { previewId, revision, command: answer.command, label: `Roll over to ${schoolYearLabel(request.toYearId)}`, summary: preview.summary };
    return { outcome: 'preview', preview };
  }

  /** Applies the preview the scheduler read, as one undoable command. */
  apply(previewId: string): PlanApplied {
    const pending = this.pending;
    if (!pending || pending.previewId !== previewId) throw new PlanRefused('This plan is no longer current; run the planner again.');
    if (pending.revision !== this.host.revision()) {
      throw new PlanRefused('The school changed after this plan was made, so it may no longer fit. Run the planner again to see a plan for the school as it is now.');
    }
    if (!pending.command) throw new PlanRefused('The plan changes nothing; there is nothing to apply.');
    const { revision } = this.host.commit(pending.command, pending.label);
    this.pending = null;
    return { revision, summary: pending.summary };
  }
}
