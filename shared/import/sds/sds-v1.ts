/**
 * Microsoft School Data Sync v1 ("SDS format"): School.csv, Section.csv, Student.csv,
 * Teacher.csv, StudentEnrollment.csv and TeacherRoster.csv, every record keyed by `SIS ID`.
 * Terms come with each section as US dates (`7/1/2017`), which give the school year.
 */
import type { Diagnostic } from '../diagnostics';
import type { ImportData, ReadOptions, SourceTable } from '../model';
import { findTable, TableAccess } from '../table-access';
import { DateColumn, missingFile, requireColumns, tableDiagnostics, uniqueRows } from './row-readers';
import { advisoriesFrom, namesAdvisory, readMembers, schoolNamesFrom, schoolsWarning, YearCollector, yearOfTerm, type Member, type SectionDraft } from './section-advisories';
import { readSdsV1Students, readSdsV1Teachers } from './sds-v1-people';

type SectionRow = Omit<SectionDraft, 'staffIds' | 'students'> & { readonly school: string };

/** Reads Section.csv: one draft per section, and the school years of its terms. */
function readSections(table: SourceTable, years: YearCollector, diagnostics: Diagnostic[]): SectionRow[] | null {
  const access = new TableAccess(table);
  if (!requireColumns(access, ['SIS ID'], diagnostics)) return null;
  const starts = new DateColumn(access, 'Term StartDate');
  const ends = new DateColumn(access, 'Term EndDate');
  const sections: SectionRow[] = [];
  for (const row of uniqueRows(access, 'section', access.spelling('SIS ID'), (i) => access.get(i, 'SIS ID'), diagnostics)) {
    const i = row.index;
    const start = starts.read(i, diagnostics);
    const end = ends.read(i, diagnostics);
    const yearId = yearOfTerm(start, end);
    if (yearId !== null) years.add(yearId, start, end, row.ref);
    const title = access.get(i, 'Section Name') || access.get(i, 'Course Name') || row.id;
    const room = access.get(i, 'Room');
    sections.push({
      key: row.id,
      title,
      yearId,
      ...(room !== '' ? { room } : {}),
      defaultAdvisory: namesAdvisory(access.get(i, 'Section Name'), access.get(i, 'Course Name'), access.get(i, 'Course Subject')),
      ref: row.ref,
      school: access.get(i, 'School SIS ID'),
    });
  }
  diagnostics.push(...starts.summary(), ...ends.summary());
  return sections;
}

/** Reads a StudentEnrollment.csv / TeacherRoster.csv file (`Section SIS ID`, `SIS ID`) into members per section. */
function readRoster(
  table: SourceTable | undefined,
  file: string,
  sections: ReadonlySet<string>,
  people: ReadonlySet<string> | null,
  what: string,
  diagnostics: Diagnostic[],
): Map<string, Member[]> {
  if (table === undefined) {
    diagnostics.push(missingFile(file, `sections have no ${what}s`));
    return new Map();
  }
  const access = new TableAccess(table);
  if (people === null || !requireColumns(access, ['Section SIS ID', 'SIS ID'], diagnostics)) return new Map();
  const id = (raw: string): string | undefined => (people.has(raw) ? raw : undefined);
  return readMembers(access, { section: 'Section SIS ID', person: 'SIS ID' }, sections, id, what, diagnostics);
}

/** Reads an SDS v1 ("SDS format") set; every section is a class choice, advisories by name or the user's keys. */
export function readSdsV1(tables: readonly SourceTable[], options: ReadOptions): ImportData {
  const t = (name: string): SourceTable | undefined => findTable(tables, name);
  const [schoolT, sectionT, enrollT, rosterT] = [t('School.csv'), t('Section.csv'), t('StudentEnrollment.csv'), t('TeacherRoster.csv')];
  const students = readSdsV1Students(t('Student.csv'));
  const staff = readSdsV1Teachers(t('Teacher.csv'));
  const diagnostics: Diagnostic[] = [
    ...students.diagnostics,
    ...staff.diagnostics,
    ...tableDiagnostics([schoolT, sectionT, enrollT, rosterT]),
  ];
  const years = new YearCollector();
  const sections = sectionT === undefined ? null : readSections(sectionT, years, diagnostics);
  if (sectionT === undefined) diagnostics.push(missingFile('Section.csv', 'no sections or advisories are imported'));
  let advisories: ImportData['advisories'] = null;
  let classChoices: ImportData['classChoices'] = [];
  if (sections !== null) {
    const keys = new Set(sections.map((s) => s.key));
    const studentIds = students.people === null ? null : new Set(students.people.map((s) => s.id));
    const staffIds = staff.people === null ? null : new Set(staff.people.map((s) => s.id));
    const enrolled = readRoster(enrollT, 'StudentEnrollment.csv', keys, studentIds, 'student', diagnostics);
    const taught = readRoster(rosterT, 'TeacherRoster.csv', keys, staffIds, 'teacher', diagnostics);
    const drafts: SectionDraft[] = sections.map((s) => ({
      ...s,
      staffIds: (taught.get(s.key) ?? []).map((m) => m.id),
      students: enrolled.get(s.key) ?? [],
    }));
    ({ advisories, classChoices } = advisoriesFrom(drafts, options, diagnostics));
  }
  const usedSchools = new Set([...students.schoolIds, ...staff.schoolIds, ...(sections ?? []).map((s) => s.school)].filter((id) => id !== ''));
  diagnostics.push(...schoolsWarning(schoolT?.file ?? 'School.csv', schoolNamesFrom(schoolT, { id: 'SIS ID', name: 'Name' }, usedSchools)));
  return {
    format: 'sds-v1',
    mode: 'full',
    yearId: years.latest(),
    students: students.people,
    staff: staff.people,
    years: years.list(),
    advisories,
    removedPlacements: [],
    classChoices,
    diagnostics,
  };
}
