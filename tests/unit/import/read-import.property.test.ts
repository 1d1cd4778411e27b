/**
 * The whole import pipeline as the wizard runs it (detect → read → plan), on arbitrary tables
 * under any of the file names the readers know: it never throws, and it either yields a command
 * or says why not (or that there is nothing to import); an error always blocks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/domain/reducer';
import { hasErrors } from '../../../shared/import/diagnostics';
import type { SourceTable } from '../../../shared/import/model';
import { planImport } from '../../../shared/import/plan/import-plan';
import { readImport } from '../../../shared/import/read-import';
import { smallSchool } from '../helpers/school';

const fileNames = [
  'manifest.csv', 'users.csv', 'roles.csv', 'classes.csv', 'enrollments.csv', 'academicSessions.csv', 'demographics.csv', 'courses.csv', 'orgs.csv',
  'Student.csv', 'Teacher.csv', 'Section.csv', 'StudentEnrollment.csv', 'TeacherRoster.csv', 'School.csv', 'userFlags.csv',
  'students.csv', 'teachers.csv', 'sections.csv', 'schools.csv', 'export.csv', 'export.xlsx',
];
const headers = [
  'sourcedId', 'status', 'role', 'givenName', 'familyName', 'identifier', 'grades', 'classType', 'classCode', 'termSourcedIds', 'classSourcedId', 'userSourcedId',
  'primary', 'propertyName', 'value', 'schoolYear', 'type', 'startDate', 'SIS ID', 'First Name', 'Last Name', 'Grade', 'Section SIS ID', 'Student_id',
  'Student_number', 'Section_id', 'Teacher_id', 'Subject', 'Student_Number', 'Last_Name', 'First_Name', 'Grade_Level', 'LunchStatus', 'junk',
];
const cell = fc.oneof(
  fc.constantFrom('', '09', '9', '13', 'KG', '00123', 'homeroom', 'scheduled', 'TRUE', 'student', 'teacher', '1.1', '1.2', 'bulk', 'delta', '=HYPERLINK("x")', '2025', '1/05/2023', 'F', 'Y'),
  fc.string({ maxLength: 6 }),
);
const table: fc.Arbitrary<SourceTable> = fc
  .record({ file: fc.constantFrom(...fileNames), header: fc.uniqueArray(fc.constantFrom(...headers), { minLength: 1, maxLength: 8 }) })
  .chain(({ file, header }) =>
    fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 12 }).map((rows) => ({
      file,
      header,
      rows,
      rowNumbers: rows.map((_, i) => i + 2),
      diagnostics: [],
    })),
  );

describe('the import pipeline', () => {
  it('never throws, and either imports or says why not', () => {
    const school = smallSchool();
    fc.assert(
      fc.property(fc.uniqueArray(table, { maxLength: 6, selector: (t) => t.file }), fc.constantFrom('file' as const, 'folder' as const, 'zip' as const), (tables, source) => {
        const read = readImport(tables, source, { options: { fallbackYearId: '2026-27' } });
        const plan = planImport(school, read.data, { markMissingAsLeft: true });
        for (const d of plan.diagnostics) {
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.row === null || d.row >= 1).toBe(true);
        }
        expect(plan.blocked).toBe(hasErrors(plan.diagnostics));
        if (plan.blocked) expect(plan.command).toBeNull();
        // A command the planner gives always applies to the school it was planned for.
        if (plan.command) expect(() => applyCommand(school, plan.command!)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
});
