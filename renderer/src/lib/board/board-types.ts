/** The data the Advisories board draws, prepared once per school change (pure, no DOM). */
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { AdvisoryGroup, Placement, SchoolPolicy } from '../../../../shared/domain/types';
import type { StudentFlag } from '../student-rows';

/** One student as a chip shows it. Kept identical (===) while the student and placement are. */
export interface BoardStudent {
  readonly id: string;
  /** "Ana Rivera": the name they go by. */
  readonly name: string;
  /** "Ana R.": for rule sentences, where a full list would not fit. */
  readonly shortName: string;
  /** Last name first, lower case: the order chips are listed in. */
  readonly sortKey: string;
  /** Two digits in the viewed year, or '' outside grades 01–12. */
  readonly grade: string;
  /** The class (year of graduation): grade-level groups take their own class only. */
  readonly classOf: number;
  readonly flags: readonly StudentFlag[];
  readonly female: boolean;
  readonly locked: boolean;
  readonly placement: Placement | null;
  /** Lower-case name, legal name and SIS id, for the search box. */
  readonly search: string;
}

export type MixKey = 'female' | 'ed' | 'iep' | 'el';

/** Where a size stands: inside the soft band, outside it, or above the hard maximum. */
export type SizeBand = 'empty' | 'under' | 'ok' | 'over' | 'hard';

export interface MixShare {
  readonly key: MixKey;
  readonly count: number;
  /** The group's share (0–1), null for an empty group. */
  readonly share: number | null;
  /** The school's share for the year (0–1), null when nobody is enrolled. */
  readonly schoolShare: number | null;
}

export interface GroupStats {
  readonly size: number;
  readonly band: SizeBand;
  readonly mix: readonly MixShare[];
}

export interface BoardWarning {
  /** 'danger' for hard limits and hard rules; 'warning' for everything a scheduler should look at. */
  readonly severity: 'danger' | 'warning';
  readonly text: string;
}

/** Counts of the enrolled students the mix bars compare against. */
export interface SchoolShares {
  readonly enrolled: number;
  readonly female: number;
  readonly ed: number;
  readonly iep: number;
  readonly el: number;
}

/** One card. Kept identical (===) between builds while nothing it shows changed, so React.memo skips it. */
export interface BoardGroup {
  readonly id: string;
  readonly group: AdvisoryGroup;
  readonly name: string;
  readonly room: string;
  readonly leadName: string | null;
  readonly coName: string | null;
  readonly members: readonly BoardStudent[];
  readonly lockedCount: number;
  readonly stats: GroupStats;
  readonly warnings: readonly BoardWarning[];
}

export interface BoardModel {
  readonly yearId: SchoolYearId;
  readonly policy: SchoolPolicy;
  readonly shares: SchoolShares;
  /** Open groups of the year, in name order. */
  readonly groups: readonly BoardGroup[];
  /** Enrolled students without a placement in an open group of the year, in name order. */
  readonly unplaced: readonly BoardStudent[];
  /** Every student on the board by id. */
  readonly students: ReadonlyMap<string, BoardStudent>;
  /** The open group of each placed student. */
  readonly groupOf: ReadonlyMap<string, string>;
  readonly enrolled: number;
  readonly placed: number;
}
