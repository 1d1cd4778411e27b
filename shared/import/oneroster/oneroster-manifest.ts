/**
 * The bundle's manifest: the OneRoster version, and for each file whether it is `bulk`, `delta`
 * or `absent`. Without a manifest the version is guessed from the users file's columns and the
 * bundle is read as bulk, with a warning.
 */
import { warning } from '../diagnostics';
import type { ImportMode, SourceTable } from '../model';
import { findTable, TableAccess } from '../table-access';
import type { ReadContext } from './oneroster-context';
import { q } from './oneroster-context';
import { checkHeader } from './oneroster-headers';
import { MANIFEST_FILE_VALUES, type OneRosterVersion } from './oneroster-spec';
import { specSpelling } from './oneroster-values';

/** What the manifest (or the guess without one) says. */
export type Manifest = {
  readonly version: OneRosterVersion;
  readonly mode: ImportMode;
  /** `file.users` → `users` (lower case) → bulk / delta / absent, as the manifest lists them. */
  readonly files: ReadonlyMap<string, 'bulk' | 'delta' | 'absent'>;
};

/** Guesses the version from the files: 1.2 has roles.csv, and users.csv without `role` but with 1.2 columns. */
export function guessVersion(tables: readonly SourceTable[]): OneRosterVersion {
  if (findTable(tables, 'roles.csv')) return '1.2';
  const users = findTable(tables, 'users.csv');
  if (!users) return '1.1';
  const access = new TableAccess(users);
  const has12 = ['primaryOrgSourcedId', 'preferredGivenName', 'userMasterIdentifier', 'pronouns'].some((c) => access.has(c));
  return has12 && !access.has('role') ? '1.2' : '1.1';
}

/** Reads the version text (`1.1`, `1.2`, also `v1p2` or `1.2.0` with a warning). */
function readVersion(raw: string): { version: OneRosterVersion | null; exact: boolean } {
  const text = raw.trim();
  if (text === '1.1' || text === '1.2') return { version: text, exact: true };
  const m = /^v?1(?:\.|p)([12])(?:\.0)?$/i.exec(text);
  return m ? { version: m[1] === '1' ? '1.1' : '1.2', exact: false } : { version: null, exact: false };
}

/** Reads manifest.csv (`ctx` only supplies the log and diagnostics: the version is not known yet). */
export function readManifest(tables: readonly SourceTable[], ctx: ReadContext): Manifest {
  const table = findTable(tables, 'manifest.csv');
  const guessed = guessVersion(tables);
  if (!table) {
    ctx.diagnostics.push(
      warning({ file: 'manifest.csv' }, `The bundle has no manifest.csv; read as OneRoster ${guessed} (guessed from the files) and as a full (bulk) export.`),
    );
    return { version: guessed, mode: 'full', files: new Map() };
  }
  const checked = checkHeader(table, 'manifest', ctx);
  if (!checked.readable) return { version: guessed, mode: 'full', files: new Map() };
  const access = new TableAccess(checked.table);
  const files = new Map<string, 'bulk' | 'delta' | 'absent'>();
  let version: OneRosterVersion | null = null;
  for (let i = 0; i < access.length; i += 1) {
    const name = access.get(i, 'propertyName');
    const value = access.get(i, 'value');
    const at = { file: table.file, row: access.ref(i).row, column: access.spelling('value') };
    if (name.toLowerCase() === 'oneroster.version') {
      const read = readVersion(value);
      if (read.version === null) {
        ctx.diagnostics.push(warning(at, `oneroster.version ${q(value)} is not 1.1 or 1.2; read as OneRoster ${guessed} (guessed from the files).`));
      } else if (!read.exact) {
        ctx.log.note(at, 'version-format', `oneroster.version is written ${q(value)}; the spec writes ${read.version}.`);
      }
      version = read.version ?? guessed;
    } else if (/^file\./i.test(name)) {
      const spelled = specSpelling(value, MANIFEST_FILE_VALUES);
      if (spelled === null) {
        ctx.log.note(at, 'file-value', `${name} is ${q(value)}; the spec allows bulk, delta or absent. Read as ${value === '' ? 'absent' : 'bulk'}.`);
      } else if (spelled !== value) {
        ctx.log.note(at, 'file-value-case', `${name} is written ${q(value)}; the spec writes ${q(spelled)}.`);
      }
      const mode = spelled ?? (value === '' ? 'absent' : 'bulk');
      files.set(name.slice(5).toLowerCase(), mode as 'bulk' | 'delta' | 'absent');
    }
  }
  if (version === null) {
    ctx.diagnostics.push(warning({ file: table.file }, `manifest.csv does not say oneroster.version; read as OneRoster ${guessed} (guessed from the files).`));
  }
  checkListedFiles(tables, files, table.file, ctx);
  const mode: ImportMode = [...files.values()].includes('delta') ? 'delta' : 'full';
  return { version: version ?? guessed, mode, files };
}

const READ_FILES = ['academicSessions', 'users', 'roles', 'demographics', 'courses', 'classes', 'enrollments', 'orgs'];

/** Warns about files the manifest lists but the bundle lacks, and files present but listed absent. */
function checkListedFiles(tables: readonly SourceTable[], files: ReadonlyMap<string, string>, manifestFile: string, ctx: ReadContext): void {
  for (const [name, mode] of files) {
    const present = findTable(tables, `${name}.csv`) !== undefined;
    if (!present && mode !== 'absent') {
      ctx.diagnostics.push(warning({ file: `${name}.csv` }, `manifest.csv lists ${name}.csv as ${mode}, but the bundle has no such file; it was read as absent.`));
    }
  }
  for (const name of READ_FILES) {
    const table = findTable(tables, `${name}.csv`);
    const listed = files.get(name.toLowerCase());
    if (table && listed === 'absent') {
      ctx.diagnostics.push(warning({ file: table.file }, `manifest.csv lists ${name}.csv as absent, but the bundle has it; it was read anyway.`));
    } else if (table && listed === undefined && files.size > 0) {
      ctx.log.note({ file: manifestFile }, `unlisted-${name}`, `manifest.csv does not list file.${name}; the bundle's ${name}.csv was read anyway.`);
    }
  }
}
