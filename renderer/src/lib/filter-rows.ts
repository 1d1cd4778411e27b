/** The search used by the people lists: every word typed must appear somewhere in the row. */

/** Splits a query into the lower-case words that must all match; none means "everything". */
export function queryWords(query: string): readonly string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** True when the row's lower-case text contains every word. */
export function matchesWords(haystack: string, words: readonly string[]): boolean {
  return words.every((w) => haystack.includes(w));
}

/** Keeps the rows whose text contains every word of the query. */
export function filterRows<T extends { readonly haystack: string }>(rows: readonly T[], query: string): readonly T[] {
  const words = queryWords(query);
  if (words.length === 0) return rows;
  return rows.filter((row) => matchesWords(row.haystack, words));
}
