/**
 * The planner's compact view of one school year: students and open groups as indices, flags and
 * costs in typed arrays, rules compiled to index lists. Built once per plan (instance.ts); the
 * objective, construction and search read only this.
 *
 * Units: students tied by a hard keep-together rule move as one unit (so the rule can never be
 * broken by a move); every other student is a unit of one.
 */
import type { AdvisoryGroup, Rule, School, Student } from '../domain/types';
import type { PlannerWeights } from './planner-types';

export type CompiledRule = {
  readonly ruleId: string;
  readonly kind: Rule['kind'];
  /** Student indices of the rule's members that are placed this year. */
  readonly members: Int32Array;
  /** Staff rules: 1 where the group's lead or co-advisor is the named adult; null otherwise. */
  readonly staffGroups: Uint8Array | null;
  readonly staffId: string | null;
};

export type Instance = {
  readonly school: School;
  readonly yearId: string;
  readonly prevYearId: string;
  readonly weights: PlannerWeights;
  /** Mix divisor: N, the number of students to place (≥ 1), so mix is counted in students. */
  readonly scale: number;
  /** Students, groups, mix attributes. */
  readonly n: number;
  readonly g: number;
  readonly a: number;
  readonly students: readonly Student[];
  readonly groups: readonly AdvisoryGroup[];
  readonly studentIndex: ReadonlyMap<string, number>;
  readonly groupIndex: ReadonlyMap<string, number>;
  readonly attrNames: readonly string[];
  /** n × a: 1 when student s has attribute a. */
  readonly attr: Uint8Array;
  /** Per attribute: how many students have it (A in the mix formula). */
  readonly attrTotal: Int32Array;
  /** Last year's group id (open or not), or null for a student not placed last year. */
  readonly prevGroupId: readonly (string | null)[];
  /** Index of last year's group when it is open this year, else -1. */
  readonly prevGroup: Int32Array;
  /** Cost (weighted) of a student not being in prevGroup: full with the same lead, half with a new one. */
  readonly contCost: Int32Array;
  /** This year's current placement when its group is open, else -1 (re-plans start here; locks). */
  readonly currentGroup: Int32Array;
  /** 1 when this year's current placement was made by hand (a re-plan repairs around those first). */
  readonly handPlaced: Uint8Array;
  /** Re-plan only: cost of a student leaving currentGroup; 0 for fresh plans. */
  readonly anchorCost: number;
  /** 1 when the student has no connected adult. */
  readonly unconnected: Uint8Array;
  /** Weighted cost of an unconnected student outside friendlyGroups (0 when no such group is open to them). */
  readonly relCost: Int32Array;
  readonly friendlyGroups: readonly (Int32Array | null)[];
  /** Per group: hard seats, target band [lo, hi], soft band [softLo, softHi]. */
  readonly cap: Int32Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly softLo: Int32Array;
  readonly softHi: Int32Array;
  readonly unitOf: Int32Array;
  readonly unitMembers: readonly Int32Array[];
  /** Groups a unit may join under every hard constraint except seats (seats change as it runs). */
  readonly unitDomain: readonly Int32Array[];
  readonly unitDomainMask: readonly Uint8Array[];
  /** The group a unit is locked to, else -1. */
  readonly unitLocked: Int32Array;
  /** Units a unit must not share a group with (hard keep-apart). */
  readonly unitApart: readonly Int32Array[];
  /** units × a: attribute counts per unit. */
  readonly unitAttr: Int32Array;
  readonly softRules: readonly CompiledRule[];
  /** Soft rule indices per student. */
  readonly rulesOfStudent: readonly Int32Array[];
  readonly hardRules: readonly CompiledRule[];
  /** Per student: groups the grade policy and hard staff rules allow (locks aside). */
  readonly studentDomainMask: readonly Uint8Array[];
};
