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
 * re-plans. A small school is cheap to search and gains most from more tries (500×40 vertical,
 * mean of five seeds: 30,000 tries 0.44% above the proven optimum, 175,000 0.20%), so fresh plans get
 * 200,000 − 50 per student, and never fewer than 8 per student, which keeps a 4,000-student year
 * well under a second.
 */
export function defaultIterations(students: number, mode: 'fresh' | 'replan'): number {
  return mode === 'fresh' ? Math.max(8 * students, 200_000 - 50 * students) : Math.max(1_000, Math.ceil(students / 2));
}

/** The defaults overlaid with the request's weights; negative or fractional values are floored at 0. */
export function resolveWeights(weights: Partial<PlannerWeights> | undefined): PlannerWeights {
  const pick = (key: keyof PlannerWeights): number => {
    const value = weights?.[key];
    return value === undefined || !Number.isFinite(value) ? defaultWeights[key] : Math.max(0, Math.floor(value));
  };
  return { continuity: pick('continuity'), size: pick('size'), mix: pick('mix'), rules: pick('rules'), relationship: pick('relationship') };
}
