/**
 * The OneRoster CSV 1.1 / 1.2 reader: a bundle's tables (already decoded and parsed) into
 * ImportData. Lenient about what real exports get wrong, strict about what the spec says: each
 * deviation gives one warning per file and kind. It never throws: an unexpected failure becomes
 * an error diagnostic, so the wizard can always show what happened.
 */
import { error, sortDiagnostics, warning, type Diagnostic } from '../diagnostics';
import type { ImportData, ImportedAdvisory, ImportedStudent, ImportedYear, ReadOptions, SourceTable } from '../model';
import { findTable } from '../table-access';
import { buildAdvisories, classChoices } from './oneroster-advisories';
import { DeviationLog } from './deviation-log';
import { readClasses, type ClassInfo } from './oneroster-classes';
import type { ReadContext } from './oneroster-context';
import { readDemographics } from './oneroster-demographics';
import { readEnrollments } from './oneroster-enrollments';
import { guessVersion, readManifest } from './oneroster-manifest';
import { checkHeader } from './oneroster-headers';
import { readSessions } from './oneroster-sessions';
import type { OneRosterFile } from './oneroster-spec';
import { readUsers } from './oneroster-users';

const FILES: readonly OneRosterFile[] = ['manifest', 'orgs', 'academicSessions', 'users', 'roles', 'demographics', 'courses', 'classes', 'enrollments'];

/** The parser's own header-only warning, replaced here by one that says what was not read. */
const PARSER_HEADER_ONLY = 'The file has a header but no rows.';

/** The diagnostics the parser gave for the bundle's OneRoster files. */
function parseDiagnostics(tables: readonly SourceTable[]): Diagnostic[] {
  return FILES.flatMap((name) => findTable(tables, `${name}.csv`)?.diagnostics ?? []).filter((d) => d.message !== PARSER_HEADER_ONLY);
}

/** The school year the bundle describes: the latest with advisories, else the latest session year, else the fallback. */
function pickYear(advisories: readonly ImportedAdvisory[] | null, years: readonly ImportedYear[], fallback: string): string {
  const latest = (ids: readonly string[]): string | undefined => [...ids].sort().pop();
  return latest((advisories ?? []).map((a) => a.yearId)) ?? latest(years.map((y) => y.id)) ?? fallback;
}

/**
 * The school year the users' `grades` are for. A bundle often spans several years (this year's
 * classes and next year's already scheduled), and users.csv carries one grade per student. Each
 * student in a one-grade advisory votes: in year Y the class is grade g, the student is listed
 * as grade u, so u is their grade in year Y − (g − u). Null when no class says.
 */
function gradeYear(classes: ReadonlyMap<string, ClassInfo> | null, advisories: readonly ImportedAdvisory[] | null, students: readonly ImportedStudent[] | null): string | null {
  if (!classes || !advisories || !students) return null;
  const gradeOf = new Map(students.flatMap((s) => (s.grade ? [[s.id, Number(s.grade)] as const] : [])));
  const classGrade = new Map<string, number>();
  for (const c of classes.values()) if (c.isAdvisory && c.grade && c.yearId) classGrade.set(`${c.yearId}|${c.code}`, Number(c.grade));
  const votes = new Map<string, number>();
  for (const a of advisories) {
    const g = classGrade.get(`${a.yearId}|${a.code}`);
    if (g === undefined) continue;
    for (const id of a.studentIds) {
      const u = gradeOf.get(id);
      if (u === undefined) continue;
      const start = Number(a.yearId.slice(0, 4)) - (g - u);
      const year = `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
      votes.set(year, (votes.get(year) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [year, n] of votes) if (best === null || n > (votes.get(best) ?? 0)) best = year;
  return best;
}

/** The reading proper; may throw on a bug, which readOneRoster turns into an error. */
function read(tables: readonly SourceTable[], options: ReadOptions, diagnostics: Diagnostic[], log: DeviationLog): ImportData {
  const provisional: ReadContext = { version: guessVersion(tables), mode: 'full', options, log, diagnostics };
  const manifest = readManifest(tables, provisional);
  const ctx: ReadContext = { ...provisional, version: manifest.version, mode: manifest.mode };
  const table = (name: OneRosterFile): SourceTable | undefined => findTable(tables, `${name}.csv`);

  const orgs = table('orgs');
  if (orgs) checkHeader(orgs, 'orgs', ctx); // not read, but its deviations are worth knowing
  const sessions = readSessions(table('academicSessions'), ctx);
  const demographics = readDemographics(table('demographics'), ctx);
  const users = readUsers(tables, demographics, ctx);
  const classes = readClasses(table('classes'), table('courses'), sessions.yearOf, ctx);
  const enrollmentsTable = table('enrollments');
  let enrollments = null;
  if (enrollmentsTable && (classes !== null || ctx.mode === 'delta')) {
    enrollments = readEnrollments({ table: enrollmentsTable, classes, people: users.people, hasUsers: users.students !== null }, ctx);
  } else if (enrollmentsTable) {
    diagnostics.push(warning({ file: enrollmentsTable.file }, 'The bundle has no classes.csv, so the enrollments cannot be read as advisories; enrollments.csv was not read.'));
  }
  const advisories = classes && enrollments ? buildAdvisories(classes, enrollments, ctx) : null;
  return {
    format: ctx.version === '1.2' ? 'oneroster-1.2' : 'oneroster-1.1',
    mode: ctx.mode,
    yearId: gradeYear(classes, advisories, users.students) ?? pickYear(advisories, sessions.years, options.fallbackYearId),
    students: users.students,
    staff: users.staff,
    years: sessions.years,
    advisories,
    removedPlacements: ctx.mode === 'delta' ? (enrollments?.removed ?? []) : [],
    classChoices: classChoices(classes, enrollments, ctx),
    diagnostics: [],
  };
}

/** Reads a OneRoster 1.1 or 1.2 CSV bundle (bulk or delta) into ImportData; never throws. */
export function readOneRoster(tables: readonly SourceTable[], options: ReadOptions): ImportData {
  const diagnostics: Diagnostic[] = [];
  const log = new DeviationLog();
  let data: ImportData;
  try {
    data = read(tables, options, diagnostics, log);
  } catch (e) {
    // A bug must not crash the wizard: report it as an error that blocks the import.
    const file = tables[0]?.file || 'manifest.csv';
    diagnostics.push(error({ file }, `The OneRoster bundle could not be read (${e instanceof Error ? e.message : String(e)}). Please report this.`));
    data = {
      format: 'oneroster-1.1', mode: 'full', yearId: options.fallbackYearId, students: null, staff: null, years: [],
      advisories: null, removedPlacements: [], classChoices: [], diagnostics: [],
    };
  }
  let parsed: Diagnostic[] = [];
  try {
    parsed = parseDiagnostics(tables);
  } catch {
    parsed = [];
  }
  return { ...data, diagnostics: sortDiagnostics([...parsed, ...diagnostics, ...log.diagnostics()]) };
}
