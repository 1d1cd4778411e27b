/**
 * Counts in words, for every sentence the app shows (the planner's and importer's findings and the
 * renderer's labels alike). Fixed to en-US: the app's words, money and examples are U.S. school terms.
 */
const counts = new Intl.NumberFormat('en-US');

/** 1200 → "1,200". */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** "1 student", "1,200 students". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
