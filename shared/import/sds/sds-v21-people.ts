/**
 * Students and staff of an SDS v2.1 set: users.csv, with roles (./sds-v21-roles.ts), sex from
 * demographics.csv and program flags from userFlags.csv. Ids are `sourcedId`, kept as written.
 */
import { warning, type Diagnostic } from '../diagnostics';
import type { ImportedStaff, ImportedStudent, SourceTable } from '../model';
import { TableAccess } from '../table-access';
import { emailFrom, genderFrom, GradeColumn, missingFile, q, requireColumns, uniqueRows } from './row-readers';
import { readRoles, rolesFromEnrollments, type UserRole } from './sds-v21-roles';

/** The tables the people come from; any may be missing. */
export type V21PeopleTables = {
  readonly users?: SourceTable;
  readonly roles?: SourceTable;
  readonly enrollments?: SourceTable;
  readonly demographics?: SourceTable;
  readonly userFlags?: SourceTable;
  readonly relationships?: SourceTable;
};

/** Students and staff (null when they cannot be told), with the diagnostics of reading them. */
export type V21People = {
  readonly students: readonly ImportedStudent[] | null;
  readonly staff: readonly ImportedStaff[] | null;
  readonly diagnostics: readonly Diagnostic[];
};

type Flags = NonNullable<ImportedStudent['flags']>;
type FlagKind = keyof Flags;

// userFlags.csv values the app tracks; others (gifted, adaptiveCourseware…) are not student flags here.
const FLAG_KINDS: ReadonlyMap<string, FlagKind> = new Map([
  ['freelunch', 'economicallyDisadvantaged'],
  ['reducedlunch', 'economicallyDisadvantaged'],
  ['iep', 'iep504'],
  ['504', 'iep504'],
  ['ell', 'englishLearner'],
]);

/** Sex per user from demographics.csv. */
function readSexes(table: SourceTable | undefined): Map<string, ImportedStudent['gender']> {
  const sexes = new Map<string, ImportedStudent['gender']>();
  if (table === undefined) return sexes;
  const access = new TableAccess(table);
  for (let i = 0; i < access.length; i += 1) sexes.set(access.get(i, 'userSourcedId'), genderFrom(access.get(i, 'sex')));
  return sexes;
}

/** The tracked flags listed per user in userFlags.csv; rows naming unknown users are warnings. */
function readFlagLists(access: TableAccess, users: ReadonlySet<string>, diagnostics: Diagnostic[]): Map<string, Set<FlagKind>> {
  const lists = new Map<string, Set<FlagKind>>();
  for (let i = 0; i < access.length; i += 1) {
    const user = access.get(i, 'userSourcedId');
    if (!users.has(user)) {
      diagnostics.push(warning({ ...access.ref(i), column: access.spelling('userSourcedId') }, `No user in users.csv has the id ${q(user)}; the flag was skipped.`));
      continue;
    }
    const kind = FLAG_KINDS.get(access.get(i, 'flag').toLowerCase());
    if (kind === undefined) continue;
    const set = lists.get(user) ?? new Set<FlagKind>();
    set.add(kind);
    lists.set(user, set);
  }
  return lists;
}

/** The users named as someone's contact in relationships.csv (guardians are not imported, silently). */
function contacts(table: SourceTable | undefined): Set<string> {
  const ids = new Set<string>();
  if (table === undefined) return ids;
  const access = new TableAccess(table);
  for (let i = 0; i < access.length; i += 1) ids.add(access.get(i, 'relationshipUserSourcedId'));
  return ids;
}

/**
 * Reads the people of an SDS v2.1 set.
 *
 * Flags: when userFlags.csv is present it is taken as the full list, so every student gets all
 * three flags, true where a matching flag is listed (`freeLunch`/`reducedLunch`, `iep`/`504`,
 * `ell`) and false otherwise; without the file, students carry no flags (the school's stay).
 */
export function readSdsV21People(tables: V21PeopleTables): V21People {
  if (tables.users === undefined) {
    return { students: null, staff: null, diagnostics: [missingFile('users.csv', 'no students or staff are imported')] };
  }
  const diagnostics: Diagnostic[] = [];
  const users = new TableAccess(tables.users);
  if (!requireColumns(users, ['sourcedId'], diagnostics)) return { students: null, staff: null, diagnostics };
  const rows = uniqueRows(users, 'user', users.spelling('sourcedId'), (i) => users.get(i, 'sourcedId'), diagnostics);
  const ids = new Set(rows.map((r) => r.id));

  let roles: Map<string, UserRole>;
  let grades: GradeColumn | null = null;
  let roleAccess: TableAccess | null = null;
  if (tables.roles !== undefined && requireColumns((roleAccess = new TableAccess(tables.roles)), ['userSourcedId', 'role'], diagnostics)) {
    roles = readRoles(roleAccess, ids, diagnostics);
    grades = new GradeColumn(roleAccess, 'grade');
  } else if (tables.roles === undefined && tables.enrollments !== undefined) {
    diagnostics.push(missingFile('roles.csv', 'students and staff are told apart by their enrollments and have no grades'));
    roles = rolesFromEnrollments(new TableAccess(tables.enrollments));
  } else {
    if (tables.roles === undefined) diagnostics.push(missingFile('roles.csv', 'students cannot be told from staff and no one is imported'));
    return { students: null, staff: null, diagnostics };
  }

  const sexes = readSexes(tables.demographics);
  const flagLists = tables.userFlags === undefined ? null : readFlagLists(new TableAccess(tables.userFlags), ids, diagnostics);
  const known = contacts(tables.relationships);
  const students: ImportedStudent[] = [];
  const staff: ImportedStaff[] = [];
  let roleless = 0;
  for (const row of rows) {
    const i = row.index;
    const role = roles.get(row.id);
    const email = emailFrom(users, i, ['email', 'username']);
    const base = { id: row.id, firstName: users.get(i, 'givenName'), lastName: users.get(i, 'familyName'), ...(email !== undefined ? { email } : {}) };
    if (role === undefined) {
      if (!known.has(row.id)) roleless += 1;
    } else if (role.kind === 'student') {
      const grade = grades !== null && role.index >= 0 ? grades.read(role.index, diagnostics) : undefined;
      const gender = sexes.get(row.id);
      const listed = flagLists?.get(row.id);
      const flags: Flags | undefined =
        flagLists === null
          ? undefined
          : { economicallyDisadvantaged: listed?.has('economicallyDisadvantaged') ?? false, iep504: listed?.has('iep504') ?? false, englishLearner: listed?.has('englishLearner') ?? false };
      const outside = grades !== null && role.index >= 0 ? grades.outsideGrade(role.index) : undefined;
      students.push({ ...base, ...(grade !== undefined ? { grade } : {}), ...(outside !== undefined ? { gradeOutside: outside } : {}), ...(gender !== undefined ? { gender } : {}), ...(flags ? { flags } : {}), ref: row.ref });
    } else {
      staff.push({ ...base, role: role.kind, ref: row.ref });
    }
  }
  if (grades !== null) diagnostics.push(...grades.summary());
  if (roleless > 0) {
    diagnostics.push(warning({ file: tables.users.file }, `${roleless === 1 ? '1 user has' : `${roleless} users have`} no student or staff role in roles.csv and ${roleless === 1 ? 'was' : 'were'} not imported.`));
  }
  return { students, staff, diagnostics };
}
