/** The Staff form's draft: text as typed, turned into a Staff member only when every field is valid. */
import { staffSchema } from '../../../shared/domain/schema';
import type { Availability, School, Staff } from '../../../shared/domain/types';
import { fieldErrors, isValid, parseMoney, parseWhole, type FieldErrors } from './field-errors';
import { staffName } from './names';

export interface StaffDraft {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly role: Staff['role'];
  readonly department: string;
  readonly availability: Readonly<Record<string, Availability>>;
  readonly maxAdvisees: string;
  readonly maxClubs: string;
  readonly baseSalary: string;
  readonly yearsOfService: string;
}

export type StaffField = keyof StaffDraft;

/** The draft for an existing staff member, or an empty one for "Add staff member". */
export function staffDraft(staff: Staff | null): StaffDraft {
  return {
    id: staff?.id ?? '',
    firstName: staff?.firstName ?? '',
    lastName: staff?.lastName ?? '',
    email: staff?.email ?? '',
    role: staff?.role ?? 'teacher',
    department: staff?.department ?? '',
    availability: staff?.availability ?? {},
    maxAdvisees: String(staff?.maxAdvisees ?? 18),
    maxClubs: String(staff?.maxClubs ?? 2),
    baseSalary: String(staff?.baseSalary ?? ''),
    yearsOfService: String(staff?.yearsOfService ?? 0),
  };
}

const words: Partial<Record<StaffField, string>> = {
  id: 'The staff ID can be at most 200 characters.',
  firstName: 'The first name can be at most 200 characters.',
  lastName: 'The last name can be at most 200 characters.',
  email: 'The email address can be at most 320 characters.',
  department: 'The department can be at most 200 characters.',
  maxAdvisees: 'Maximum advisees must be a whole number from 0 to 100.',
  maxClubs: 'Maximum clubs must be a whole number from 0 to 20.',
  baseSalary: 'Base salary must be an amount from $0 to $10,000,000, e.g. 52,000.',
  yearsOfService: 'Years of service must be a whole number from 0 to 60.',
  availability: 'Choose an availability for each year.',
};

const fieldOf = (key: string): StaffField | null => (key in words ? (key as StaffField) : null);

/** Says who already has the id, or null when it is free (or is this person's own). */
export function staffIdTakenMessage(school: School, id: string, ownId: string | null): string | null {
  const other = id === ownId ? undefined : school.staff[id];
  return other ? `ID ${id} is already used by ${staffName(other)}.` : null;
}

/** The staff member the draft describes, or the message for each field that stops it being saved. */
export function staffFromDraft(draft: StaffDraft, base: Staff | null, school: School): { readonly entity: Staff | null; readonly errors: FieldErrors<StaffField> } {
  const pre: FieldErrors<StaffField> = {};
  if (base === null) {
    const taken = staffIdTakenMessage(school, draft.id, null);
    if (draft.id === '') pre.id = 'Enter the staff ID from your SIS, e.g. T0123.';
    else if (draft.id.trim() !== draft.id) pre.id = 'Remove the spaces before or after the ID.';
    else if (taken) pre.id = taken;
    if (!draft.firstName.trim()) pre.firstName = 'Enter the first name.';
    if (!draft.lastName.trim()) pre.lastName = 'Enter the last name.';
  }
  if (draft.email.trim() && !draft.email.includes('@')) pre.email = 'An email address has an @, e.g. j.rivera@school.org.';
  const entity: Staff = {
    ...(base ?? {}),
    id: base?.id ?? draft.id,
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    email: draft.email.trim(),
    role: draft.role,
    department: draft.department.trim(),
    // "Available" is stored as no entry, the one spelling the rest of the app reads.
    availability: Object.fromEntries(Object.entries(draft.availability).filter(([, v]) => v !== 'active')),
    maxAdvisees: parseWhole(draft.maxAdvisees),
    maxClubs: parseWhole(draft.maxClubs),
    baseSalary: parseMoney(draft.baseSalary),
    yearsOfService: parseWhole(draft.yearsOfService),
  };
  const errors = { ...fieldErrors(staffSchema.safeParse(entity), fieldOf, words), ...pre };
  return { entity: isValid(errors) ? entity : null, errors };
}
