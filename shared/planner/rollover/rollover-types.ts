/**
 * The yearly rollover's contract: what planRollover is asked and what it gives back. Plain,
 * readonly, serialisable data (it crosses into a worker and back, like the planner's PlanResult).
 */
import type { Command } from '../../domain/commands';
import type { FeasibilityProblem, PlanMove, PlanResult } from '../planner-types';

/** What to roll over with: the planner's seed and (optional) local-search budget. */
export type RolloverOptions = {
  readonly seed: number;
  readonly iterations?: number;
};

/** A lead / co-advisor pair for one year. */
export type AdvisorPair = {
  readonly lead: string | null;
  readonly co: string | null;
};

/** A continuing group whose adults change between Y and Y+1, and why. */
export type AdvisorChange = {
  readonly groupId: string;
  readonly groupName: string;
  readonly from: AdvisorPair;
  readonly to: AdvisorPair;
  readonly reason: string;
};

/** A group the rollover creates for Y+1 (the incoming class, or extra seats in vertical schools). */
export type NewGroup = {
  readonly groupId: string;
  readonly name: string;
  readonly classOf?: number;
  readonly lead: string;
};

/**
 * A problem found before planning. The planner's kinds, plus the rollover's own:
 * `no-free-adult` (an orphan group no available adult can take), `year-mismatch` (Y+1 is not the
 * year after Y), `short-of-adults` (fewer free adults than new groups wanted), `locked-in-closed-group`
 * (a Y+1 lock in a group that does not meet in Y+1; the lock is kept as it is).
 */
export type RolloverProblem = Omit<FeasibilityProblem, 'kind'> & {
  readonly kind: FeasibilityProblem['kind'] | 'no-free-adult' | 'year-mismatch' | 'short-of-adults' | 'locked-in-closed-group';
};

/** The prepared rollover: one undoable command plus everything a person needs to review it. */
export type RolloverPlan = {
  readonly fromYearId: string;
  readonly toYearId: string;
  /** One `batch`; applying it makes the rollover, its inverse undoes all of it. Null when nothing can be done. */
  readonly command: Command | null;
  /** "38 new students placed, 2 groups get a new advisor, 5 returning students move — here is why each moves." */
  readonly summary: string;
  readonly advisorChanges: readonly AdvisorChange[];
  readonly newGroups: readonly NewGroup[];
  /** Students in Y+1 who had no placement in Y and now have one. */
  readonly placedNew: number;
  /** Returning students whose group in Y+1 is their group of Y (an intact move to a new adult counts: the group stays). */
  readonly returningStayed: number;
  /** Returning students whose group changes, each with why. */
  readonly moves: readonly PlanMove[];
  /** Seniors of Y who graduate (not in Y+1). */
  readonly graduated: number;
  /** Students of Y who leave for another reason (transfer, other) before Y+1. */
  readonly leftSchool: number;
  /** Groups that end after Y (their class graduated, or the scheduler set their last year). */
  readonly leftGroups: readonly { readonly groupId: string; readonly reason: string }[];
  readonly unplaced: readonly { readonly studentId: string; readonly reason: string }[];
  readonly feasibility: readonly RolloverProblem[];
  /** The planner's result for Y+1 (null when the planner did not run). */
  readonly plan: PlanResult | null;
};
