/** The Student form's draft: text as typed, turned into a Student only when every field is valid. */
import { classOfGrade, gradeInYear } from '../../../shared/domain/dates';
import type { SchoolYearId } from '../../../shared/domain/ids';
import { studentSchema } from '../../../shared/domain/schema';
import type { Gender, School, Student } from '../../../shared/domain/types';
import { fieldErrors, isValid, type FieldErrors } from './field-errors';
import { studentName } from './names';

export interface StudentDraft {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly preferredName: string;
  readonly email: string;
  /** Two digits in the viewed year; '' when outside 01–12 (then the class is kept as it is). */
  readonly grade: string;
  readonly gender: Gender;
  readonly flags: Student['flags'];
  readonly tags: readonly string[];
}

export type StudentField = keyof StudentDraft;

/** The draft for an existing student, or an empty one for "Add student". */
export function studentDraft(student: Student | null, yearId: SchoolYearId): StudentDraft {
  return {
    id: student?.id ?? '',
    firstName: student?.firstName ?? '',
    lastName: student?.lastName ?? '',
    preferredName: student?.preferredName ?? '',
    email: student?.email ?? '',
    grade: student ? (gradeInYear(student.classOf, yearId) ?? '') : '',
    gender: student?.gender ?? 'unspecified',
    flags: student?.flags ?? { economicallyDisadvantaged: false, iep504: false, englishLearner: false },
    tags: student?.tags ?? [],
  };
}

const words: Partial<Record<StudentField, string>> = {
  id: 'The student ID can be at most 200 characters.',
  firstName: 'The first name can be at most 200 characters.',
  lastName: 'The last name can be at most 200 characters.',
  preferredName: 'The preferred name can be at most 200 characters.',
  email: 'The email address can be at most 320 characters.',
  grade: 'Choose a grade.',
  tags: 'A tag can be at most 100 characters.',
};

const fieldOf = (key: string): StudentField | null => (key === 'classOf' ? 'grade' : key in words ? (key as StudentField) : null);

/** Says who already has the id, or null when it is free (or is this student's own). */
export function idTakenMessage(school: School, id: string, ownId: string | null): string | null {
  const other = id === ownId ? undefined : school.students[id];
  return other ? `ID ${id} is already used by ${studentName(other)}.` : null;
}

/** The student the draft describes, or the message for each field that stops it being saved. */
export function studentFromDraft(
  draft: StudentDraft,
  base: Student | null,
  school: School,
  yearId: SchoolYearId,
): { readonly entity: Student | null; readonly errors: FieldErrors<StudentField> } {
  const pre: FieldErrors<StudentField> = {};
  if (base === null) {
    if (draft.id === '') pre.id = 'Enter the student ID from your SIS, e.g. 004021.';
    else if (draft.id.trim() !== draft.id) pre.id = 'Remove the spaces before or after the ID.';
    else pre.id = idTakenMessage(school, draft.id, null) ?? undefined;
    if (!draft.firstName.trim()) pre.firstName = 'Enter the legal first name.';
    if (!draft.lastName.trim()) pre.lastName = 'Enter the legal last name.';
    if (!draft.grade) pre.grade = `Choose the grade the student is in.`;
  }
  if (draft.email.trim() && !draft.email.includes('@')) pre.email = 'An email address has an @, e.g. ana.ruiz@school.org.';
  const keepClass = base !== null && draft.grade === (gradeInYear(base.classOf, yearId) ?? '');
  const classOf = keepClass || !draft.grade ? (base?.classOf ?? Number.NaN) : classOfGrade(Number(draft.grade), yearId);
  const preferred = draft.preferredName.trim();
  const email = draft.email.trim();
  // "No preferred name" and "no email" have one spelling each: the field is left out.
  const { preferredName: _p, email: _e, ...rest } = base ?? { tags: [], enteredYearId: yearId };
  const entity: Student = {
    ...rest,
    id: base?.id ?? draft.id,
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    ...(preferred ? { preferredName: preferred } : {}),
    ...(email ? { email } : {}),
    classOf,
    gender: draft.gender,
    flags: draft.flags,
    tags: draft.tags,
    enteredYearId: base?.enteredYearId ?? yearId,
  };
  const errors = { ...fieldErrors(studentSchema.safeParse(entity), fieldOf, words), ...stripEmpty(pre) };
  return { entity: isValid(errors) ? entity : null, errors };
}

function stripEmpty<F extends string>(errors: FieldErrors<F>): FieldErrors<F> {
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== undefined)) as FieldErrors<F>;
}
