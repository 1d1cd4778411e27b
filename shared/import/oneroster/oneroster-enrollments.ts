/**
 * enrollments.csv read into each class's roster (teachers with their `primary` flag, students),
 * and, in a delta, the advisory placements it deletes (`status` tobedeleted). Each enrollment
 * names its user and class by sourcedId; one that names an unknown user or class is skipped with
 * a warning at its row. When users.csv is absent or the bundle is a delta, a user not in users.csv
 * is named by sourcedId (the import matches existing people by sourcedId too).
 */
import { error, warning } from '../diagnostics';
import type { SourceTable } from '../model';
import { schoolYearIdFrom, TableAccess } from '../table-access';
import type { ClassInfo } from './oneroster-classes';
import type { ReadContext } from './oneroster-context';
import { q } from './oneroster-context';
import { checkHeader } from './oneroster-headers';
import { ENROLLMENT_ROLES } from './oneroster-spec';
import type { Person } from './oneroster-users';
import { readBoolean, readDate, readEnum, readStatus } from './oneroster-values';

/** One person enrolled in a class. */
export type Member = { readonly id: string; readonly row: number; readonly primary: boolean | null };

/** A class's active enrollments. */
export type Roster = { readonly teachers: Member[]; readonly students: Member[] };

/** A class the enrollments name but the bundle does not describe (a delta without classes.csv). */
export type UnknownClass = { readonly key: string; students: number; yearId: string | null };

/** What enrollments.csv gave. */
export type Enrollments = {
  readonly file: string;
  readonly rosters: ReadonlyMap<string, Roster>;
  readonly removed: readonly { readonly studentId: string; readonly yearId: string }[];
  /** Students with an active enrollment per class key (for the class choices). */
  readonly studentCounts: ReadonlyMap<string, number>;
  readonly unknownClasses: ReadonlyMap<string, UnknownClass>;
};

/** Inputs of readEnrollments: classes null when the bundle has no classes.csv. */
export type EnrollmentInputs = {
  readonly table: SourceTable;
  readonly classes: ReadonlyMap<string, ClassInfo> | null;
  readonly people: ReadonlyMap<string, Person>;
  /** False when the bundle has no users.csv: then users are named by sourcedId. */
  readonly hasUsers: boolean;
};

/** Reads enrollments.csv; null when it cannot be read. */
export function readEnrollments(input: EnrollmentInputs, ctx: ReadContext): Enrollments | null {
  const checked = checkHeader(input.table, 'enrollments', ctx);
  if (!checked.readable) return null;
  const access = new TableAccess(checked.table);
  const file = input.table.file;
  const extra = new Set(ctx.options.extraAdvisoryKeys ?? []);
  const rosters = new Map<string, Roster>();
  const removed: { studentId: string; yearId: string }[] = [];
  const counted = new Map<string, Set<string>>();
  const unknownClasses = new Map<string, UnknownClass>();
  const rows = new Map<string, number>();
  const bySourcedOk = !input.hasUsers || ctx.mode === 'delta';
  for (let i = 0; i < access.length; i += 1) {
    const row = access.ref(i).row;
    const at = (column: string): { file: string; row: number; column: string } => ({ file, row, column: access.spelling(column) });
    const sourcedId = access.get(i, 'sourcedId');
    const earlier = sourcedId === '' ? undefined : rows.get(sourcedId);
    if (earlier !== undefined) {
      ctx.diagnostics.push(error(at('sourcedId'), `sourcedId ${q(sourcedId)} appears twice, in rows ${earlier} and ${row}; row ${row} was not read.`));
      continue;
    }
    if (sourcedId !== '') rows.set(sourcedId, row);
    const status = readStatus(access, i, ctx);
    const role = readEnum(access, i, 'role', ENROLLMENT_ROLES, ctx);
    const primary = readBoolean(access, i, 'primary', ctx);
    // An enrollment's own dates give its year when its class is not described (a delta without classes.csv).
    const begin = readDate(access, i, 'beginDate', ctx);
    const date = readDate(access, i, 'endDate', ctx) ?? begin;
    const classKey = access.get(i, 'classSourcedId');
    const userKey = access.get(i, 'userSourcedId');
    if (classKey === '' || userKey === '') {
      ctx.diagnostics.push(warning({ file, row }, 'This enrollment names no class or no user; it was skipped.'));
      continue;
    }
    if (role !== 'student' && role !== 'teacher') continue; // administrators and proctors advise no group
    const person = input.people.get(userKey);
    let id: string;
    if (person) {
      if ((role === 'student') !== (person.kind === 'student')) {
        ctx.diagnostics.push(warning(at('role'), `${q(userKey)} is enrolled as a ${role} but users.csv has them as ${person.kind === 'student' ? 'a student' : 'staff'}; the enrollment was skipped.`));
        continue;
      }
      id = person.id;
    } else if (bySourcedOk) {
      if (input.hasUsers) ctx.log.note(at('userSourcedId'), 'by-sourced-id', 'Users not in this delta users.csv are named by their sourcedId; the import matches them to the people it has.');
      id = userKey;
    } else {
      ctx.diagnostics.push(warning(at('userSourcedId'), `userSourcedId ${q(userKey)} is not a student or staff member in users.csv; the enrollment was skipped.`));
      continue;
    }
    const cls = input.classes?.get(classKey);
    if (!cls) {
      const unknown = unknownClasses.get(classKey) ?? { key: classKey, students: 0, yearId: null };
      unknownClasses.set(classKey, unknown);
      unknown.yearId ??= date ? schoolYearIdFrom('', date) : null;
      if (role === 'student' && status !== 'tobedeleted') unknown.students += 1;
      const why = input.classes === null ? 'the bundle has no classes.csv' : 'it is not in classes.csv';
      if (status === 'tobedeleted' && role === 'student' && extra.has(classKey) && ctx.mode === 'delta') {
        // The user marked this key as an advisory: a removal needs only the student and the year.
        const yearId = unknown.yearId ?? ctx.options.fallbackYearId;
        if (unknown.yearId === null) ctx.log.note(at('classSourcedId'), 'removal-fallback-year', `The year of a removed placement is not known; ${yearId} was assumed.`);
        removed.push({ studentId: id, yearId });
        ctx.diagnostics.push(warning(at('classSourcedId'), `Class ${q(classKey)} is not described (${why}); as you marked it an advisory, ${id} is removed from their ${yearId} advisory.`));
        continue;
      }
      ctx.diagnostics.push(warning(at('classSourcedId'), `Class ${q(classKey)} is not described (${why}), so its advisory code and school year are unknown; the enrollment was skipped.`));
      continue;
    }
    if (status === 'tobedeleted') {
      if (!cls.isAdvisory || role !== 'student') continue;
      if (ctx.mode === 'delta') removed.push({ studentId: id, yearId: cls.yearId ?? ctx.options.fallbackYearId });
      else ctx.log.note(at('status'), 'bulk-tobedeleted', 'A bulk file has enrollments marked tobedeleted; they were not placed.');
      continue;
    }
    if (role === 'student') counted.set(classKey, (counted.get(classKey) ?? new Set()).add(userKey));
    const roster = rosters.get(classKey) ?? { teachers: [], students: [] };
    rosters.set(classKey, roster);
    (role === 'teacher' ? roster.teachers : roster.students).push({ id, row, primary });
  }
  const studentCounts = new Map([...counted].map(([k, s]) => [k, s.size]));
  return { file, rosters, removed, studentCounts, unknownClasses };
}
