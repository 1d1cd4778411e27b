/**
 * What every import reader produces: the school's people, years, advisory groups and placements
 * as a source file states them, before they are compared with the school (./import-plan.ts).
 * Readers (OneRoster, SDS, Clever, generic CSV/XLSX) differ only in how they fill this in.
 *
 * Fields a source does not carry are left undefined, so a re-import never overwrites what the
 * school knows with a blank (e.g. a users file with no demographics keeps each student's flags).
 */
import type { Diagnostic } from './diagnostics';
import type { Gender, Grade } from '../domain/types';

/** Where a record came from, for diagnostics and the preview's "file, row" column. */
export type SourceRef = { readonly file: string; readonly row: number };

/** A file of the chosen source, as bytes; `name` is its path inside the chosen folder or zip (`users.csv`). */
export type SourceFile = { readonly name: string; readonly bytes: Uint8Array };

/**
 * A sheet read into strings: a CSV after decoding and parsing, or an Excel sheet after the worker
 * turned each cell into the text Excel shows (so `00123` formatted as text stays `00123`).
 */
export type SourceTable = {
  /** File name (and `!Sheet` for a workbook sheet other than the first), as diagnostics name it. */
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Spreadsheet row number of each row (header = row 1). */
  readonly rowNumbers: readonly number[];
  readonly diagnostics: readonly Diagnostic[];
};

/** The formats the import wizard detects and names. */
export type ImportFormat =
  | 'oneroster-1.1'
  | 'oneroster-1.2'
  | 'sds-v1'
  | 'sds-v2.1'
  | 'clever'
  | 'generic-csv'
  | 'generic-xlsx';

/** How the wizard names each format ("Detected: OneRoster 1.1 bundle"). */
export const formatLabels: Readonly<Record<ImportFormat, string>> = {
  'oneroster-1.1': 'OneRoster 1.1 CSV bundle',
  'oneroster-1.2': 'OneRoster 1.2 CSV bundle',
  'sds-v1': 'Microsoft School Data Sync (SDS format)',
  'sds-v2.1': 'Microsoft School Data Sync v2.1',
  clever: 'Clever CSV set',
  'generic-csv': 'CSV or text file',
  'generic-xlsx': 'Excel workbook',
};

/** A student as the source states them; ids are kept exactly as written. */
export type ImportedStudent = {
  /** SIS id (OneRoster `identifier`, else `sourcedId`; SDS `SIS ID`…), leading zeros kept. */
  readonly id: string;
  /** The source system's own key when it differs from `id` (OneRoster/SDS `sourcedId`). */
  readonly sourcedId?: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly preferredName?: string;
  readonly email?: string;
  /** Grade in the import's school year, normalised to two digits. */
  readonly grade?: Grade;
  /** Graduation year when the source gives it instead of (or as well as) a grade. */
  readonly classOf?: number;
  /**
   * The raw grade when it is a real K–12 grade this app does not plan for (`KG`, `PS1`, `05`):
   * a district-wide export lists elementary students; the planner skips them with one warning.
   */
  readonly gradeOutside?: string;
  readonly gender?: Gender;
  /** Only the flags the source carries. */
  readonly flags?: {
    readonly economicallyDisadvantaged?: boolean;
    readonly iep504?: boolean;
    readonly englishLearner?: boolean;
  };
  /** False when the source marks the person inactive / tobedeleted (they are then marked left). */
  readonly active?: boolean;
  readonly ref: SourceRef;
};

/** A staff member as the source states them. */
export type ImportedStaff = {
  readonly id: string;
  readonly sourcedId?: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email?: string;
  readonly department?: string;
  readonly role?: 'teacher' | 'counselor' | 'coach' | 'support-staff';
  readonly active?: boolean;
  readonly ref: SourceRef;
};

/** A school year from the source's academic sessions. */
export type ImportedYear = {
  /** `2026-27`. */
  readonly id: string;
  readonly firstDay?: string;
  readonly lastDay?: string;
  readonly ref: SourceRef;
};

/**
 * One advisory in one school year. The same `code` in several years is one group looping
 * (OneRoster: the class's `classCode`; elsewhere the section id).
 */
export type ImportedAdvisory = {
  readonly code: string;
  readonly name: string;
  readonly room?: string;
  readonly yearId: string;
  /** Staff ids (ImportedStaff.id) of the lead and co-advisor, when known. */
  readonly leadStaffId?: string;
  readonly coStaffId?: string;
  /** Student ids (ImportedStudent.id) placed in it that year. */
  readonly studentIds: readonly string[];
  readonly ref: SourceRef;
};

/**
 * A class that is not read as an advisory by default, offered in the wizard so the user can mark
 * it as one (real exports send advisories as `scheduled`).
 */
export type ImportedClassChoice = {
  /** The key the user's choice is given back with (OneRoster class sourcedId, SDS section id). */
  readonly key: string;
  readonly title: string;
  readonly yearId: string | null;
  readonly students: number;
  /** True when the reader already counts it as an advisory (homeroom, Clever "Homeroom/advisory"). */
  readonly isAdvisory: boolean;
};

/**
 * `full`: the source lists everyone (people missing from it are marked as left);
 * `delta`: only changes (nobody is marked left for being absent).
 */
export type ImportMode = 'full' | 'delta';

/** What a reader made of a source. */
export type ImportData = {
  readonly format: ImportFormat;
  readonly mode: ImportMode;
  /** The school year the roster describes (people's grades are for this year); null when unknown. */
  readonly yearId: string | null;
  /** Null when the source has no students file (then students are left as they are). */
  readonly students: readonly ImportedStudent[] | null;
  /** Null when the source has no staff file. */
  readonly staff: readonly ImportedStaff[] | null;
  readonly years: readonly ImportedYear[];
  /** Null when the source says nothing about advisories. */
  readonly advisories: readonly ImportedAdvisory[] | null;
  /**
   * Delta only: placements the source removes (OneRoster enrollment `tobedeleted`), by student id
   * and year.
   */
  readonly removedPlacements: readonly { readonly studentId: string; readonly yearId: string }[];
  readonly classChoices: readonly ImportedClassChoice[];
  readonly diagnostics: readonly Diagnostic[];
};

/** Options the user sets in the wizard and readers honour. */
export type ReadOptions = {
  /** Keys of classes the user marked as advisories, on top of the ones read as such by default. */
  readonly extraAdvisoryKeys?: readonly string[];
  /** Keys of default advisories the user unmarked. */
  readonly notAdvisoryKeys?: readonly string[];
  /** The school year to assume when the source does not say (the school's current year). */
  readonly fallbackYearId: string;
};
