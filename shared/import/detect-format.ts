/**
 * Names the format of a chosen file, folder or zip from its file names and headers only (no rows
 * are read beyond OneRoster's manifest), with a sentence the wizard shows ("Detected: …, because
 * …"). File names match without case and folders; header names as TableAccess matches them.
 */
import type { ImportFormat, SourceTable } from './model';
import { listText } from './sds/row-readers';
import { findTable, headerKey, TableAccess } from './table-access';

/** A detected format and the plain sentence that says why. */
export type DetectedFormat = { readonly format: ImportFormat; readonly reason: string };

/** The file name without folders (`OneRoster/Users.CSV` → `Users.CSV`). */
function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** True when the table's header has every one of the columns (any spelling). */
function hasColumns(table: SourceTable | undefined, ...columns: readonly string[]): boolean {
  if (table === undefined) return false;
  const keys = new Set(table.header.map(headerKey));
  return columns.every((c) => keys.has(headerKey(c)));
}

/** The version manifest.csv states (`oneroster.version`), and whether any file is a delta. */
function manifestVersion(tables: readonly SourceTable[]): { version: string; delta: boolean } | null {
  const manifest = findTable(tables, 'manifest.csv');
  if (manifest === undefined) return null;
  const a = new TableAccess(manifest);
  // Real manifests sometimes lack the propertyName,value header; then the first two columns are used.
  const name = (i: number): string => (a.has('propertyName') ? a.get(i, 'propertyName') : (manifest.rows[i]?.[0] ?? '').trim());
  const value = (i: number): string => (a.has('value') ? a.get(i, 'value') : (manifest.rows[i]?.[1] ?? '').trim());
  let version: string | null = null;
  let delta = false;
  for (let i = 0; i < a.length; i += 1) {
    const key = name(i).toLowerCase();
    if (key === 'oneroster.version') version = value(i);
    if (key.startsWith('file.') && value(i).toLowerCase() === 'delta') delta = true;
  }
  return version === null || version === '' ? null : { version, delta };
}

/** OneRoster by its manifest: 1.2 and later minor versions → 1.2, else 1.1. */
function byManifest(tables: readonly SourceTable[]): DetectedFormat | null {
  const m = manifestVersion(tables);
  if (m === null) return null;
  const twelve = /^1\.([2-9]|\d\d)/.test(m.version);
  const known = m.version === '1.1' || m.version === '1.2' || m.version.startsWith('1.2.');
  const read = known ? '' : `; read as OneRoster ${twelve ? '1.2' : '1.1'}`;
  const delta = m.delta ? ', as a delta (changes only)' : '';
  return { format: twelve ? 'oneroster-1.2' : 'oneroster-1.1', reason: `manifest.csv says OneRoster ${m.version}${delta}${read}` };
}

/** OneRoster without a manifest: users.csv with sourcedId and givenName, and a file with status and dateLastModified. */
function byOneRosterColumns(tables: readonly SourceTable[]): DetectedFormat | null {
  const users = findTable(tables, 'users.csv');
  if (!hasColumns(users, 'sourcedId', 'givenName')) return null;
  const others = ['enrollments.csv', 'classes.csv', 'orgs.csv']
    .map((n) => findTable(tables, n))
    .filter((t): t is SourceTable => hasColumns(t, 'status', 'dateLastModified'));
  if (others.length === 0) return null;
  const roles = findTable(tables, 'roles.csv');
  const why =
    roles !== undefined ? `there is a ${baseName(roles.file)}`
    : hasColumns(users, 'primaryOrgSourcedId') ? 'users.csv has a primaryOrgSourcedId column'
    : !hasColumns(users, 'role') ? 'users.csv has no role column'
    : null;
  const files = listText([users!, ...others].map((t) => baseName(t.file)));
  const version = why === null ? '1.1' : '1.2';
  return {
    format: why === null ? 'oneroster-1.1' : 'oneroster-1.2',
    reason: `Found ${files} with OneRoster columns but no manifest.csv; read as OneRoster ${version} because ${why ?? 'users.csv has a role column'}`,
  };
}

const SDS_V1_FILES = ['Student.csv', 'Section.csv', 'StudentEnrollment.csv', 'Teacher.csv', 'TeacherRoster.csv', 'School.csv'] as const;

/** SDS v1: its six file names with `SIS ID` headers. */
function bySdsV1(tables: readonly SourceTable[]): DetectedFormat | null {
  const found = SDS_V1_FILES.map((n) => findTable(tables, n)).filter((t): t is SourceTable => hasColumns(t, 'SIS ID'));
  if (found.length === 0) return null;
  // The sentence names the files that carry the roster; the others only when none of those is there.
  const core = found.filter((t) => SDS_V1_FILES.slice(0, 3).some((n) => n.toLowerCase() === baseName(t.file).toLowerCase()));
  const named = (core.length > 0 ? core : found).map((t) => baseName(t.file));
  return { format: 'sds-v1', reason: `Found ${listText(named)} (School Data Sync format)` };
}

const CLEVER_FILES = ['students.csv', 'teachers.csv', 'sections.csv', 'enrollments.csv', 'schools.csv'] as const;

/** Clever: its file names with School_id and a Student_id, Teacher_id or Section_id column. */
function byClever(tables: readonly SourceTable[]): DetectedFormat | null {
  const found = CLEVER_FILES.map((n) => findTable(tables, n)).filter(
    (t): t is SourceTable =>
      hasColumns(t, 'School_id') && (hasColumns(t, 'Student_id') || hasColumns(t, 'Teacher_id') || hasColumns(t, 'Section_id') || hasColumns(t, 'School_name')),
  );
  if (found.length === 0) return null;
  return { format: 'clever', reason: `Found ${listText(found.map((t) => baseName(t.file)))} with Clever columns (Clever format)` };
}

const V21_FILES = ['users.csv', 'orgs.csv', 'roles.csv', 'classes.csv', 'courses.csv', 'enrollments.csv', 'academicSessions.csv', 'demographics.csv', 'userFlags.csv'] as const;

/** SDS v2.1: OneRoster-like names, no manifest and no status columns, roles.csv with isPrimary or a userFlags.csv. */
function bySdsV21(tables: readonly SourceTable[]): DetectedFormat | null {
  if (findTable(tables, 'manifest.csv') !== undefined) return null;
  const present = V21_FILES.map((n) => findTable(tables, n)).filter((t): t is SourceTable => t !== undefined);
  if (present.length === 0 || present.some((t) => hasColumns(t, 'status') || hasColumns(t, 'dateLastModified'))) return null;
  const roles = findTable(tables, 'roles.csv');
  const flags = findTable(tables, 'userFlags.csv');
  const users = findTable(tables, 'users.csv');
  const rolesPrimary = hasColumns(roles, 'isPrimary');
  const usersRoles = hasColumns(users, 'sourcedId', 'givenName') && hasColumns(roles, 'userSourcedId');
  // users.csv alone is too common a name to decide on; SDS's roles.csv or userFlags.csv must be there.
  if (!rolesPrimary && flags === undefined && !usersRoles) return null;
  const evidence = [
    ...(users !== undefined ? [baseName(users.file)] : []),
    ...(roles !== undefined ? [rolesPrimary ? `${baseName(roles.file)} with isPrimary` : baseName(roles.file)] : []),
    ...(flags !== undefined ? [baseName(flags.file)] : []),
  ];
  return { format: 'sds-v2.1', reason: `Found ${listText(evidence)} but no manifest.csv and no status columns (School Data Sync v2.1 format)` };
}

/** A plain table: the single file, or the first of several that form no known set. */
function generic(tables: readonly SourceTable[], source: 'file' | 'folder' | 'zip'): DetectedFormat {
  const first = tables[0];
  const place = source === 'zip' ? 'The zip' : source === 'folder' ? 'The folder' : 'The choice';
  if (first === undefined) return { format: 'generic-csv', reason: `${place} holds no file to read` };
  const name = baseName(first.file);
  const format: ImportFormat = /\.xlsx(!.*)?$/i.test(name) ? 'generic-xlsx' : 'generic-csv';
  const kind = format === 'generic-xlsx' ? 'an Excel sheet' : 'a CSV file';
  if (tables.length === 1) return { format, reason: `${name} is ${kind} in no known roster set; its columns are matched to the app's fields` };
  return {
    format,
    reason: `${place} holds ${tables.length} files that form no known roster set (OneRoster, School Data Sync or Clever); the first, ${name}, is read as ${kind}`,
  };
}

/** Names the format of a chosen source from its file names and headers. */
export function detectFormat(tables: readonly SourceTable[], source: 'file' | 'folder' | 'zip'): DetectedFormat {
  return byManifest(tables) ?? byOneRosterColumns(tables) ?? bySdsV1(tables) ?? byClever(tables) ?? bySdsV21(tables) ?? generic(tables, source);
}
