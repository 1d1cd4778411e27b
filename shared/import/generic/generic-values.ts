/**
 * Cell values of generic exports that shared/import/values.ts does not cover: gender, active
 * status, staff role and a single full-name column. Unknown spellings give null so the reader can
 * say which value it did not understand and what it accepts.
 */
import type { Gender } from '../../domain/types';
import type { ImportedStaff } from '../model';

/** Lower case with inner spaces collapsed, for comparing spellings. */
function norm(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, ' ');
}

const GENDERS: ReadonlyMap<string, Gender> = new Map([
  ...['f', 'female', 'woman', 'girl'].map((v) => [v, 'female'] as const),
  ...['m', 'male', 'man', 'boy'].map((v) => [v, 'male'] as const),
  ...['x', 'nb', 'non-binary', 'nonbinary', 'non binary'].map((v) => [v, 'non-binary'] as const),
  ...['', 'u', 'unknown', 'unspecified', 'not specified', 'declined', 'prefer not to say'].map((v) => [v, 'unspecified'] as const),
]);

/** What the gender column accepts, for messages. */
export const GENDER_ACCEPTED = 'F, M, X, Female, Male, Non-binary, or blank/Unknown';

/** Reads a gender (`F`/`Female`, `M`/`Male`, `X`/`Non-binary`; blank/`U`/`Unknown` → unspecified); unknown → null. */
export function parseGender(raw: string): Gender | null {
  return GENDERS.get(norm(raw)) ?? null;
}

const ACTIVE = new Set(['a', 'active', 'enrolled', 'current', 'e', 'y', 'yes', '1', 'true', 'on leave', 'leave', 'l']);
const INACTIVE = new Set(['i', 'inactive', 'w', 'withdrawn', 'withdrew', 'g', 'graduated', 'transferred', 'left', 'n', 'no', '0', 'false', 'tobedeleted', 'terminated', 'retired']);

/** What the status column accepts, for messages. */
export const STATUS_ACCEPTED = 'Active/A, Inactive/I, Withdrawn/W, Graduated/G, Y/N';

/**
 * Reads a status (`Active`/`A` → true; `Inactive`/`I`/`Withdrawn`/`W`/`Graduated` → false);
 * blank → undefined (the file does not say); unknown → null. On leave is still on staff, so active.
 */
export function parseStatus(raw: string): boolean | null | undefined {
  const v = norm(raw);
  if (v === '') return undefined;
  if (ACTIVE.has(v)) return true;
  if (INACTIVE.has(v)) return false;
  return null;
}

type Role = NonNullable<ImportedStaff['role']>;

// Checked in order, by words inside the value, because job titles are free text
// ("Guidance Counselor", "Head Coach", "Math Teacher"); a teacher who coaches is a teacher.
const ROLE_WORDS: readonly (readonly [RegExp, Role])[] = [
  [/counsel/, 'counselor'],
  [/\bguidance\b/, 'counselor'],
  [/\b(teacher|instructor|faculty|educator)s?\b/, 'teacher'],
  [/\bcoach/, 'coach'],
  [/\b(support|aide|para|paraprofessional|paraeducator|assistant|secretary|clerk|nurse|librarian|psychologist|social worker|staff)\b/, 'support-staff'],
];

/** What the role column accepts, for messages. */
export const ROLE_ACCEPTED = 'teacher, counselor, coach or support staff';

/** Reads a staff role from a role or job title (`Teacher`, `Guidance Counselor`, `Head Coach`, `Para`…); unknown → null. */
export function parseRole(raw: string): Role | null {
  const v = norm(raw);
  if (v === 't') return 'teacher';
  if (v === 'c') return 'counselor';
  return ROLE_WORDS.find(([re]) => re.test(v))?.[1] ?? null;
}

/** First and last name from one column: `Last, First` (comma) or `First Last` (the last word is the last name). */
export function splitFullName(raw: string): { readonly firstName: string; readonly lastName: string } {
  const text = raw.trim();
  const comma = text.indexOf(',');
  if (comma >= 0) return { lastName: text.slice(0, comma).trim(), firstName: text.slice(comma + 1).trim() };
  const space = text.search(/\s\S*$/);
  if (space < 0) return { firstName: '', lastName: text };
  return { firstName: text.slice(0, space).trim(), lastName: text.slice(space).trim() };
}
