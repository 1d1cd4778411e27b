/**
 * The planner's and the rollover's previews as they cross the bridge: what the plan would do,
 * with every reason, so the scheduler reads the diff before anything changes. The commands stay
 * in main until the user applies the preview they saw.
 */
import { z } from 'zod';
import type { FeasibilityProblem, PlanResult } from './planner-types';

const yearId = z.string().regex(/^\d{4}-\d{2}$/);

/** What the scheduler asks the planner for. */
export const planRequestSchema = z
  .object({
    yearId,
    mode: z.enum(['fresh', 'replan']),
    seed: z.number().int().min(0).max(2 ** 31 - 1),
    /** `year`: this year only; `following`: this year and every later school year (the multi-year plan). */
    span: z.enum(['year', 'following']),
  })
  .strict();

/** What the scheduler asks the rollover for. */
export const rolloverRequestSchema = z.object({ fromYearId: yearId, toYearId: yearId, seed: z.number().int().min(0).max(2 ** 31 - 1) }).strict();

/** The planner's preview: feasibility problems (then no result), or the result without its placements. */
export type PlanPreview = {
  readonly previewId: string;
  readonly yearId: string;
  readonly mode: 'fresh' | 'replan';
  readonly feasibility: readonly FeasibilityProblem[];
  readonly result: Omit<PlanResult, 'placements'> | null;
  /** Students whose group the plan sets or changes (all years). */
  readonly changed: number;
  /** Each later year of a multi-year plan, in order (empty for one year). */
  readonly laterYears: readonly (Omit<PlanResult, 'placements'> & { readonly changed: number })[];
};

/** What a planner run or rollover gave. */
export type PlanOutcome<P> = { readonly outcome: 'preview'; readonly preview: P } | { readonly outcome: 'cancelled' } | { readonly outcome: 'failed'; readonly message: string };

/** What applying a preview gave. */
export type PlanApplied = { readonly revision: number; readonly summary: string };
