/**
 * Microsoft School Data Sync v2.1: OneRoster-like file names (users, roles, orgs, classes,
 * courses, enrollments, academicSessions, demographics, userFlags) but no manifest, no
 * status/dateLastModified and other columns. Classes have no type, so advisories are found by
 * name or chosen by the user; the advisor is the class's teacher (or professor).
 */
import { warning, type Diagnostic } from '../diagnostics';
import type { ImportData, ReadOptions, SourceTable } from '../model';
import { findTable, schoolYearIdFrom, TableAccess } from '../table-access';
import { parseFlag } from '../values';
import { DateColumn, missingFile, q, requireColumns, tableDiagnostics, uniqueRows } from './row-readers';
import { readSdsV21People } from './sds-v21-people';
import { isTeachingRole } from './sds-v21-roles';
import { advisoriesFrom, namesAdvisory, readMembers, schoolsWarning, YearCollector, yearOfTerm, type Member, type SectionDraft } from './section-advisories';

/** School year per academic session; dates win over `schoolYear`, whose meaning varies between exports. */
function readSessions(table: SourceTable | undefined, years: YearCollector, diagnostics: Diagnostic[]): Map<string, string> {
  const sessions = new Map<string, string>();
  if (table === undefined) return sessions;
  const access = new TableAccess(table);
  const starts = new DateColumn(access, 'startDate');
  const ends = new DateColumn(access, 'endDate');
  for (let i = 0; i < access.length; i += 1) {
    const start = starts.read(i, diagnostics);
    const end = ends.read(i, diagnostics);
    // The SDS sample writes schoolYear 2021 for 2021-08-24…2022-06-11 (the start year), unlike
    // OneRoster's end year; so the year comes from the dates, and `schoolYear` only without them.
    const yearId = yearOfTerm(start, end) ?? schoolYearIdFrom(access.get(i, 'schoolYear'), null);
    if (yearId === null) continue;
    sessions.set(access.get(i, 'sourcedId'), yearId);
    years.add(yearId, start, end, access.ref(i));
  }
  diagnostics.push(...starts.summary(), ...ends.summary());
  return sessions;
}

type Course = { readonly title: string; readonly subject: string; readonly yearSession: string };

/** Courses by sourcedId (their title and subject can name an advisory). */
function readCourses(table: SourceTable | undefined): Map<string, Course> {
  const courses = new Map<string, Course>();
  if (table === undefined) return courses;
  const a = new TableAccess(table);
  for (let i = 0; i < a.length; i += 1) {
    courses.set(a.get(i, 'sourcedId'), { title: a.get(i, 'title'), subject: a.get(i, 'subject'), yearSession: a.get(i, 'schoolYearSourcedId') });
  }
  return courses;
}

type ClassRow = Omit<SectionDraft, 'staffIds' | 'students'>;

/** Reads classes.csv; the year comes from the first known session of the class, else its course's year. */
function readClasses(table: SourceTable, sessions: ReadonlyMap<string, string>, courses: ReadonlyMap<string, Course>, diagnostics: Diagnostic[]): ClassRow[] | null {
  const a = new TableAccess(table);
  if (!requireColumns(a, ['sourcedId'], diagnostics)) return null;
  return uniqueRows(a, 'class', a.spelling('sourcedId'), (i) => a.get(i, 'sourcedId'), diagnostics).map((row) => {
    const i = row.index;
    const course = courses.get(a.get(i, 'courseSourcedId'));
    const sessionIds = a.get(i, 'sessionSourcedIds').split(',').map((s) => s.trim()).filter((s) => s !== '');
    const known = sessionIds.find((s) => sessions.has(s));
    if (known === undefined && sessionIds.length > 0 && sessions.size > 0) {
      diagnostics.push(warning({ ...row.ref, column: a.spelling('sessionSourcedIds') }, `Session ${q(sessionIds[0]!)} is not in academicSessions.csv.`));
    }
    const yearId = (known !== undefined ? sessions.get(known) : undefined) ?? sessions.get(course?.yearSession ?? '') ?? null;
    const title = a.get(i, 'title') || course?.title || row.id;
    const room = a.get(i, 'location');
    return {
      key: row.id,
      title,
      yearId,
      ...(room !== '' ? { room } : {}),
      defaultAdvisory: namesAdvisory(a.get(i, 'title'), course?.title ?? '', course?.subject ?? ''),
      ref: row.ref,
    };
  });
}

/** Teachers per class, primary ones first (when the file has a primary column), then in file order. */
function teachersOf(a: TableAccess, keys: ReadonlySet<string>, staff: ReadonlySet<string>, diagnostics: Diagnostic[]): Map<string, Member[]> {
  const id = (raw: string): string | undefined => (staff.has(raw) ? raw : undefined);
  const teaching = (i: number): boolean => isTeachingRole(a.get(i, 'role')) || (a.get(i, 'role') === '' && staff.has(a.get(i, 'userSourcedId')));
  const primary = (i: number): boolean => parseFlag(a.get(i, 'isPrimary') || a.get(i, 'primary')) === true;
  const cols = { section: 'classSourcedId', person: 'userSourcedId' };
  const first = readMembers(a, cols, keys, id, 'staff member', diagnostics, (i) => teaching(i) && primary(i));
  const rest = readMembers(a, cols, keys, id, 'staff member', diagnostics, (i) => teaching(i) && !primary(i));
  for (const [key, members] of rest) {
    const list = first.get(key) ?? [];
    const ids = new Set(list.map((m) => m.id));
    for (const m of members) if (!ids.has(m.id)) list.push(m);
    first.set(key, list);
  }
  return first;
}

/** School names from orgs.csv (orgs of type `school`). */
function schoolNames(table: SourceTable | undefined): string[] {
  if (table === undefined) return [];
  const a = new TableAccess(table);
  const names: string[] = [];
  for (let i = 0; i < a.length; i += 1) if (a.get(i, 'type').toLowerCase() === 'school') names.push(a.get(i, 'name') || a.get(i, 'sourcedId'));
  return names;
}

/** Reads an SDS v2.1 set; every class is a class choice, advisories by name or the user's keys. */
export function readSdsV21(tables: readonly SourceTable[], options: ReadOptions): ImportData {
  const t = (name: string): SourceTable | undefined => findTable(tables, name);
  const files = {
    users: t('users.csv'), roles: t('roles.csv'), enrollments: t('enrollments.csv'), demographics: t('demographics.csv'),
    userFlags: t('userFlags.csv'), relationships: t('relationships.csv'), orgs: t('orgs.csv'), classes: t('classes.csv'),
    courses: t('courses.csv'), sessions: t('academicSessions.csv'),
  };
  const people = readSdsV21People(files);
  const diagnostics: Diagnostic[] = [...tableDiagnostics(Object.values(files)), ...people.diagnostics];
  const years = new YearCollector();
  const sessions = readSessions(files.sessions, years, diagnostics);
  let advisories: ImportData['advisories'] = null;
  let classChoices: ImportData['classChoices'] = [];
  const classes = files.classes === undefined ? null : readClasses(files.classes, sessions, readCourses(files.courses), diagnostics);
  if (files.classes === undefined) diagnostics.push(missingFile('classes.csv', 'no classes or advisories are imported'));
  if (classes !== null) {
    const keys = new Set(classes.map((c) => c.key));
    const studentIds = new Set((people.students ?? []).map((s) => s.id));
    const staffIds = new Set((people.staff ?? []).map((s) => s.id));
    let students = new Map<string, Member[]>();
    let teachers = new Map<string, Member[]>();
    if (files.enrollments === undefined) diagnostics.push(missingFile('enrollments.csv', 'classes have no students or teachers'));
    else {
      const a = new TableAccess(files.enrollments);
      if (requireColumns(a, ['classSourcedId', 'userSourcedId'], diagnostics)) {
        const isStudent = (i: number): boolean =>
          a.get(i, 'role').toLowerCase() === 'student' || (a.get(i, 'role') === '' && studentIds.has(a.get(i, 'userSourcedId')));
        const sid = (raw: string): string | undefined => (studentIds.has(raw) ? raw : undefined);
        students = readMembers(a, { section: 'classSourcedId', person: 'userSourcedId' }, keys, sid, 'student', diagnostics, isStudent);
        teachers = teachersOf(a, keys, staffIds, diagnostics);
      }
    }
    const drafts: SectionDraft[] = classes.map((c) => ({ ...c, staffIds: (teachers.get(c.key) ?? []).map((m) => m.id), students: students.get(c.key) ?? [] }));
    ({ advisories, classChoices } = advisoriesFrom(drafts, options, diagnostics));
  }
  diagnostics.push(...schoolsWarning(files.orgs?.file ?? 'orgs.csv', schoolNames(files.orgs)));
  return {
    format: 'sds-v2.1',
    mode: 'full',
    yearId: years.latest(),
    students: people.students,
    staff: people.staff,
    years: years.list(),
    advisories,
    removedPlacements: [],
    classChoices,
    diagnostics,
  };
}
