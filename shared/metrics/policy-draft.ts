/**
 * The advisory policy as the settings panel edits it: numbers typed as text, the planner's weights
 * as five levels from "not at all" to "very much", and a plain message per field that is wrong.
 */
import { defaultPolicy } from '../domain/defaults';
import type { Grade, SchoolPolicy } from '../domain/types';
import { defaultWeights } from '../planner/planner-defaults';
import type { PlannerWeights } from '../planner/planner-types';

export const weightKeys = ['continuity', 'size', 'mix', 'rules', 'relationship'] as const;
export type WeightKey = (typeof weightKeys)[number];

/** Level multipliers of the planner's default weight: "not at all" … "very much"; 1 is the default. */
export const weightLevels = [
  { label: 'Not at all', factor: 0 },
  { label: 'A little', factor: 0.5 },
  { label: 'Moderately (suggested)', factor: 1 },
  { label: 'Much', factor: 2 },
  { label: 'Very much', factor: 4 },
] as const;

/** The integer weight of a level for one part of the plan. */
export function weightAt(key: WeightKey, level: number): number {
  return Math.round(defaultWeights[key] * (weightLevels[level]?.factor ?? 1));
}

/** The level index a stored weight sits on, or null for a value set some other way. */
export function levelOf(key: WeightKey, weight: number): number | null {
  const i = weightLevels.findIndex((_, level) => weightAt(key, level) === weight);
  return i < 0 ? null : i;
}

export type NumberField = 'targetMin' | 'targetMax' | 'softMin' | 'softMax' | 'hardMax' | 'loopYears';

export interface PolicyDraft {
  readonly grouping: SchoolPolicy['grouping'];
  readonly grades: readonly Grade[];
  readonly numbers: Readonly<Record<NumberField, string>>;
  readonly coAdvisorsAllowed: boolean;
  readonly weights: PlannerWeights;
}

export type PolicyField = NumberField | 'grades';

const allGrades: readonly Grade[] = ['06', '07', '08', '09', '10', '11', '12'];

/** The draft of a stored policy (weights not set by the school are the planner's defaults). */
export function policyDraft(policy: SchoolPolicy): PolicyDraft {
  const w = policy.plannerWeights ?? {};
  return {
    grouping: policy.grouping,
    grades: allGrades.filter((g) => policy.grades.includes(g)),
    numbers: {
      targetMin: String(policy.targetMin),
      targetMax: String(policy.targetMax),
      softMin: String(policy.softMin),
      softMax: String(policy.softMax),
      hardMax: String(policy.hardMax),
      loopYears: String(policy.loopYears),
    },
    coAdvisorsAllowed: policy.coAdvisorsAllowed,
    weights: { ...defaultWeights, ...w },
  };
}

/** True when the school serves only middle-school grades, where advisories loop for 3 years. */
export function isMiddleSchool(grades: readonly Grade[]): boolean {
  return grades.length > 0 && grades.every((g) => g === '06' || g === '07' || g === '08');
}

/** The loop length the research suggests for these grades: 3 for grades 6–8, else 4. */
export function suggestedLoopYears(grades: readonly Grade[]): number {
  return isMiddleSchool(grades) ? 3 : defaultPolicy.loopYears;
}

/** "Reset to defaults": the research's defaults, keeping the grades served (and their loop length). */
export function defaultDraft(grades: readonly Grade[]): PolicyDraft {
  const base = policyDraft({ ...defaultPolicy, grades: grades.length ? grades : defaultPolicy.grades });
  return { ...base, numbers: { ...base.numbers, loopYears: String(suggestedLoopYears(base.grades)) } };
}

const limits: Readonly<Record<NumberField, readonly [number, number]>> = {
  targetMin: [1, 100],
  targetMax: [1, 100],
  softMin: [0, 100],
  softMax: [1, 100],
  hardMax: [1, 100],
  loopYears: [1, 6],
};

/** The policy a draft stands for, or the message of each field that is wrong. */
export function policyFromDraft(draft: PolicyDraft): { readonly policy: SchoolPolicy | null; readonly errors: Partial<Record<PolicyField, string>> } {
  const errors: Partial<Record<PolicyField, string>> = {};
  const n: Partial<Record<NumberField, number>> = {};
  for (const key of Object.keys(limits) as NumberField[]) {
    const [min, max] = limits[key];
    const text = draft.numbers[key].trim();
    const value = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(value) || value < min || value > max) errors[key] = `Type a whole number from ${min} to ${max}.`;
    else n[key] = value;
  }
  const { targetMin, targetMax, softMin, softMax, hardMax, loopYears } = n;
  if (targetMin !== undefined && targetMax !== undefined && targetMin > targetMax) errors.targetMax = `The largest target size must be at least the smallest (${targetMin}).`;
  if (softMin !== undefined && targetMin !== undefined && softMin > targetMin) errors.softMin = `The soft band must hold the target band: make this ${targetMin} or less.`;
  if (softMax !== undefined && targetMax !== undefined && softMax < targetMax) errors.softMax = `The soft band must hold the target band: make this ${targetMax} or more.`;
  if (hardMax !== undefined && softMax !== undefined && hardMax < softMax) errors.hardMax = `The hard maximum must be at least the top of the soft band (${softMax}).`;
  if (draft.grades.length === 0) errors.grades = 'Tick at least one grade.';
  if (Object.keys(errors).length > 0 || targetMin === undefined || targetMax === undefined || softMin === undefined || softMax === undefined || hardMax === undefined || loopYears === undefined) {
    return { policy: null, errors };
  }
  const custom = weightKeys.some((k) => draft.weights[k] !== defaultWeights[k]);
  return {
    policy: {
      grouping: draft.grouping,
      grades: draft.grades,
      targetMin,
      targetMax,
      softMin,
      softMax,
      hardMax,
      loopYears,
      coAdvisorsAllowed: draft.coAdvisorsAllowed,
      // Weights equal to the planner's are left out, so a later change of the defaults reaches this school.
      ...(custom ? { plannerWeights: { ...draft.weights } } : {}),
    },
    errors,
  };
}
