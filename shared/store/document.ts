/**
 * The on-disk document that holds a whole school: the store's snapshots and backups, and the
 * file `File ▸ Save a copy…` writes. Decoding validates everything, as for any other input.
 */
import { schoolSchema } from '../domain/schema';
import type { School } from '../domain/types';
import { migrate, MigrationError, SCHEMA_VERSION } from './migrations';

export const DOCUMENT_FORMAT = 'advisory-planner-school';

export interface SchoolDocument {
  readonly format: typeof DOCUMENT_FORMAT;
  readonly schemaVersion: number;
  readonly appVersion: string;
  readonly savedAt: string;
  /** The store revision (count of committed commands) the school is at. */
  readonly revision: number;
  readonly school: School;
}

export type DecodeFailure = 'not-json' | 'not-ours' | 'newer-version' | 'invalid';

export type Decoded =
  | { readonly ok: true; readonly doc: SchoolDocument; readonly migrations: readonly string[] }
  | { readonly ok: false; readonly kind: DecodeFailure; readonly message: string };

/** Serialises a school into a document string. */
export function encodeDocument(school: School, revision: number, savedAt: string, appVersion: string): string {
  const doc: SchoolDocument = { format: DOCUMENT_FORMAT, schemaVersion: SCHEMA_VERSION, appVersion, savedAt, revision, school };
  return JSON.stringify(doc);
}

/** Explains the first few schema problems in words, with the path where each is. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], max = 5): string {
  const parts = issues.slice(0, max).map((i) => `${i.path.map(String).join('.') || '(top)'}: ${i.message}`);
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return parts.join('; ') + more;
}

/** Parses, checks the format and version, migrates and validates a saved school file; never throws. */
export function decodeDocument(text: string): Decoded {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'not-json', message: `The file is not readable JSON (${(error as Error).message}).` };
  }
  return decodeParsed(raw);
}

/** Reports how far decoding has come: `done` of `total` steps, with what is being checked. */
export type DecodeProgress = (done: number, total: number, message: string) => void;

/** As decodeDocument, for an already parsed value; validates collection by collection with progress. */
export function decodeParsed(raw: unknown, onProgress?: DecodeProgress): Decoded {
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== DOCUMENT_FORMAT) {
    return { ok: false, kind: 'not-ours', message: 'The file is not an Advisory Planner school.' };
  }
  const head = raw as { schemaVersion?: unknown; revision?: unknown; school?: unknown; savedAt?: unknown; appVersion?: unknown };
  let migrated: { school: unknown; applied: readonly string[] };
  try {
    migrated = migrate(head.school, Number(head.schemaVersion));
  } catch (error) {
    if (error instanceof MigrationError) {
      const newer = Number(head.schemaVersion) > SCHEMA_VERSION;
      return { ok: false, kind: newer ? 'newer-version' : 'invalid', message: error.message };
    }
    throw error;
  }
  const revision = Number(head.revision);
  if (!Number.isInteger(revision) || revision < 0) {
    return { ok: false, kind: 'invalid', message: 'The file has no valid revision number.' };
  }
  if (typeof migrated.school !== 'object' || migrated.school === null) {
    return { ok: false, kind: 'invalid', message: 'The file holds no school.' };
  }
  const source = migrated.school as Record<string, unknown>;
  const keys = Object.keys(schoolSchema.shape) as (keyof typeof schoolSchema.shape)[];
  const school: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as (typeof keys)[number];
    onProgress?.(i, keys.length, `Checking ${key}`);
    const part = schoolSchema.shape[key].safeParse(source[key]);
    if (!part.success) {
      const issues = part.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }));
      return { ok: false, kind: 'invalid', message: `The school in the file is not valid: ${describeIssues(issues)}.` };
    }
    school[key] = part.data;
  }
  onProgress?.(keys.length, keys.length, 'Checked');
  return {
    ok: true,
    doc: {
      format: DOCUMENT_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      appVersion: String(head.appVersion ?? 'unknown'),
      savedAt: String(head.savedAt ?? ''),
      revision,
      school: school as unknown as School,
    },
    migrations: migrated.applied,
  };
}
