/**
 * The fields a generic SIS export (PowerSchool, Infinite Campus, Skyward… as CSV/TSV/XLSX) can
 * carry, as the mapping step shows them, and the mapping from fields to the file's columns.
 */

/** What one generic file lists. */
export type GenericKind = 'students' | 'staff';

export type StudentField =
  | 'id'
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'preferredName'
  | 'email'
  | 'grade'
  | 'classOf'
  | 'gender'
  | 'economicallyDisadvantaged'
  | 'lunchStatus'
  | 'iep504'
  | 'englishLearner'
  | 'status'
  | 'advisory'
  | 'advisor';

export type StaffField = 'id' | 'firstName' | 'lastName' | 'fullName' | 'email' | 'department' | 'role' | 'status';

/** Field → the header it is read from (null: not in the file). Serialisable (stored in preferences). */
export type ColumnMapping = { readonly kind: GenericKind; readonly columns: Readonly<Record<string, string | null>> };

/** A field as the mapping step shows it. */
export type FieldInfo<F extends string = StudentField | StaffField> = {
  readonly field: F;
  /** The words a scheduler uses (also the select's accessible label). */
  readonly label: string;
  /**
   * True for the ID, and for first and last name; the name parts are not needed when a full-name
   * column is mapped (see isRequiredNow).
   */
  readonly required: boolean;
  readonly hint: string;
};

const NAME_HINT = 'Needed unless the file has one Full name column instead.';

/** Student fields, in the order the mapping step lists them. */
export const studentFields: readonly FieldInfo<StudentField>[] = [
  { field: 'id', label: 'Student ID', required: true, hint: 'The SIS student number; leading zeros are kept.' },
  { field: 'firstName', label: 'First name', required: true, hint: NAME_HINT },
  { field: 'lastName', label: 'Last name', required: true, hint: NAME_HINT },
  { field: 'fullName', label: 'Full name', required: false, hint: 'One column with “Last, First” or “First Last”.' },
  { field: 'preferredName', label: 'Preferred name', required: false, hint: 'The name the student goes by.' },
  { field: 'email', label: 'Email', required: false, hint: '' },
  { field: 'grade', label: 'Grade', required: false, hint: '06–12; “9”, “9th” and “Grade 9” are read as 09.' },
  { field: 'classOf', label: 'Class of (graduation year)', required: false, hint: 'A four-digit year, e.g. 2030.' },
  { field: 'gender', label: 'Gender', required: false, hint: 'F, M, X, Female, Male or Non-binary.' },
  {
    field: 'economicallyDisadvantaged',
    label: 'Economically disadvantaged',
    required: false,
    hint: 'A yes/no column (Y, N, 1, 0, true, false, X).',
  },
  { field: 'lunchStatus', label: 'Lunch status', required: false, hint: 'F (free) and R (reduced) count as economically disadvantaged; P (paid) does not.' },
  { field: 'iep504', label: 'IEP/504', required: false, hint: 'A yes/no column.' },
  { field: 'englishLearner', label: 'English learner', required: false, hint: 'A yes/no column (ELL, EL, LEP).' },
  { field: 'status', label: 'Status', required: false, hint: 'Active, Inactive or Withdrawn (A, I, W).' },
  { field: 'advisory', label: 'Advisory or homeroom', required: false, hint: 'The advisory’s name or code; students with the same value form one group.' },
  { field: 'advisor', label: 'Advisor (staff ID)', required: false, hint: 'The staff ID of the advisory’s adult; read with the advisory column.' },
];

/** Staff fields, in the order the mapping step lists them. */
export const staffFields: readonly FieldInfo<StaffField>[] = [
  { field: 'id', label: 'Staff ID', required: true, hint: 'The SIS teacher or employee number; leading zeros are kept.' },
  { field: 'firstName', label: 'First name', required: true, hint: NAME_HINT },
  { field: 'lastName', label: 'Last name', required: true, hint: NAME_HINT },
  { field: 'fullName', label: 'Full name', required: false, hint: 'One column with “Last, First” or “First Last”.' },
  { field: 'email', label: 'Email', required: false, hint: '' },
  { field: 'department', label: 'Department', required: false, hint: '' },
  { field: 'role', label: 'Role', required: false, hint: 'Teacher, counselor, coach or support staff; anything else is read as teacher.' },
  { field: 'status', label: 'Status', required: false, hint: 'Active, Inactive or Withdrawn (A, I, W).' },
];

/** The field descriptors for a kind of file. */
export function fieldsFor(kind: GenericKind): readonly FieldInfo[] {
  return kind === 'students' ? studentFields : staffFields;
}

/** The header a field is mapped to, or null (an empty string counts as not mapped). */
export function mappedColumn(mapping: ColumnMapping, field: string): string | null {
  const column = Object.prototype.hasOwnProperty.call(mapping.columns, field) ? mapping.columns[field] : null;
  return typeof column === 'string' && column !== '' ? column : null;
}

/** Whether a field must be mapped given the rest of the mapping (first/last name not when full name is mapped). */
export function isRequiredNow(info: FieldInfo, mapping: ColumnMapping): boolean {
  if (info.field === 'firstName' || info.field === 'lastName') return mappedColumn(mapping, 'fullName') === null;
  return info.required;
}
