/**
 * Value mappings for generic SIS columns: yes/no flags and lunch status. Unknown values give
 * null so the caller can report them; nothing is guessed beyond the listed spellings.
 */

const TRUE_FLAGS: ReadonlySet<string> = new Set(['y', 'yes', '1', 'true', 't', 'x']);
const FALSE_FLAGS: ReadonlySet<string> = new Set(['n', 'no', '0', 'false', 'f', '']);

/** Reads a yes/no flag (`Y`, `Yes`, `1`, `true`, `TRUE`, `X` → true; `N`, `No`, `0`, `false`, empty → false); unknown → null. */
export function parseFlag(raw: string): boolean | null {
  const v = raw.trim().toLowerCase();
  if (TRUE_FLAGS.has(v)) return true;
  if (FALSE_FLAGS.has(v)) return false;
  return null;
}

const DISADVANTAGED: ReadonlySet<string> = new Set(['f', 'r', 'free', 'reduced', 'frl', 'free/reduced', 'free and reduced']);
const NOT_DISADVANTAGED: ReadonlySet<string> = new Set(['p', 'paid', 'n', 'full', '']);

/** Maps a lunch status to economically disadvantaged (`F`/`R`/`Free`/`Reduced`/`FRL` → true; `P`/`Paid`/`N`/empty → false); else null. */
export function lunchStatusToEconDisadvantaged(raw: string): boolean | null {
  const v = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (DISADVANTAGED.has(v)) return true;
  if (NOT_DISADVANTAGED.has(v)) return false;
  return null;
}
