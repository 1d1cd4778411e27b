/** Turns a zod result into one plain sentence per form field (the first problem of each). */
import type { z } from 'zod';

/** Field → message; a field with no entry is fine. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Maps each issue to the form field it belongs to (via `fieldOf`, from the issue's first path key)
 * and words it with `words[field]`, falling back to zod's own message for fields without words.
 */
export function fieldErrors<F extends string>(
  result: z.ZodSafeParseResult<unknown>,
  fieldOf: (key: string) => F | null,
  words: Partial<Record<F, string>>,
): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = fieldOf(String(issue.path[0] ?? ''));
    if (field && errors[field] === undefined) errors[field] = words[field] ?? issue.message;
  }
  return errors;
}

/** True when there is no message at all. */
export function isValid<F extends string>(errors: FieldErrors<F>): boolean {
  return Object.keys(errors).length === 0;
}

/** Reads a whole number as typed, without coercion: "12" → 12; "", "12a", "1e3" → NaN (the schema then says why). */
export function parseWhole(text: string): number {
  const t = text.trim();
  return /^-?\d+$/.test(t) ? Number(t) : Number.NaN;
}

/** Reads an amount of money as people write it: "52,000", "$52000.50"; anything else → NaN. */
export function parseMoney(text: string): number {
  const t = text.trim().replace(/^\$/, '').replace(/,(?=\d{3}(?:\D|$))/g, '');
  return /^\d+(?:\.\d{1,2})?$/.test(t) ? Number(t) : Number.NaN;
}
