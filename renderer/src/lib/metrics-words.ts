/** Plain words for the advisory metrics (attribute names, "knows them", percentage points). */
import type { AdvisoryMetrics, KnownBy, SpreadAttribute } from '../../../shared/metrics/metrics-types';
import { formatCount } from './format';

const attributeWords: Readonly<Record<string, string>> = {
  female: 'Female',
  economicallyDisadvantaged: 'Economically disadvantaged',
  iep504: 'IEP or 504 plan',
  englishLearner: 'English learner',
};

/** "Economically disadvantaged", "Grade 09". */
export function attributeName(attribute: SpreadAttribute): string {
  return attribute.startsWith('grade-') ? `Grade ${attribute.slice('grade-'.length)}` : (attributeWords[attribute] ?? attribute);
}

/** How the group's adult knows an unconnected student, in a phrase. */
export function knownByWords(knownBy: KnownBy): string {
  switch (knownBy) {
    case 'positive':
      return 'with an adult who marked a positive relationship';
    case 'could-build':
      return 'with an adult who could build a relationship';
    case 'named':
      return 'with an adult they named';
    case null:
      return 'with an adult who does not know them yet';
  }
}

/** A value 0–100 as a whole percent, e.g. 41%; "—" for none. */
export function percentText(value: number | null): string {
  return value === null ? '—' : `${Math.round(value)}%`;
}

/** Percentage points, e.g. "12 points". */
export function pointsText(value: number): string {
  const n = Math.round(value);
  return `${n} ${n === 1 ? 'point' : 'points'}`;
}

/** Students outside the band, with one decimal for means: "0.7 students". */
export function studentsText(value: number, decimals = 0): string {
  const text = value.toFixed(decimals);
  return `${text} ${text === '1' || text === '1.0' ? 'student' : 'students'}`;
}

/** One row of a comparison: a label, each side's value as text and as a number, and which way is better. */
export interface MetricLine {
  readonly key: string;
  readonly label: string;
  readonly plan: number;
  readonly other: number;
  readonly text: (value: number) => string;
  /** How a difference reads, when not like a value (percent differences are points). */
  readonly deltaText?: (value: number) => string;
  /** 'up': more is better (continuity); 'down': less is better (violations, deviation); 'neutral': neither. */
  readonly better: 'up' | 'down' | 'neutral';
}

/** The headline metrics as comparable lines (used side by side for scenarios). */
export function metricLines(plan: AdvisoryMetrics, other: AdvisoryMetrics): readonly MetricLine[] {
  const count = formatCount;
  const worst = (m: AdvisoryMetrics): number => m.spread.reduce((a, s) => Math.max(a, s.maxGapPoints), 0);
  return [
    { key: 'placed', label: 'Students placed', plan: plan.placed, other: other.placed, text: count, better: 'up' },
    { key: 'continuity', label: 'Returning students who keep group and advisor', plan: plan.continuity.percent ?? 0, other: other.continuity.percent ?? 0, text: (v) => percentText(v), deltaText: pointsText, better: 'up' },
    { key: 'new-adult', label: 'Kept the group but got a new adult', plan: plan.continuity.sameGroupNewAdult, other: other.continuity.sameGroupNewAdult, text: count, better: 'neutral' },
    { key: 'mean-size', label: 'Mean distance from the target size', plan: plan.size.meanDistance, other: other.size.meanDistance, text: (v) => studentsText(v, 1), better: 'down' },
    { key: 'soft-band', label: 'Groups outside the soft band', plan: plan.size.outsideSoftBand, other: other.size.outsideSoftBand, text: count, better: 'down' },
    { key: 'hard-max', label: 'Groups over the hard maximum', plan: plan.size.overHardMax, other: other.size.overHardMax, text: count, better: 'down' },
    { key: 'spread', label: 'Widest gap from the school’s mix', plan: worst(plan), other: worst(other), text: pointsText, better: 'down' },
    { key: 'hard-rules', label: 'Hard rules broken', plan: plan.violations.hard.length, other: other.violations.hard.length, text: count, better: 'down' },
    { key: 'soft-rules', label: 'Soft rules broken', plan: plan.violations.soft.length, other: other.violations.soft.length, text: count, better: 'down' },
    { key: 'unconnected', label: 'Students with no connected adult', plan: plan.unconnected.count, other: other.unconnected.count, text: count, better: 'down' },
    { key: 'known', label: '…of them placed with an adult who knows them', plan: plan.unconnected.withKnownAdult, other: other.unconnected.withKnownAdult, text: count, better: 'up' },
  ];
}
