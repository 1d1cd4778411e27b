/** The search used by the people lists: every word typed must appear somewhere in the row. */

/** Keeps the rows whose text contains every word of the query. */
export function filterRows<T extends { readonly haystack: string }>(rows: readonly T[], query: string): readonly T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => words.every((w) => row.haystack.includes(w)));
}
