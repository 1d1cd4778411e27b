/**
 * Number wording for people. Dates are not formatted here: shared/domain/dates.ts owns dates;
 * counts come from shared/domain/wording.ts, which the planner's and importer's sentences use too.
 * Fixed to en-US because the app's words, money and examples are U.S. school terms.
 */
import { formatCount, plural } from '../../../shared/domain/wording';

export { formatCount, plural };

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** A whole-number share, e.g. 41%; "—" when there is nothing to divide by. */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${Math.round((part / whole) * 100)}%`;
}

/** Like plural, but zero reads "No …", for the start of a sentence: "No groups above 18 students". */
export function countStart(n: number, one: string, many = `${one}s`): string {
  return n === 0 ? `No ${many}` : plural(n, one, many);
}

/** 875 → "$875". */
export function formatDollars(amount: number): string {
  return dollars.format(amount);
}
