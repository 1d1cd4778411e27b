/**
 * Who is a student and who is staff. In 1.1 each users.csv row has a `role`; in 1.2 roles live
 * in roles.csv (one row per user and org, `roleType` primary or secondary; the primary wins).
 * Roles the app has no place for are mapped (administrators → support staff) or skipped
 * (parents, guardians, relatives), each with one warning per file.
 */
import { error, type Diagnostic } from '../diagnostics';
import type { ImportedStaff, SourceTable } from '../model';
import { TableAccess } from '../table-access';
import type { ReadContext } from './oneroster-context';
import { q } from './oneroster-context';
import { checkHeader } from './oneroster-headers';
import { ALL_USER_ROLES, ROLE_TYPES, USER_ROLES } from './oneroster-spec';
import { readEnum, readStatus } from './oneroster-values';

type At = { readonly file: string; readonly row: number; readonly column: string };

/** A user's role as a file states it (spec spelling; null when unknown) and where it was read. */
export type UserRole = { readonly role: string | null; readonly at: At };

/** Reads a role cell (users.csv 1.1 `role`, roles.csv `role`); a role the version lacks is warned about. */
export function readRoleCell(access: TableAccess, i: number, ctx: ReadContext): UserRole {
  const at = { file: access.table.file, row: access.ref(i).row, column: access.spelling('role') };
  const role = readEnum(access, i, 'role', ALL_USER_ROLES, ctx);
  if (role && !role.startsWith('ext:') && !USER_ROLES[ctx.version].includes(role)) {
    ctx.log.note(at, `role-version-${role}`, `role ${q(role)} is not a OneRoster ${ctx.version} role; it was read anyway.`);
  }
  return { role: role === '' ? null : role, at };
}

/** Reads roles.csv into each user's role (primary roleType first); null when the file cannot be read. */
export function readRolesFile(table: SourceTable, ctx: ReadContext): Map<string, UserRole> | null {
  const checked = checkHeader(table, 'roles', ctx);
  if (!checked.readable) return null;
  const access = new TableAccess(checked.table);
  const found = new Map<string, { role: UserRole; primary: boolean }>();
  for (let i = 0; i < access.length; i += 1) {
    const user = access.get(i, 'userSourcedId');
    if (user === '' || readStatus(access, i, ctx) === 'tobedeleted') continue;
    const role = readRoleCell(access, i, ctx);
    const primary = readEnum(access, i, 'roleType', ROLE_TYPES, ctx) === 'primary';
    const before = found.get(user);
    if (!before || (primary && !before.primary)) found.set(user, { role, primary });
  }
  const out = new Map<string, UserRole>();
  for (const [user, { role, primary }] of found) {
    if (!primary) ctx.log.note(role.at, 'no-primary-role', `User ${q(user)} has no primary role in roles.csv; their first role (${role.role ?? 'unknown'}) was used.`);
    out.set(user, role);
  }
  return out;
}

/** What the app makes of a role. */
export type RoleKind =
  | { readonly kind: 'student' }
  | { readonly kind: 'staff'; readonly role: NonNullable<ImportedStaff['role']> }
  | { readonly kind: 'skip' };

const FAMILY = new Set(['parent', 'guardian', 'relative']);
const ADMIN = new Set(['administrator', 'districtAdministrator', 'siteAdministrator', 'systemAdministrator', 'principal', 'proctor']);

/** Maps a OneRoster role to a student, a staff role, or nothing (with one warning per file and kind). */
export function classifyRole(role: UserRole, ctx: ReadContext): RoleKind {
  const r = role.role;
  if (r === 'student') return { kind: 'student' };
  if (r === 'teacher') return { kind: 'staff', role: 'teacher' };
  if (r === 'counselor') return { kind: 'staff', role: 'counselor' };
  if (r === 'aide') return { kind: 'staff', role: 'support-staff' };
  if (r !== null && ADMIN.has(r)) {
    ctx.log.note(role.at, 'admin-role', `Users with role ${q(r)} (administrators, principals, proctors) were read as support staff, the app's nearest role.`);
    return { kind: 'staff', role: 'support-staff' };
  }
  if (r !== null && FAMILY.has(r)) {
    ctx.log.note(role.at, 'family-role', 'Parents, guardians and relatives were not read: the app holds only students and staff.');
    return { kind: 'skip' };
  }
  ctx.log.note(role.at, 'other-role', `A user has role ${q(r ?? '')}, which the app cannot place; such users were not read.`);
  return { kind: 'skip' };
}

/** The error when a bundle says nobody's role (a 1.1 users.csv without `role`, a 1.2 bundle without roles.csv or `role`). */
export function noRolesError(users: SourceTable, version: string): Diagnostic {
  const where = version === '1.2' ? 'there is no roles.csv and users.csv has no role column' : 'users.csv has no role column (and there is no roles.csv)';
  return error({ file: users.file, row: 1, column: 'role' }, `Nobody's role can be read: ${where}, so students cannot be told from staff. No users were read.`);
}
