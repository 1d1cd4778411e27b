/** detectFormat on every sample folder, the Clever fixture, single files and lookalikes. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../shared/import/detect-format';
import type { SourceTable } from '../../../shared/import/model';
import { readFolder, SAMPLE_DATA, table, TEST_FIXTURES } from './helpers/read-folder';

const folder = (...parts: string[]): SourceTable[] => readFolder(path.join(...parts));
const without = (tables: readonly SourceTable[], file: string): SourceTable[] => tables.filter((t) => t.file !== file);

describe('detectFormat on the samples', () => {
  it.each([
    ['oneroster/v1p1-bulk', 'oneroster-1.1', 'manifest.csv says OneRoster 1.1'],
    ['oneroster/v1p2-bulk', 'oneroster-1.2', 'manifest.csv says OneRoster 1.2'],
    ['oneroster/v1p2-delta', 'oneroster-1.2', 'manifest.csv says OneRoster 1.2, as a delta (changes only)'],
    ['sds/100-users', 'sds-v1', 'Found Student.csv, Section.csv and StudentEnrollment.csv (School Data Sync format)'],
    ['sds/sds-v2.1', 'sds-v2.1', 'Found users.csv, roles.csv with isPrimary and userFlags.csv but no manifest.csv and no status columns (School Data Sync v2.1 format)'],
  ] as const)('names %s', (dir, format, reason) => {
    expect(detectFormat(folder(SAMPLE_DATA, dir), 'folder')).toEqual({ format, reason });
  });

  it('names the Clever fixture', () => {
    expect(detectFormat(folder(TEST_FIXTURES, 'clever/basic'), 'zip')).toEqual({
      format: 'clever',
      reason: 'Found students.csv, teachers.csv, sections.csv, enrollments.csv and schools.csv with Clever columns (Clever format)',
    });
  });

  it('reads the OneRoster version from the columns when manifest.csv is missing', () => {
    const v11 = detectFormat(without(folder(SAMPLE_DATA, 'oneroster/v1p1-bulk'), 'manifest.csv'), 'folder');
    expect(v11.format).toBe('oneroster-1.1');
    expect(v11.reason).toBe('Found users.csv, enrollments.csv, classes.csv and orgs.csv with OneRoster columns but no manifest.csv; read as OneRoster 1.1 because users.csv has a role column');
    const v12 = detectFormat(without(folder(SAMPLE_DATA, 'oneroster/v1p2-bulk'), 'manifest.csv'), 'folder');
    expect(v12).toMatchObject({ format: 'oneroster-1.2', reason: expect.stringContaining('because there is a roles.csv') });
    const noRoles = without(without(folder(SAMPLE_DATA, 'oneroster/v1p2-bulk'), 'manifest.csv'), 'roles.csv');
    expect(detectFormat(noRoles, 'folder').reason).toContain('because users.csv has a primaryOrgSourcedId column');
  });

  it('matches file names without case and without folders', () => {
    const tables = folder(SAMPLE_DATA, 'sds/100-users').map((t) => ({ ...t, file: `Export/${t.file.toUpperCase()}` }));
    expect(detectFormat(tables, 'zip')).toEqual({ format: 'sds-v1', reason: 'Found STUDENT.CSV, SECTION.CSV and STUDENTENROLLMENT.CSV (School Data Sync format)' });
  });
});

describe('detectFormat on single files and lookalikes', () => {
  const roster = table('roster.csv', ['Student ID', 'First', 'Last', 'Grade'], [['00123', 'Ava', 'Lopez', '09']]);

  it('names a single CSV or Excel file as a generic table', () => {
    expect(detectFormat([roster], 'file')).toEqual({ format: 'generic-csv', reason: "roster.csv is a CSV file in no known roster set; its columns are matched to the app's fields" });
    expect(detectFormat([{ ...roster, file: 'Roster 2025.XLSX' }], 'file').format).toBe('generic-xlsx');
    expect(detectFormat([{ ...roster, file: 'book.xlsx!Sheet2' }], 'file').format).toBe('generic-xlsx');
  });

  it('does not take a plain students.csv with a Student ID column for Clever', () => {
    expect(detectFormat([{ ...roster, file: 'students.csv' }], 'file').format).toBe('generic-csv');
  });

  it('does not take a lone OneRoster-like users.csv for SDS v2.1', () => {
    const users = table('users.csv', ['sourcedId', 'givenName', 'familyName'], [['u1', 'A', 'B']]);
    expect(detectFormat([users], 'file').format).toBe('generic-csv');
  });

  it('names a lone SDS v1 Student.csv as SDS', () => {
    const student = table('Student.csv', ['SIS ID', 'First Name', 'Last Name'], [['1', 'A', 'B']]);
    expect(detectFormat([student], 'file')).toEqual({ format: 'sds-v1', reason: 'Found Student.csv (School Data Sync format)' });
  });

  it('reads the first of several unrelated files, and says so', () => {
    const result = detectFormat([roster, { ...roster, file: 'notes.csv' }], 'folder');
    expect(result.format).toBe('generic-csv');
    expect(result.reason).toBe('The folder holds 2 files that form no known roster set (OneRoster, School Data Sync or Clever); the first, roster.csv, is read as a CSV file');
  });

  it('says when there is nothing to read', () => {
    expect(detectFormat([], 'zip')).toEqual({ format: 'generic-csv', reason: 'The zip holds no file to read' });
  });

  it('reads an unknown manifest version as the nearest one, and says so', () => {
    const manifest = table('manifest.csv', ['propertyName', 'value'], [['oneroster.version', '1.3']]);
    expect(detectFormat([manifest], 'zip')).toEqual({ format: 'oneroster-1.2', reason: 'manifest.csv says OneRoster 1.3; read as OneRoster 1.2' });
  });
});
