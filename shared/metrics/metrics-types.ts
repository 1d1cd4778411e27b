/** The advisory metrics of one school year: plain, readonly, serialisable figures (see advisory-metrics.ts). */

/** A group as the metrics name it: id, display name ("Okafor advisory") and size that year. */
export interface GroupRef {
  readonly groupId: string;
  readonly name: string;
  readonly size: number;
}

export interface ContinuityMetrics {
  /** Enrolled this year and placed last year in a group that is open this year. */
  readonly returning: number;
  /** Returning students in the same group this year, with the same (non-empty) lead advisor. */
  readonly sameGroupSameLead: number;
  /** Returning students in the same group this year, whose lead advisor changed (or is missing). */
  readonly sameGroupNewAdult: number;
  /** sameGroupSameLead / returning × 100; null when nobody returns. */
  readonly percent: number | null;
}

export interface SizeMetrics {
  /** Groups the deviation is taken over: open groups with at least one student. */
  readonly groupsCounted: number;
  /** Open groups with no student placed (left out of the deviation, counted here). */
  readonly emptyGroups: number;
  /** Mean and max of max(0, targetMin − size, size − targetMax), in students. */
  readonly meanDistance: number;
  readonly maxDistance: number;
  readonly outsideSoftBand: number;
  readonly overHardMax: number;
}

export type SpreadAttribute = 'female' | 'economicallyDisadvantaged' | 'iep504' | 'englishLearner' | `grade-${string}`;

export interface SubgroupSpread {
  readonly attribute: SpreadAttribute;
  /** Share of placed students with the attribute, 0–100. */
  readonly schoolPercent: number;
  /** max |group share − school share| over groups with students, in percentage points. */
  readonly maxGapPoints: number;
  /** The group with that gap, and its own share (0–100); null with no group. */
  readonly worstGroup: (GroupRef & { readonly percent: number }) | null;
}

export interface RuleViolation {
  readonly ruleId: string;
  readonly kind: 'keep-apart' | 'keep-together' | 'place-with-staff' | 'keep-away-from-staff';
  readonly strength: 'hard' | 'soft';
  readonly studentIds: readonly string[];
  readonly groupIds: readonly string[];
  /** "Keep apart: Ana Rivera and Ben Carter are both in Okafor advisory". */
  readonly sentence: string;
}

/** How the adult of the group an unconnected student went to knows them. */
export type KnownBy = 'positive' | 'could-build' | 'named' | null;

export interface UnconnectedStudent {
  readonly studentId: string;
  readonly name: string;
  /** The group they are placed in this year; null when not placed. */
  readonly group: GroupRef | null;
  /** How the group's lead or co-advisor knows them (strongest first); null: an adult who does not know them. */
  readonly knownBy: KnownBy;
}

export interface AdvisoryMetrics {
  readonly yearId: string;
  /** The school year before, whose placements continuity is measured against (null for the first year). */
  readonly previousYearId: string | null;
  readonly enrolled: number;
  readonly placed: number;
  readonly groupsOpen: number;
  readonly continuity: ContinuityMetrics;
  readonly size: SizeMetrics;
  readonly spread: readonly SubgroupSpread[];
  readonly violations: { readonly hard: readonly RuleViolation[]; readonly soft: readonly RuleViolation[] };
  readonly unconnected: {
    readonly count: number;
    /** Of them, placed with a group whose adult marked them or whom they named. */
    readonly withKnownAdult: number;
    readonly students: readonly UnconnectedStudent[];
  };
}
