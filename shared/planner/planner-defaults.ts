/**
 * Default weights and budgets of the planner, with why.
 *
 * Units: every part is counted in "students" before weighting — one broken continuity, one student
 * a group is away from its band, one student a group's count of an attribute is away from the
 * school's share, one unmet rule (or pair), one unconnected student away from an adult who knows them.
 *
 * Order (continuity first, as the research asks): a returning student's advisor outweighs
 * everything soft, because every forced change of adult resets the relationship.
 * - continuity 100: the first measure of success. Half (50) when the group continues with a new lead:
 *   the peers and the room stay, the adult does not.
 * - rules 80: a soft rule is a person's judgement about named students, so it beats balance, but a
 *   rule that must win over continuity should be made hard.
 * - relationship 40: an unconnected student placed with an adult who marked them "could build" or
 *   whom they named; worth more than a few students of balance, less than a broken loop.
 * - size 10 per student outside the target band (20 outside the soft band): 10 students over the
 *   band cost as much as one broken loop, so groups bend before loops break.
 * - mix 4 per student of deviation per attribute: balance is the tie-breaker among good plans.
 */
import type { PlannerWeights } from './planner-types';

export const defaultWeights: PlannerWeights = {
  continuity: 100,
  size: 10,
  mix: 4,
  rules: 80,
  relationship: 40,
};

/**
 * Re-plan only: what moving a student away from their current group costs (in the same units as
 * the weights). Small — half a student of size deviation — but enough that a move must buy a real
 * gain, so one hand edit does not ripple through the school.
 */
export const REPLAN_MOVE_COST = 5;

/**
 * Local-search moves tried when the request names no budget: plenty for fresh plans, few for
 * re-plans. Fresh plans get 60 per student up to 200,000 − 50 per student, never fewer than 8 per
 * student (a 4,000-student year stays well under a second). Small schools used to get up to
 * 200,000 − 50 per student (175,000 at 500); the rebuild rounds after the search (rebuild.ts) buy
 * more per millisecond there: 500×40 vertical, mean of eight seeds, 175,000 tries + 3,000 rounds
 * 0.056% above the proven optimum in 1.9 s, 30,000 tries + 4,000 rounds 0.053% in 1.3 s.
 */
export function defaultIterations(students: number, mode: 'fresh' | 'replan'): number {
  return mode === 'fresh' ? Math.max(8 * students, Math.min(60 * students, 200_000 - 50 * students)) : Math.max(1_000, Math.ceil(students / 2));
}

/**
 * Ruin-and-recreate rounds after a fresh plan's local search (rebuild.ts): 5,000 − 2 per student,
 * never fewer than 250 nor more than 8 per student. A round costs about the same at any size
 * (0.25–0.8 ms here), and mid-sized schools gain most: 500×40 vertical, mean of twelve seeds, 0.058%
 * above the proven optimum with 4,000 rounds; a 4,000-student year gains 0.2–0.3% from 250 rounds
 * and stays well under a second; a tiny school needs few (eight groups re-dealt is all of them).
 */
export function defaultRebuildRounds(students: number): number {
  return Math.min(8 * students, Math.max(250, 5_000 - 2 * students));
}

/** The defaults overlaid with the request's weights; negative or fractional values are floored at 0. */
export function resolveWeights(weights: Partial<PlannerWeights> | undefined): PlannerWeights {
  const pick = (key: keyof PlannerWeights): number => {
    const value = weights?.[key];
    return value === undefined || !Number.isFinite(value) ? defaultWeights[key] : Math.max(0, Math.floor(value));
  };
  return { continuity: pick('continuity'), size: pick('size'), mix: pick('mix'), rules: pick('rules'), relationship: pick('relationship') };
}
