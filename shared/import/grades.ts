/**
 * Grade values from SIS exports, normalised to the two-digit grades the app stores (06–12).
 * `09` is taken as is; `9`, `9th`, `Grade 9`, `gr 9`, `09th`, `Ninth` become `09` with a warning;
 * anything else (`KG`, `PK`, `13`, empty) is null and the caller reports an unknown grade.
 */
import type { Grade } from '../domain/types';

/** A normalised grade (null when unknown) and a warning when the raw value was not already `06`–`12`. */
export type GradeResult = { readonly grade: Grade | null; readonly warning: string | null };

const GRADES: readonly Grade[] = ['06', '07', '08', '09', '10', '11', '12'];

const WORDS: ReadonlyMap<string, number> = new Map([
  ['six', 6], ['sixth', 6], ['seven', 7], ['seventh', 7], ['eight', 8], ['eighth', 8], ['nine', 9], ['ninth', 9],
  ['ten', 10], ['tenth', 10], ['eleven', 11], ['eleventh', 11], ['twelve', 12], ['twelfth', 12],
]);

// Optional "grade"/"gr"/"gr."/"grd" prefix, a number with an optional ordinal suffix, optional "grade" after.
const NUMERIC = /^(?:grade|grd\.?|gr\.?|g)?\s*(\d{1,2})\s*(?:st|nd|rd|th)?(?:\s*grade)?$/;
const WORDED = /^(?:grade\s+)?([a-z]+)(?:\s+grade)?$/;

/** Returns the two-digit grade for a number 6–12, else null. */
function toGrade(n: number): Grade | null {
  return GRADES.find((g) => Number(g) === n) ?? null;
}

// Grades of a K–12 district outside 06–12: pre-school, kindergarten, elementary, post-12 (OneRoster's
// grade vocabulary plus common SIS spellings). A district-wide export lists them; they are skipped.
const OTHER_K12 = /^(?:it|pr|pk|pre-?k|prek|ps\d?|tk|kg?|k\d|kindergarten|preschool|pre-?school|ug|other|(?:grade\s*|gr\.?\s*)?0?[0-5](?:st|nd|rd|th)?(?:\s*grade)?)$/i;

/** True for a real K–12 grade that is outside 06–12 (`PK`, `KG`, `PS1`, `3`, `05`, `13`). */
export function isOtherK12Grade(raw: string): boolean {
  const v = raw.trim();
  return v !== '' && normalizeGrade(v).grade === null && OTHER_K12.test(v);
}

/** Normalises a raw grade (`9`, `9th`, `Grade 9`, `Ninth`…) to `06`–`12`, with a warning when it was rewritten. */
export function normalizeGrade(raw: string): GradeResult {
  const trimmed = raw.trim();
  if ((GRADES as readonly string[]).includes(trimmed)) {
    return { grade: trimmed as Grade, warning: null };
  }
  const lower = trimmed.toLowerCase().replace(/\s+/g, ' ');
  let n: number | undefined;
  const numeric = NUMERIC.exec(lower);
  if (numeric) n = Number(numeric[1]);
  else {
    const worded = WORDED.exec(lower);
    if (worded) n = WORDS.get(worded[1]!);
  }
  const grade = n === undefined ? null : toGrade(n);
  return { grade, warning: grade === null ? null : `Grade “${raw}” read as ${grade}.` };
}
