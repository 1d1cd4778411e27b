/**
 * Property tests of the SDS and Clever readers and of detectFormat: random tables under the
 * formats' file names, with their columns and awkward values, never make them throw, and what
 * they return is consistent (well-formed diagnostics, unique ids, advisories that name people read).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readClever } from '../../../shared/import/clever';
import { detectFormat } from '../../../shared/import/detect-format';
import type { Diagnostic } from '../../../shared/import/diagnostics';
import type { ImportData, SourceTable } from '../../../shared/import/model';
import { readSdsV1, readSdsV21 } from '../../../shared/import/sds';

/** Per file: the header a real export has (readers get past their id checks), then other columns it may have. */
type FileShape = readonly [file: string, typical: readonly string[], extra: readonly string[]];
const SDS_V1: readonly FileShape[] = [
  ['Student.csv', ['SIS ID', 'First Name', 'Last Name', 'Grade'], ['School SIS ID', 'Status', 'Graduation Year', 'Student Number']],
  ['Teacher.csv', ['SIS ID', 'First Name', 'Last Name'], ['School SIS ID', 'Status', 'Secondary Email']],
  ['Section.csv', ['SIS ID', 'Section Name', 'Term StartDate'], ['Term EndDate', 'Course Name', 'Course Subject', 'School SIS ID', 'Room']],
  ['StudentEnrollment.csv', ['Section SIS ID', 'SIS ID'], []],
  ['TeacherRoster.csv', ['Section SIS ID', 'SIS ID'], []],
  ['School.csv', ['SIS ID', 'Name'], []],
];
const SDS_V21: readonly FileShape[] = [
  ['users.csv', ['sourcedId', 'givenName', 'familyName'], ['email', 'username', 'status']],
  ['roles.csv', ['userSourcedId', 'role', 'grade'], ['isPrimary', 'orgSourcedId']],
  ['orgs.csv', ['sourcedId', 'name', 'type'], []],
  ['classes.csv', ['sourcedId', 'title', 'sessionSourcedIds'], ['courseSourcedId', 'location']],
  ['courses.csv', ['sourcedId', 'title', 'subject'], ['schoolYearSourcedId']],
  ['enrollments.csv', ['classSourcedId', 'userSourcedId', 'role'], ['isPrimary', 'primary']],
  ['academicSessions.csv', ['sourcedId', 'startDate', 'endDate'], ['schoolYear', 'type']],
  ['demographics.csv', ['userSourcedId', 'sex'], []],
  ['userFlags.csv', ['userSourcedId', 'flag'], []],
  ['relationships.csv', ['userSourcedId', 'relationshipUserSourcedId'], []],
  ['manifest.csv', ['propertyName', 'value'], []],
];
const CLEVER: readonly FileShape[] = [
  ['students.csv', ['School_id', 'Student_id', 'Grade'], ['Student_number', 'First_name', 'Last_name', 'Gender', 'Graduation_year', 'Frl_status', 'Ell_status', 'IEP_status']],
  ['teachers.csv', ['School_id', 'Teacher_id'], ['Teacher_number', 'First_name', 'Last_name', 'Teacher_email']],
  ['sections.csv', ['School_id', 'Section_id', 'Teacher_id', 'Name'], ['Teacher_2_id', 'Subject', 'Course_name', 'Term_start', 'Term_end']],
  ['enrollments.csv', ['School_id', 'Section_id', 'Student_id'], []],
  ['schools.csv', ['School_id', 'School_name'], []],
  ['other.xlsx', ['x'], []],
];
const IDS = ['1', '2', '01'];
const VALUES = [
  '', '9', '09', '10', '13', 'KG', 'ps1', '7/1/2017', '2025-08-25', '31/31/2031', '2021', 'TRUE', 'FALSE', 'Y', 'N',
  'student', 'teacher', 'professor', 'coach', 'guardian', 'Active', 'Inactive', 'Free', 'Reduced', 'Paid', 'F', 'M', 'X', 'iep', '504', 'ell', 'freeLunch', 'school',
  'Homeroom/advisory', 'Advisory 9', 'oneroster.version', '1.2', '=HYPERLINK("x")', ' padded ', 'Zoë',
];
// Ids are drawn often from a small pool, so enrollments, rosters and flags name people that exist.
const valueArb = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...IDS) }, { weight: 3, arbitrary: fc.constantFrom(...VALUES) });

const tableArb = (shapes: readonly FileShape[]): fc.Arbitrary<SourceTable> =>
  fc
    .constantFrom(...shapes)
    .chain(([name, typical, extra]) =>
      fc.record({
        file: fc.constantFrom(name, `Export/${name.toUpperCase()}`),
        header: fc.oneof(
          { weight: 4, arbitrary: fc.subarray([...extra, 'x']).map((more) => [...typical, ...more]) },
          { weight: 1, arbitrary: fc.shuffledSubarray([...typical, ...extra, 'x']) },
        ),
      }),
    )
    .chain(({ file, header }) =>
      fc.array(fc.array(valueArb, { minLength: header.length, maxLength: header.length }), { maxLength: 8 }).map((rows) => ({
        file, header, rows, rowNumbers: rows.map((_, i) => i + 2), diagnostics: [] as Diagnostic[],
      })),
    );

// Often every file of one format (so sections, rosters and people meet), else a random pick, sometimes across formats.
const FAMILIES: readonly (readonly FileShape[])[] = [SDS_V1, SDS_V21, CLEVER];
const setArb: fc.Arbitrary<SourceTable[]> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...FAMILIES).chain((shapes) => fc.tuple(...shapes.map((shape) => tableArb([shape])))) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...FAMILIES, FAMILIES.flat())
      .chain((shapes) => fc.uniqueArray(tableArb(shapes), { maxLength: 8, selector: (t) => t.file.toLowerCase().split('/').pop() })),
  },
);
const optionsArb = fc.record({
  fallbackYearId: fc.constant('2025-26'),
  extraAdvisoryKeys: fc.array(valueArb, { maxLength: 3 }),
  notAdvisoryKeys: fc.array(valueArb, { maxLength: 2 }),
});

/** What is wrong with what a reader returned (empty when it holds together). */
function problems(data: ImportData, files: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) found.push(what);
  };
  for (const d of data.diagnostics) {
    check(d.level === 'error' || d.level === 'warning', `level ${d.level}`);
    check(d.file !== '', `no file: ${d.message}`);
    check(d.row === null || (Number.isInteger(d.row) && d.row >= 1), `row ${d.row}`);
    check(d.column === null || typeof d.column === 'string', `column ${String(d.column)}`);
    check(d.message.trim() !== '', 'empty message');
    // A row is only ever named in a file that is there.
    check(d.row === null || files.has(d.file), `row in absent ${d.file}`);
  }
  const studentIds = new Set((data.students ?? []).map((s) => s.id));
  const staffIds = new Set((data.staff ?? []).map((s) => s.id));
  check(studentIds.size === (data.students?.length ?? 0), 'repeated student id');
  check(staffIds.size === (data.staff?.length ?? 0), 'repeated staff id');
  for (const s of data.students ?? []) check(s.grade === undefined || /^(0[6-9]|1[0-2])$/.test(s.grade), `grade ${s.grade}`);
  const placed = new Set<string>();
  for (const a of data.advisories ?? []) {
    check(a.leadStaffId === undefined || staffIds.has(a.leadStaffId), `lead ${a.leadStaffId}`);
    check(a.coStaffId === undefined || staffIds.has(a.coStaffId), `co ${a.coStaffId}`);
    for (const id of a.studentIds) {
      check(studentIds.has(id), `unknown advisee ${id}`);
      check(!placed.has(`${id} ${a.yearId}`), `advisee ${id} twice in ${a.yearId}`);
      placed.add(`${id} ${a.yearId}`);
    }
  }
  check(data.classChoices.length >= (data.advisories?.length ?? 0), 'advisory without a class choice');
  return found;
}

describe('SDS and Clever readers on random sets', () => {
  it('never throw and return consistent data', () => {
    fc.assert(
      fc.property(setArb, optionsArb, (tables, options) => {
        const files = new Set(tables.map((t) => t.file));
        for (const read of [readSdsV1, readSdsV21, readClever]) expect(problems(read(tables, options), files)).toEqual([]);
        for (const source of ['file', 'folder', 'zip'] as const) expect(detectFormat(tables, source).reason.trim()).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
