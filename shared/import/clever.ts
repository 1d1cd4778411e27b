/**
 * Clever's CSV set: schools.csv, students.csv, teachers.csv, sections.csv and enrollments.csv
 * (Clever's documented SIS upload columns). A section is an advisory by default when its Subject
 * is Clever's `Homeroom/advisory` or its name or course names one; Teacher_id leads, Teacher_2_id
 * co-advises.
 */
import { warning, type Diagnostic } from './diagnostics';
import type { ImportData, ReadOptions, SourceTable } from './model';
import { readCleverStudents, readCleverTeachers } from './clever-people';
import { DateColumn, missingFile, q, requireColumns, tableDiagnostics, uniqueRows } from './sds/row-readers';
import { advisoriesFrom, namesAdvisory, readMembers, schoolNamesFrom, schoolsWarning, YearCollector, yearOfTerm, type Member, type SectionDraft } from './sds/section-advisories';
import { findTable, TableAccess } from './table-access';

/** Clever's subject value for homeroom and advisory sections. */
const ADVISORY_SUBJECT = 'homeroom/advisory';

type SectionRow = Omit<SectionDraft, 'students'> & { readonly school: string };

/** Reads sections.csv, mapping its teacher columns to staff ids (an unknown teacher is a warning). */
function readSections(table: SourceTable, staffIds: ReadonlyMap<string, string> | null, years: YearCollector, diagnostics: Diagnostic[]): SectionRow[] | null {
  const a = new TableAccess(table);
  if (!requireColumns(a, ['Section_id'], diagnostics)) return null;
  const starts = new DateColumn(a, 'Term_start');
  const ends = new DateColumn(a, 'Term_end');
  const teacher = (i: number, column: string): string[] => {
    const raw = a.get(i, column);
    if (raw === '' || staffIds === null) return [];
    const id = staffIds.get(raw);
    if (id !== undefined) return [id];
    diagnostics.push(warning({ ...a.ref(i), column: a.spelling(column) }, `No teacher in teachers.csv has the Teacher_id ${q(raw)}; the section has no such teacher.`));
    return [];
  };
  const sections = uniqueRows(a, 'section', a.spelling('Section_id'), (i) => a.get(i, 'Section_id'), diagnostics).map((row): SectionRow => {
    const i = row.index;
    const start = starts.read(i, diagnostics);
    const end = ends.read(i, diagnostics);
    const yearId = yearOfTerm(start, end);
    if (yearId !== null) years.add(yearId, start, end, row.ref);
    const name = a.get(i, 'Name');
    const course = a.get(i, 'Course_name');
    const room = a.get(i, 'Room');
    const staff = [...new Set([...teacher(i, 'Teacher_id'), ...teacher(i, 'Teacher_2_id')])];
    return {
      key: row.id,
      title: name || course || row.id,
      yearId,
      ...(room !== '' ? { room } : {}),
      defaultAdvisory: a.get(i, 'Subject').toLowerCase() === ADVISORY_SUBJECT || namesAdvisory(name, course),
      staffIds: staff,
      ref: row.ref,
      school: a.get(i, 'School_id'),
    };
  });
  diagnostics.push(...starts.summary(), ...ends.summary());
  return sections;
}

/** Reads a Clever CSV set; every section is a class choice, advisories by subject, name or the user's keys. */
export function readClever(tables: readonly SourceTable[], options: ReadOptions): ImportData {
  const t = (name: string): SourceTable | undefined => findTable(tables, name);
  const [schoolsT, sectionsT, enrollT] = [t('schools.csv'), t('sections.csv'), t('enrollments.csv')];
  const students = readCleverStudents(t('students.csv'));
  const staff = readCleverTeachers(t('teachers.csv'));
  const diagnostics: Diagnostic[] = [...students.diagnostics, ...staff.diagnostics, ...tableDiagnostics([schoolsT, sectionsT, enrollT])];
  const years = new YearCollector();
  const staffIds = staff.people === null ? null : staff.idByCleverId;
  const sections = sectionsT === undefined ? null : readSections(sectionsT, staffIds, years, diagnostics);
  if (sectionsT === undefined) diagnostics.push(missingFile('sections.csv', 'no sections or advisories are imported'));
  let advisories: ImportData['advisories'] = null;
  let classChoices: ImportData['classChoices'] = [];
  if (sections !== null) {
    let members = new Map<string, Member[]>();
    if (enrollT === undefined) diagnostics.push(missingFile('enrollments.csv', 'sections have no students'));
    else {
      const a = new TableAccess(enrollT);
      if (students.people !== null && requireColumns(a, ['Section_id', 'Student_id'], diagnostics)) {
        const keys = new Set(sections.map((s) => s.key));
        members = readMembers(a, { section: 'Section_id', person: 'Student_id' }, keys, (raw) => students.idByCleverId.get(raw), 'student', diagnostics);
      }
    }
    const drafts: SectionDraft[] = sections.map((s) => ({ ...s, students: members.get(s.key) ?? [] }));
    ({ advisories, classChoices } = advisoriesFrom(drafts, options, diagnostics));
  }
  const used = new Set([...students.schoolIds, ...staff.schoolIds, ...(sections ?? []).map((s) => s.school)].filter((id) => id !== ''));
  diagnostics.push(...schoolsWarning(schoolsT?.file ?? 'schools.csv', schoolNamesFrom(schoolsT, { id: 'School_id', name: 'School_name' }, used)));
  return {
    format: 'clever',
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
