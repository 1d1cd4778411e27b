/**
 * users.csv: students and staff. The id is the SIS `identifier` when present (leading zeros kept),
 * else the `sourcedId`; the sourcedId is kept on the record when it differs, so a later delta that
 * names people only by sourcedId still finds them. Names are kept exactly as written (commas,
 * quotes, accents, even `=HYPERLINK(…)`: this reader never interprets cell text).
 */
import { error, warning } from '../diagnostics';
import { isOtherK12Grade, normalizeGrade } from '../grades';
import type { ImportedStaff, ImportedStudent, SourceTable } from '../model';
import { findTable, TableAccess } from '../table-access';
import type { ReadContext } from './oneroster-context';
import { q } from './oneroster-context';
import type { Demographics } from './oneroster-demographics';
import { checkHeader } from './oneroster-headers';
import { classifyRole, noRolesError, readRoleCell, readRolesFile, type UserRole } from './oneroster-roles';
import { listCell, readBoolean, readStatus } from './oneroster-values';

/** A user the enrollments can name: whether a student or staff, and their id in ImportData. */
export type Person = { readonly kind: 'student' | 'staff'; readonly id: string };

/** What users.csv gave: null lists when there is no (readable) users.csv. */
export type Users = {
  readonly students: readonly ImportedStudent[] | null;
  readonly staff: readonly ImportedStaff[] | null;
  /** By sourcedId. */
  readonly people: ReadonlyMap<string, Person>;
};

const NONE: Users = { students: null, staff: null, people: new Map() };

/** Each user's role by sourcedId, or by row when roles come from users.csv; null when no source. */
function roleSource(tables: readonly SourceTable[], users: TableAccess, ctx: ReadContext): ((i: number, sourcedId: string) => UserRole | null) | null {
  const rolesTable = findTable(tables, 'roles.csv');
  const fromColumn = (i: number): UserRole | null => readRoleCell(users, i, ctx);
  const fromFile = (): ((i: number, sourcedId: string) => UserRole | null) | null => {
    const roles = rolesTable ? readRolesFile(rolesTable, ctx) : null;
    return roles ? (_i, sourcedId) => roles.get(sourcedId) ?? null : null;
  };
  const file = users.table.file;
  if (ctx.version === '1.2') {
    if (rolesTable) return fromFile();
    if (!users.has('role')) return null;
    ctx.diagnostics.push(warning({ file, row: 1, column: users.spelling('role') }, 'This OneRoster 1.2 bundle has no roles.csv; roles were read from the role column of users.csv (the 1.1 way).'));
    return fromColumn;
  }
  if (users.has('role')) return fromColumn;
  if (!rolesTable) return null;
  ctx.diagnostics.push(warning({ file, row: 1 }, 'This OneRoster 1.1 users.csv has no role column; roles were read from roles.csv (the 1.2 way).'));
  return fromFile();
}

/** The student's grade from `grades` (the first of several, with a warning); unknown grades are errors. */
function readGrade(access: TableAccess, i: number, ctx: ReadContext): ImportedStudent['grade'] | { readonly outside: string } {
  const grades = listCell(access.get(i, 'grades'));
  const first = grades[0];
  if (first === undefined) return undefined;
  const at = { file: access.table.file, row: access.ref(i).row, column: access.spelling('grades') };
  if (grades.length > 1) ctx.log.note(at, 'many-grades', `A student has several grades (${q(grades.join(','))}); the first, ${q(first)}, was read.`);
  const { grade, warning: rewritten } = normalizeGrade(first);
  if (grade === null && isOtherK12Grade(first)) return { outside: first };
  if (grade === null) {
    ctx.diagnostics.push(error(at, `Grade ${q(first)} is not a grade this app knows (06–12).`));
    return undefined;
  }
  if (rewritten) ctx.log.note(at, 'grade-format', `${rewritten} OneRoster writes grades with two digits.`);
  return grade;
}

/** Reads users.csv with roles (users `role` or roles.csv) and demographics. */
export function readUsers(tables: readonly SourceTable[], demographics: Demographics, ctx: ReadContext): Users {
  const table = findTable(tables, 'users.csv');
  if (!table) return NONE;
  const checked = checkHeader(table, 'users', ctx);
  if (!checked.readable) return NONE;
  const access = new TableAccess(checked.table);
  const roleOf = roleSource(tables, access, ctx);
  if (!roleOf) {
    ctx.diagnostics.push(noRolesError(table, ctx.version));
    return NONE;
  }
  const file = table.file;
  const students: ImportedStudent[] = [];
  const staff: ImportedStaff[] = [];
  const people = new Map<string, Person>();
  const rowOfSourced = new Map<string, number>();
  const rowOfId = { student: new Map<string, number>(), staff: new Map<string, number>() };
  for (let i = 0; i < access.length; i += 1) {
    const ref = access.ref(i);
    const sourcedId = access.get(i, 'sourcedId');
    const col = (c: string): { file: string; row: number; column: string } => ({ file, row: ref.row, column: access.spelling(c) });
    if (sourcedId === '') {
      ctx.diagnostics.push(error(col('sourcedId'), 'This user has no sourcedId; the row was not read.'));
      continue;
    }
    const earlier = rowOfSourced.get(sourcedId);
    if (earlier !== undefined) {
      ctx.diagnostics.push(error(col('sourcedId'), `sourcedId ${q(sourcedId)} appears twice, in rows ${earlier} and ${ref.row}; row ${ref.row} was not read.`));
      continue;
    }
    rowOfSourced.set(sourcedId, ref.row);
    const role = roleOf(i, sourcedId);
    if (!role) {
      ctx.log.note({ file, row: ref.row }, 'no-role', `User ${q(sourcedId)} has no role in roles.csv; such users were not read.`);
      continue;
    }
    const kind = classifyRole(role, ctx);
    if (kind.kind === 'skip') continue;
    const firstName = access.get(i, 'givenName');
    const lastName = access.get(i, 'familyName');
    if (firstName === '' || lastName === '') {
      const column = firstName === '' ? 'givenName' : 'familyName';
      ctx.diagnostics.push(error(col(column), `User ${q(sourcedId)} has no ${column}, which OneRoster requires; the row was not read.`));
      continue;
    }
    let id = access.get(i, 'identifier');
    if (id === '') {
      if (access.has('identifier')) ctx.log.note(col('identifier'), 'no-identifier', 'A user has no identifier (SIS id); their sourcedId was used as the id.');
      id = sourcedId;
    }
    const ids = rowOfId[kind.kind === 'student' ? 'student' : 'staff'];
    const idRow = ids.get(id);
    if (idRow !== undefined) {
      const what = kind.kind === 'student' ? 'Student' : 'Staff';
      ctx.diagnostics.push(error(col(access.has('identifier') ? 'identifier' : 'sourcedId'), `${what} id ${q(id)} appears twice, in rows ${idRow} and ${ref.row}; row ${ref.row} was not read.`));
      continue;
    }
    ids.set(id, ref.row);
    const enabled = readBoolean(access, i, 'enabledUser', ctx);
    const active = readStatus(access, i, ctx) !== 'tobedeleted' && enabled !== false;
    const email = access.get(i, 'email');
    const common = { id, ...(sourcedId !== id ? { sourcedId } : {}), firstName, lastName, ...(email ? { email } : {}), active, ref };
    people.set(sourcedId, { kind: kind.kind, id });
    if (kind.kind === 'staff') {
      staff.push({ ...common, role: kind.role });
      continue;
    }
    const preferred = access.get(i, 'preferredGivenName');
    const grade = readGrade(access, i, ctx);
    const demo = demographics.get(sourcedId);
    students.push({
      ...common,
      ...(preferred ? { preferredName: preferred } : {}),
      ...(typeof grade === 'string' ? { grade } : grade ? { gradeOutside: grade.outside } : {}),
      ...(demo?.gender ? { gender: demo.gender } : {}),
      ...(demo?.flags ? { flags: demo.flags } : {}),
    });
  }
  demographics.reportUnknown((sourcedId) => people.has(sourcedId));
  return { students, staff, people };
}
