/**
 * Merging imported students and staff into the school by id: new people are added, changed
 * fields updated (only fields the source carries), people missing from a full export marked as
 * left — never deleted — and people who had left but are back marked as returned.
 */
import type { Command } from '../../domain/commands';
import { classOfGrade, gradeInYear, schoolYearId, schoolYearStart } from '../../domain/dates';
import { staffSchema, studentSchema } from '../../domain/schema';
import { isEnrolled } from '../../domain/summary';
import { formatCount } from '../../domain/wording';
import type { School, Staff, Student } from '../../domain/types';
import { describeIssues } from '../../store/document';
import { error, warning, type Diagnostic } from '../diagnostics';
import type { ImportedStaff, ImportedStudent } from '../model';
import type { FieldChange, ImportCounts, RecordChange } from './plan-types';

/** The school year before `yearId`. */
export function previousYear(yearId: string): string {
  return schoolYearId(schoolYearStart(yearId) - 1);
}

/** What merging one kind of person produced. */
export type PeopleResult = {
  readonly counts: ImportCounts;
  readonly commands: readonly Command[];
  readonly changes: readonly RecordChange[];
  readonly diagnostics: readonly Diagnostic[];
  /** Imported id → the school's id for that person (the same unless matched by sourcedId). */
  readonly idMap: ReadonlyMap<string, string>;
};

type Indexed<T extends { readonly id: string; readonly sourcedId?: string }> = {
  readonly byId: ReadonlyMap<string, T>;
  readonly bySourced: ReadonlyMap<string, T>;
};

function index<T extends { readonly id: string; readonly sourcedId?: string }>(items: Iterable<T>): Indexed<T> {
  const byId = new Map<string, T>();
  const bySourced = new Map<string, T>();
  for (const item of items) {
    byId.set(item.id, item);
    if (item.sourcedId) bySourced.set(item.sourcedId, item);
  }
  return { byId, bySourced };
}

/** Finds the school's record for an imported one: by id, else by the source system's key. */
function match<T extends { readonly id: string; readonly sourcedId?: string }>(ix: Indexed<T>, id: string, sourcedId: string | undefined): T | undefined {
  return ix.byId.get(id) ?? (sourcedId ? ix.bySourced.get(sourcedId) : undefined) ?? ix.bySourced.get(id);
}

const show = (v: unknown): string => (v === undefined || v === null || v === '' ? '—' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

/** Lists the fields that differ between two versions of a record, with the labels people read. */
function diffFields<T extends object>(before: T, after: T, labels: Readonly<Record<string, string>>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [key, label] of Object.entries(labels)) {
    const path = key.split('.');
    const get = (o: object): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);
    const a = get(before);
    const b = get(after);
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ field: label, before: show(a), after: show(b) });
  }
  return out;
}

const studentLabels: Readonly<Record<string, string>> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  email: 'Email',
  classOf: 'Class of',
  gender: 'Gender',
  'flags.economicallyDisadvantaged': 'Economically disadvantaged',
  'flags.iep504': 'IEP/504',
  'flags.englishLearner': 'English learner',
  sourcedId: 'Source key',
  left: 'Left',
};

const staffLabels: Readonly<Record<string, string>> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  department: 'Department',
  role: 'Role',
  sourcedId: 'Source key',
  leftAfterYearId: 'Left after',
};

function withOptional<T extends object, K extends string>(base: T, key: K, value: string | undefined): T {
  if (value === undefined) return base;
  const { [key]: _drop, ...rest } = base as Record<string, unknown>;
  return (value === '' ? rest : { ...rest, [key]: value }) as T;
}

const personName = (p: { readonly firstName: string; readonly lastName: string; readonly preferredName?: string }): string =>
  `${p.preferredName || p.firstName} ${p.lastName}`.trim();

/** Builds the student the school would hold after the import, or a reason it cannot. */
function mergeStudent(existing: Student | undefined, s: ImportedStudent, yearId: string): { student: Student } | { problem: string } {
  // The grade is the roster's present; a graduation year beside it can be stale, so the grade wins.
  const classOf = (s.grade ? classOfGrade(Number(s.grade), yearId) : s.classOf) ?? existing?.classOf;
  if (classOf === undefined) return { problem: `Student ${s.id} has no grade or graduation year, so the app cannot tell which class they are in.` };
  let next: Student = {
    ...(existing ?? { gender: 'unspecified', flags: { economicallyDisadvantaged: false, iep504: false, englishLearner: false }, tags: [], enteredYearId: yearId }),
    id: existing?.id ?? s.id,
    firstName: s.firstName,
    lastName: s.lastName,
    classOf,
    ...(s.gender ? { gender: s.gender } : {}),
  } as Student;
  if (s.flags) next = { ...next, flags: { ...next.flags, ...s.flags } };
  next = withOptional(next, 'preferredName', s.preferredName);
  next = withOptional(next, 'email', s.email);
  if (s.sourcedId && s.sourcedId !== next.id) next = { ...next, sourcedId: s.sourcedId };
  if (existing && s.active !== false && next.left && isEnrolledByGrade(next, yearId)) {
    const { left: _left, ...rest } = next;
    next = rest;
  }
  if (s.active === false && !next.left) next = { ...next, left: { afterYearId: leftAfter(next.enteredYearId, yearId), reason: 'other' } };
  return { student: next };
}

/** A class change as people say it: "Grade in 2026–27: 10 → 11". */
function asGrade(before: Student, after: Student, yearId: string): FieldChange {
  const grade = (s: Student): string => gradeInYear(s.classOf, yearId) ?? `class of ${s.classOf}`;
  return { field: `Grade in ${yearId.replace('-', '–')}`, before: grade(before), after: grade(after) };
}

function isEnrolledByGrade(s: Student, yearId: string): boolean {
  return gradeInYear(s.classOf, yearId) !== null;
}

/**
 * The year after which someone who is not on `yearId`'s roster left: the year before it, so they
 * are not counted in `yearId` (even a student first entered that year: they never arrived).
 */
function leftAfter(_enteredYearId: string, yearId: string): string {
  return previousYear(yearId);
}

function schemaProblem(result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }): string | null {
  return result.success ? null : describeIssues(result.error?.issues ?? []);
}

/** Merges imported students into the school's students. */
export function planStudents(school: School, imported: readonly ImportedStudent[], yearId: string, markMissing: boolean): PeopleResult {
  const ix = index(Object.values(school.students));
  const counts = { added: 0, changed: 0, unchanged: 0, missing: 0 };
  const commands: Command[] = [];
  const changes: RecordChange[] = [];
  const diagnostics: Diagnostic[] = [];
  const idMap = new Map<string, string>();
  const seen = new Set<string>();
  const outside = new Map<string, { row: number; grades: Set<string>; count: number }>();
  const conflicts = new Map<string, { row: number; count: number; example: string }>();
  for (const s of imported) {
    const existing = match(ix, s.id, s.sourcedId);
    if (!existing && s.active === false) continue; // an inactive person we never had: nothing to add
    if (s.grade && s.classOf !== undefined && classOfGrade(Number(s.grade), yearId) !== s.classOf) {
      const c = conflicts.get(s.ref.file) ?? { row: s.ref.row, count: 0, example: `grade ${s.grade} in ${yearId.replace('-', '–')} is the class of ${classOfGrade(Number(s.grade), yearId)}, not ${s.classOf}` };
      c.count += 1;
      conflicts.set(s.ref.file, c);
    }
    if (s.gradeOutside !== undefined && !s.grade && s.classOf === undefined) {
      const o = outside.get(s.ref.file) ?? { row: s.ref.row, grades: new Set<string>(), count: 0 };
      o.grades.add(s.gradeOutside);
      o.count += 1;
      outside.set(s.ref.file, o);
      if (existing) seen.add(existing.id); // listed, so not "missing"; their record stays as it is
      continue;
    }
    const merged = mergeStudent(existing, s, yearId);
    if ('problem' in merged) {
      diagnostics.push(error(s.ref, merged.problem));
      continue;
    }
    const problem = schemaProblem(studentSchema.safeParse(merged.student));
    if (problem) {
      diagnostics.push(error(s.ref, `Student ${s.id} cannot be stored: ${problem}.`));
      continue;
    }
    const next = merged.student;
    idMap.set(s.id, next.id);
    seen.add(next.id);
    if (!existing) {
      counts.added += 1;
      commands.push({ type: 'upsert', collection: 'students', entity: next });
      changes.push({ kind: 'added', what: 'student', id: next.id, name: personName(next), fields: [] });
      continue;
    }
    const fields = diffFields(existing, next, studentLabels).map((f) => (f.field === 'Class of' ? asGrade(existing, next, yearId) : f));
    if (fields.length === 0) {
      counts.unchanged += 1;
      continue;
    }
    counts.changed += 1;
    commands.push({ type: 'upsert', collection: 'students', entity: next });
    const kind = existing.left && !next.left ? 'returned' : !existing.left && next.left ? 'left' : 'changed';
    changes.push({ kind, what: 'student', id: next.id, name: personName(next), fields });
  }
  for (const [file, c] of conflicts) {
    const who = c.count === 1 ? '1 student has' : `${formatCount(c.count)} students have`;
    diagnostics.push(warning({ file, row: c.row }, `${who} a graduation year that does not match their grade (row ${c.row}: ${c.example}); the grade was used.`));
  }
  for (const [file, o] of outside) {
    const list = [...o.grades].slice(0, 6).join(', ');
    diagnostics.push(
      warning(
        { file, row: o.row },
        `${formatCount(o.count)} ${o.count === 1 ? 'student is' : 'students are'} in grades the school does not plan advisories for (${list}); ${o.count === 1 ? 'that student was' : 'they were'} not imported. The first is in row ${o.row}.`,
      ),
    );
  }
  if (markMissing) {
    for (const student of Object.values(school.students)) {
      if (seen.has(student.id) || !isEnrolled(student, yearId)) continue;
      const left = { afterYearId: leftAfter(student.enteredYearId, yearId), reason: 'other' as const };
      const next: Student = { ...student, left };
      counts.missing += 1;
      commands.push({ type: 'upsert', collection: 'students', entity: next });
      changes.push({ kind: 'left', what: 'student', id: student.id, name: personName(student), fields: diffFields(student, next, studentLabels) });
    }
  }
  return { counts, commands, changes, diagnostics, idMap };
}

/** Merges imported staff into the school's staff; new staff get the school's usual limits. */
export function planStaff(school: School, imported: readonly ImportedStaff[], yearId: string, markMissing: boolean): PeopleResult {
  const ix = index(Object.values(school.staff));
  const counts = { added: 0, changed: 0, unchanged: 0, missing: 0 };
  const commands: Command[] = [];
  const changes: RecordChange[] = [];
  const diagnostics: Diagnostic[] = [];
  const idMap = new Map<string, string>();
  const seen = new Set<string>();
  const defaultMax = school.info.policy.targetMax;
  for (const p of imported) {
    const existing = match(ix, p.id, p.sourcedId);
    if (!existing && p.active === false) continue;
    let next: Staff = {
      ...(existing ?? { email: '', department: '', role: 'teacher', availability: {}, maxAdvisees: defaultMax, maxClubs: 2, baseSalary: 0, yearsOfService: 0 }),
      id: existing?.id ?? p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      ...(p.email !== undefined ? { email: p.email } : {}),
      ...(p.department !== undefined ? { department: p.department } : {}),
      ...(p.role !== undefined ? { role: p.role } : {}),
    } as Staff;
    if (p.sourcedId && p.sourcedId !== next.id) next = { ...next, sourcedId: p.sourcedId };
    if (existing?.leftAfterYearId && existing.leftAfterYearId < yearId && p.active !== false) {
      const { leftAfterYearId: _gone, ...rest } = next;
      next = rest;
    }
    if (p.active === false && !next.leftAfterYearId) next = { ...next, leftAfterYearId: previousYear(yearId) };
    const problem = schemaProblem(staffSchema.safeParse(next));
    if (problem) {
      diagnostics.push(error(p.ref, `Staff member ${p.id} cannot be stored: ${problem}.`));
      continue;
    }
    idMap.set(p.id, next.id);
    seen.add(next.id);
    const name = `${next.firstName} ${next.lastName}`.trim();
    if (!existing) {
      counts.added += 1;
      commands.push({ type: 'upsert', collection: 'staff', entity: next });
      changes.push({ kind: 'added', what: 'staff', id: next.id, name, fields: [] });
      continue;
    }
    const fields = diffFields(existing, next, staffLabels);
    if (fields.length === 0) {
      counts.unchanged += 1;
      continue;
    }
    counts.changed += 1;
    commands.push({ type: 'upsert', collection: 'staff', entity: next });
    const kind = existing.leftAfterYearId && !next.leftAfterYearId ? 'returned' : !existing.leftAfterYearId && next.leftAfterYearId ? 'left' : 'changed';
    changes.push({ kind, what: 'staff', id: next.id, name, fields });
  }
  if (markMissing) {
    for (const person of Object.values(school.staff)) {
      if (seen.has(person.id) || (person.leftAfterYearId !== undefined && person.leftAfterYearId < yearId)) continue;
      const next: Staff = { ...person, leftAfterYearId: previousYear(yearId) };
      counts.missing += 1;
      commands.push({ type: 'upsert', collection: 'staff', entity: next });
      changes.push({ kind: 'left', what: 'staff', id: person.id, name: `${person.firstName} ${person.lastName}`.trim(), fields: diffFields(person, next, staffLabels) });
    }
  }
  return { counts, commands, changes, diagnostics, idMap };
}
