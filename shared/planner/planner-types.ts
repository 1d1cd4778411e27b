/**
 * The planner's contract: what it is asked (a school, a year, weights, a seed) and what it gives
 * back (a placement per student, advisors per group, the objective by part, and plain reasons).
 * Pure data, serialisable: it crosses into a worker thread and back.
 */

/** How much each soft goal weighs; integers, larger = more important. Defaults in planner-defaults.ts. */
export type PlannerWeights = {
  /** A returning student who does not stay in last year's group (with its adult). */
  readonly continuity: number;
  /** Each student a group is away from the target band (targetMin–targetMax); doubled outside the soft band. */
  readonly size: number;
  /** A group's mix of gender, economically disadvantaged, IEP/504, English learners (and grades, vertical) away from the school's mix. */
  readonly mix: number;
  /** An unmet soft rule (keep apart / together / with / away from an adult). */
  readonly rules: number;
  /** A student with no connected adult who is not placed with an adult who marked them or whom they named, where one could be. */
  readonly relationship: number;
};

/** What to plan. */
export type PlanRequest = {
  readonly yearId: string;
  /** Same seed, same school → the same plan, always. */
  readonly seed: number;
  /** Local-search budget (moves tried), not a time limit, so results are repeatable; a fresh plan's rebuild rounds scale with it. */
  readonly iterations?: number;
  readonly weights?: Partial<PlannerWeights>;
  /**
   * `fresh`: place everyone (locks and rules kept); `replan`: start from the year's current
   * placements and move as few students as possible (every move must pay for itself).
   */
  readonly mode: 'fresh' | 'replan';
};

/** A reason the year cannot be planned as asked, found before solving. */
export type FeasibilityProblem = {
  readonly kind:
    | 'too-few-seats'
    | 'apart-set-too-large'
    | 'together-and-apart'
    | 'rule-staff-unavailable'
    | 'locked-over-maximum'
    | 'locked-outside-grade-policy'
    | 'no-group-for-grade'
    | 'no-groups'
    | 'rule-names-missing'
    /** Added by the planner: a student (or a hard keep-together set) whom the hard rules leave no open group. */
    | 'no-group-for-student';
  /** A plain sentence: "These 6 students must all be apart but there are only 5 groups: …". */
  readonly message: string;
  readonly studentIds: readonly string[];
  readonly groupIds: readonly string[];
  readonly ruleIds: readonly string[];
};

/** The objective of a plan, by part (already weighted), and in total. */
export type ObjectiveParts = {
  readonly continuity: number;
  readonly size: number;
  readonly mix: number;
  readonly rules: number;
  readonly relationship: number;
  readonly total: number;
};

/** Something the plan could not satisfy, said plainly, with why. */
export type PlanFinding = {
  readonly kind: 'soft-rule-unmet' | 'size-outside-band' | 'mix-outside-band' | 'no-connected-adult' | 'continuity-broken';
  readonly message: string;
  readonly studentIds: readonly string[];
  readonly groupIds: readonly string[];
  readonly ruleId?: string;
};

/** One student whose group differs from where they were (last year, or before a re-plan), and why. */
export type PlanMove = {
  readonly studentId: string;
  readonly from: string | null;
  readonly to: string;
  readonly reason: string;
};

/** What the planner gives back. */
export type PlanResult = {
  readonly yearId: string;
  /** Student id → group id for every student placed in the year. */
  readonly placements: Readonly<Record<string, string>>;
  /** Students that could not be placed at all (hard limits), each with why. */
  readonly unplaced: readonly { readonly studentId: string; readonly reason: string }[];
  readonly objective: ObjectiveParts;
  readonly findings: readonly PlanFinding[];
  readonly moves: readonly PlanMove[];
  /** Hard constraints the result violates; 0 unless the input itself was infeasible. */
  readonly hardViolations: number;
  /** What checkFeasibility found for the year before solving (added by the planner: planYears needs it per year). */
  readonly problems: readonly FeasibilityProblem[];
  readonly stats: {
    readonly students: number;
    readonly groups: number;
    readonly constructMs: number;
    readonly searchMs: number;
    readonly iterations: number;
    /** Rebuild rounds after the search (fresh plans; rebuild.ts), and how many of them kept a changed plan. */
    readonly rebuildRounds: number;
    readonly rebuildsKept: number;
    /** Goal chains made (fresh plans; goal-chains.ts). */
    readonly goalChains: number;
    /** Exchange cycles and chains among students with no tie (exchange-cycles.ts). */
    readonly exchangeCycles: number;
    /** What loose annealing took off the objective (fresh plans; loose-anneal.ts), in objective points to two decimals. */
    readonly annealGain: number;
    /** What seat shifts took off the objective (fresh plans; seat-shifts.ts), likewise. */
    readonly seatShiftGain: number;
    /** % of returning students who stay with the same group and adult. */
    readonly continuityPercent: number;
    /** Largest distance of a group's size from the target band. */
    readonly maxSizeDeviation: number;
  };
};

/** Progress callback: done out of total, with a short phase name. */
export type PlanProgress = (done: number, total: number, phase: string) => void;
