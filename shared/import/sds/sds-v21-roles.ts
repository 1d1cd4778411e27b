/**
 * Who is a student and who is staff in an SDS v2.1 set. users.csv has no role column: roles.csv
 * gives each user's role per org (a user may have several), with the student's grade and
 * `isPrimary`. When roles.csv is missing, the enrollments' roles are used instead.
 */
import { warning, type Diagnostic } from '../diagnostics';
import type { ImportedStaff } from '../model';
import type { TableAccess } from '../table-access';
import { parseFlag } from '../values';
import { q } from './row-readers';

/** What a role names: a student, a kind of staff member, or someone the app does not import. */
export type RoleKind = 'student' | NonNullable<ImportedStaff['role']> | null;

const TEACHING: ReadonlySet<string> = new Set(['teacher', 'professor', 'faculty', 'instructor', 'lecturer', 'adjunct', 'substitute']);
// Contacts and former students are not school staff.
const NOT_IMPORTED: ReadonlySet<string> = new Set(['', 'guardian', 'parent', 'relative', 'alumni', 'other']);

/** Maps an SDS role (`student`, `teacher`, `professor`, `advisor`, `coach`, `nurse`…) to what the app imports. */
export function roleKind(raw: string): RoleKind {
  const v = raw.trim().toLowerCase();
  if (v === 'student') return 'student';
  if (TEACHING.has(v)) return 'teacher';
  if (v === 'advisor' || v === 'counselor') return 'counselor';
  if (v === 'coach') return 'coach';
  if (NOT_IMPORTED.has(v)) return null;
  // Every other SDS staff role (principal, aide, nurse, officeStaff…) is support staff.
  return 'support-staff';
}

/** True when the role teaches a class (its holder can lead an advisory). */
export function isTeachingRole(raw: string): boolean {
  return TEACHING.has(raw.trim().toLowerCase());
}

/** A user's role as read: the kind and the row it came from (the student's grade is on that row). */
export type UserRole = { readonly kind: Exclude<RoleKind, null>; readonly index: number; readonly primary: boolean };

/**
 * The role of each user from roles.csv: a primary row wins over a non-primary one; a student role
 * wins over a staff role (the student's grade matters more than a student-teacher's job), with a
 * warning. Rows naming users not in users.csv are warnings.
 */
export function readRoles(access: TableAccess, users: ReadonlySet<string>, diagnostics: Diagnostic[]): Map<string, UserRole> {
  const roles = new Map<string, UserRole>();
  const userColumn = access.spelling('userSourcedId');
  for (let i = 0; i < access.length; i += 1) {
    const user = access.get(i, 'userSourcedId');
    const kind = roleKind(access.get(i, 'role'));
    if (kind === null) continue;
    if (!users.has(user)) {
      diagnostics.push(warning({ ...access.ref(i), column: userColumn }, `No user in users.csv has the id ${q(user)}; the role was skipped.`));
      continue;
    }
    const primary = parseFlag(access.get(i, 'isPrimary')) === true;
    const next: UserRole = { kind, index: i, primary };
    const prev = roles.get(user);
    if (prev === undefined) {
      roles.set(user, next);
      continue;
    }
    const prevStudent = prev.kind === 'student';
    const nextStudent = kind === 'student';
    if (prevStudent !== nextStudent) {
      diagnostics.push(warning(access.ref(i), `User ${q(user)} is both a student and staff in roles.csv; they were read as a student.`));
      if (nextStudent) roles.set(user, next);
    } else if (next.primary && !prev.primary) {
      roles.set(user, next);
    }
  }
  return roles;
}

/** Roles from enrollments.csv, for a set without roles.csv: `student` or a teaching role per user. */
export function rolesFromEnrollments(access: TableAccess): Map<string, UserRole> {
  const roles = new Map<string, UserRole>();
  for (let i = 0; i < access.length; i += 1) {
    const kind = roleKind(access.get(i, 'role'));
    const user = access.get(i, 'userSourcedId');
    if ((kind === 'student' || kind === 'teacher') && !roles.has(user)) roles.set(user, { kind, index: -1, primary: false });
  }
  return roles;
}
