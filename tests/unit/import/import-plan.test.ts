/**
 * planImport: what a re-import does to the school (merge by id, changed fields, people missing
 * from a full export marked as left, never deleted), that the one command applies all or nothing
 * and that one inverse (one Undo) gives the school back exactly.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/domain/reducer';
import type { School } from '../../../shared/domain/types';
import { error } from '../../../shared/import/diagnostics';
import type { ImportData, ImportedAdvisory, ImportedStaff, ImportedStudent } from '../../../shared/import/model';
import { planImport } from '../../../shared/import/plan/import-plan';
import { deepFreeze, smallSchool, YEAR } from '../helpers/school';

const ref = (row: number) => ({ file: 'users.csv', row });

function stu(id: string, row: number, extra: Partial<ImportedStudent> = {}): ImportedStudent {
  return { id, firstName: `First${id}`, lastName: `Last${id}`, grade: '10', ref: ref(row), ...extra };
}

function tea(id: string, row: number, extra: Partial<ImportedStaff> = {}): ImportedStaff {
  return { id, firstName: `First${id}`, lastName: `Last${id}`, ref: ref(row), ...extra };
}

function data(parts: Partial<ImportData>): ImportData {
  return { format: 'oneroster-1.1', mode: 'full', yearId: YEAR, students: null, staff: null, years: [], advisories: null, removedPlacements: [], classChoices: [], diagnostics: [], ...parts };
}

function apply(school: School, d: ImportData, markMissingAsLeft = true): { after: School; plan: ReturnType<typeof planImport> } {
  const plan = planImport(school, d, { markMissingAsLeft });
  if (!plan.command) return { after: school, plan };
  return { after: applyCommand(school, plan.command).school, plan };
}

describe('planImport', () => {
  it('adds new students with their grade as a class, keeps ids exactly, and places them', () => {
    const school = deepFreeze(smallSchool());
    const advisory: ImportedAdvisory = { code: 'ADV-C2029-RIVERA', name: 'Advisory - Rivera', room: '214', yearId: YEAR, leadStaffId: 'T9', studentIds: ['00050004', '000101'], ref: { file: 'classes.csv', row: 2 } };
    const d = data({
      students: [...['000101', '000102', '000103', '000104'].map((id, i) => stu(id, i + 2, { grade: '10' })), stu('00050004', 6, { grade: '09', firstName: '=HYPERLINK("x","y")' })],
      staff: [tea('T1', 2), tea('T2', 3), tea('T3', 4), tea('T9', 5, { firstName: 'María José', lastName: 'Rivera' })],
      advisories: [advisory],
    });
    const { after, plan } = apply(school, d);
    expect(plan.blocked).toBe(false);
    expect(plan.students).toEqual({ added: 1, changed: 0, unchanged: 4, missing: 0 });
    expect(plan.staff?.added).toBe(1);
    const added = after.students['00050004'];
    expect(added?.firstName).toBe('=HYPERLINK("x","y")');
    expect(added?.classOf).toBe(2030); // grade 09 in 2026-27 graduates in 2030
    expect(added?.enteredYearId).toBe(YEAR);
    const group = Object.values(after.groups).find((g) => g.code === 'ADV-C2029-RIVERA');
    expect(group?.advisors[YEAR]).toEqual({ lead: 'T9', co: null });
    expect(after.placements[YEAR]?.['00050004']).toEqual({ studentId: '00050004', groupId: group?.id, locked: false, origin: 'import' });
    // 000101 moves from G1 to the imported group.
    expect(plan.placements).toMatchObject({ added: 1, moved: 1, removed: 0 });
    expect(after.placements[YEAR]?.['000101']?.groupId).toBe(group?.id);
  });

  it('finds nothing to do when the same file is imported twice', () => {
    const school = deepFreeze(smallSchool());
    const d = data({ students: ['000101', '000102', '000103', '000104'].map((id, i) => stu(id, i + 2, { grade: '10', firstName: 'New' })) });
    const { after, plan } = apply(school, d);
    expect(plan.students?.changed).toBe(4);
    const again = planImport(after, d, { markMissingAsLeft: true });
    expect(again.students).toEqual({ added: 0, changed: 0, unchanged: 4, missing: 0 });
    expect(again.command).toBeNull();
  });

  it('lists each changed field with before and after', () => {
    const school = deepFreeze(smallSchool());
    const d = data({ students: ['000101', '000102', '000103', '000104'].map((id, i) => stu(id, i + 2, id === '000103' ? { grade: '11', flags: { englishLearner: true } } : {})) });
    const plan = planImport(school, d, { markMissingAsLeft: true });
    const change = plan.changes.find((c) => c.id === '000103');
    expect(change?.kind).toBe('changed');
    expect(change?.fields).toEqual([
      { field: 'Grade in 2026–27', before: '10', after: '11' },
      { field: 'English learner', before: 'no', after: 'yes' },
    ]);
  });

  it('marks people missing from a full export as left, and never deletes them', () => {
    const school = deepFreeze(smallSchool());
    const d = data({ students: [stu('000101', 2), stu('000102', 3)], staff: [tea('T1', 2), tea('T2', 3)] });
    const { after, plan } = apply(school, d);
    expect(plan.students?.missing).toBe(2);
    expect(plan.staff?.missing).toBe(1);
    expect(after.students['000103']?.left).toEqual({ afterYearId: '2025-26', reason: 'other' });
    expect(after.staff['T3']?.leftAfterYearId).toBe('2025-26');
    expect(Object.keys(after.students)).toHaveLength(4);
  });

  it('leaves missing people alone when told to, and in a delta export', () => {
    const school = deepFreeze(smallSchool());
    const d = data({ students: [stu('000101', 2)] });
    expect(planImport(school, d, { markMissingAsLeft: false }).students?.missing).toBe(0);
    expect(planImport(school, { ...d, mode: 'delta' }, { markMissingAsLeft: true }).students?.missing).toBe(0);
  });

  it('marks a returning student as back and an inactive one as left', () => {
    const base = smallSchool();
    const school = deepFreeze({ ...base, students: { ...base.students, '000104': { ...base.students['000104']!, left: { afterYearId: '2025-26', reason: 'transferred' as const } } } });
    const d = data({ mode: 'delta', students: [stu('000104', 2), stu('000103', 3, { active: false })] });
    const { after, plan } = apply(school, d);
    expect(plan.changes.find((c) => c.id === '000104')?.kind).toBe('returned');
    expect(after.students['000104']?.left).toBeUndefined();
    expect(plan.changes.find((c) => c.id === '000103')?.kind).toBe('left');
    expect(after.students['000103']?.left?.afterYearId).toBe('2025-26');
  });

  it('keeps locked placements and says so', () => {
    const base = smallSchool();
    const locked = { ...base.placements[YEAR]!['000101']!, locked: true };
    const school = deepFreeze({ ...base, placements: { [YEAR]: { ...base.placements[YEAR]!, '000101': locked } } });
    const d = data({ advisories: [{ code: 'X', name: 'X advisory', yearId: YEAR, leadStaffId: 'T3', studentIds: ['000101'], ref: { file: 'classes.csv', row: 2 } }] });
    const { after, plan } = apply(school, d);
    expect(plan.placements?.keptLocked).toBe(1);
    expect(after.placements[YEAR]?.['000101']).toEqual(locked);
    expect(plan.diagnostics.some((x) => x.level === 'warning' && /locked/.test(x.message))).toBe(true);
  });

  it('matches a re-import by the source key when ids were the sourcedId', () => {
    const base = smallSchool();
    const school = deepFreeze({ ...base, students: { ...base.students, '000101': { ...base.students['000101']!, sourcedId: 'usr-s-1' } } });
    const d = data({ mode: 'delta', advisories: [{ code: 'G-NEW', name: 'New', yearId: YEAR, studentIds: ['usr-s-1'], ref: { file: 'enrollments.csv', row: 2 } }] });
    const { after } = apply(school, d);
    const group = Object.values(after.groups).find((g) => g.code === 'G-NEW');
    expect(after.placements[YEAR]?.['000101']?.groupId).toBe(group?.id);
  });

  it('is blocked by any error, and then changes nothing', () => {
    const school = deepFreeze(smallSchool());
    const d = data({ students: [stu('000199', 2)], diagnostics: [error({ file: 'users.csv', row: 4 }, 'ID 000199 appears in rows 2 and 4.')] });
    const plan = planImport(school, d, { markMissingAsLeft: true });
    expect(plan.blocked).toBe(true);
    expect(plan.command).toBeNull();
    expect(plan.students?.added).toBe(1);
  });

  it('refuses a new student without a grade, naming the row', () => {
    const school = deepFreeze(smallSchool());
    const { grade: _g, ...noGrade } = stu('000200', 7);
    const plan = planImport(school, data({ mode: 'delta', students: [noGrade] }), { markMissingAsLeft: true });
    expect(plan.blocked).toBe(true);
    expect(plan.diagnostics[0]).toMatchObject({ level: 'error', file: 'users.csv', row: 7 });
  });

  it('is undone in one step: the inverse gives the school back exactly', () => {
    const school = deepFreeze(smallSchool());
    const d = data({
      students: [stu('000101', 2, { grade: '11' }), stu('000300', 3)],
      staff: [tea('T1', 2)],
      years: [
        { id: '2027-28', firstDay: '2027-08-25', lastDay: '2028-06-10', ref: ref(2) },
        { id: '2031-32', firstDay: '2031-08-27', lastDay: '2032-06-11', ref: ref(3) },
      ],
      advisories: [{ code: 'NEW', name: 'New advisory', yearId: '2031-32', leadStaffId: 'T1', studentIds: ['000300'], ref: ref(2) }],
    });
    const plan = planImport(school, d, { markMissingAsLeft: true });
    expect(plan.yearsAdded).toEqual(['2031-32']);
    expect(plan.yearsChanged).toEqual(['2027-28']);
    const applied = applyCommand(school, plan.command!);
    expect(applied.school.years['2027-28']?.firstDay).toBe('2027-08-25');
    expect(applied.school.years['2031-32']?.lastDay).toBe('2032-06-11');
    expect(applied.school.placements['2031-32']?.['000300']?.origin).toBe('import');
    expect(applyCommand(applied.school, applied.inverse).school).toEqual(school);
  });
});

describe('planImport with a district-wide export', () => {
  it('skips students in grades the school does not plan for, with one warning naming the grades and first row', () => {
    const school = deepFreeze(smallSchool());
    const d = data({
      mode: 'delta',
      students: [stu('000500', 2), { id: '000501', firstName: 'K', lastName: 'G', gradeOutside: 'KG', ref: ref(3) }, { id: '000502', firstName: 'P', lastName: 'S', gradeOutside: 'PS1', ref: ref(9) }],
    });
    const plan = planImport(school, d, { markMissingAsLeft: true });
    expect(plan.blocked).toBe(false);
    expect(plan.students?.added).toBe(1);
    expect(plan.diagnostics).toEqual([
      expect.objectContaining({ level: 'warning', file: 'users.csv', row: 3, message: expect.stringMatching(/^2 students are in grades the school does not plan advisories for \(KG, PS1\)/) }),
    ]);
  });
});

describe('planImport when grade and graduation year disagree', () => {
  it('uses the grade and says so once per file', () => {
    const school = deepFreeze(smallSchool());
    const d = data({ mode: 'delta', students: [stu('000600', 2, { grade: '09', classOf: 2028 }), stu('000601', 3, { grade: '09', classOf: 2030 })] });
    const { after, plan } = apply(school, d);
    expect(after.students['000600']?.classOf).toBe(2030);
    expect(plan.diagnostics.filter((x) => /graduation year that does not match/.test(x.message))).toEqual([
      expect.objectContaining({ level: 'warning', row: 2, message: expect.stringContaining('1 student has a graduation year that does not match their grade (row 2: grade 09 in 2026–27 is the class of 2030, not 2028)') }),
    ]);
  });
});
