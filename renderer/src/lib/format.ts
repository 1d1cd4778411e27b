/**
 * Number wording for people. Dates are not formatted here: shared/domain/dates.ts owns dates.
 * Fixed to en-US because the app's words, money and examples are U.S. school terms.
 */
const counts = new Intl.NumberFormat('en-US');
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** 1200 → "1,200". */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** A whole-number share, e.g. 41%; "—" when there is nothing to divide by. */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${Math.round((part / whole) * 100)}%`;
}

/** "1 student", "1,200 students". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Like plural, but zero reads "No …", for the start of a sentence: "No groups above 18 students". */
export function countStart(n: number, one: string, many = `${one}s`): string {
  return n === 0 ? `No ${many}` : plural(n, one, many);
}

/** 875 → "$875". */
export function formatDollars(amount: number): string {
  return dollars.format(amount);
}
