/** Identifiers and small value types shared by every part of the model. */

/** An id as the source system wrote it: always a string, leading zeros kept (`00123`). */
export type Id = string;
/** A calendar date stored as `yyyy-MM-dd` (see shared/domain/dates.ts). */
export type IsoDate = string;
/** A school year id such as `2026-27`. */
export type SchoolYearId = string;

/** Exhaustiveness guard for switches over unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
