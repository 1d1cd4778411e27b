/** Whole-school figures for the dashboard: enrolment, subgroup shares, connected adults. */
import { gradeInYear } from './dates';
import type { SchoolYearId } from './ids';
import type { School, Student } from './types';

export interface SchoolSummary {
  readonly yearId: SchoolYearId;
  readonly students: number;
  readonly byGrade: Readonly<Record<string, number>>;
  readonly economicallyDisadvantaged: number;
  readonly iep504: number;
  readonly englishLearners: number;
  readonly nonBinary: number;
  readonly staff: number;
  readonly advisors: number;
  readonly groups: number;
  readonly placed: number;
  readonly staffLeaving: number;
  /** Students by number of connected adults: advisor, club sponsors, mentors, positive marks. */
  readonly connected: { readonly none: number; readonly one: number; readonly twoPlus: number };
  /** The year's relationship mapping: with no session held, "no mark" says nothing about students. */
  readonly marks: {
    readonly sessions: number;
    readonly withoutPositiveMark: number;
    readonly positiveMarks: number;
    readonly couldBuildMarks: number;
  };
}

/** True when the student is enrolled in the given school year. */
export function isEnrolled(student: Student, yearId: SchoolYearId): boolean {
  if (student.enteredYearId > yearId) return false;
  if (student.left && student.left.afterYearId < yearId) return false;
  return gradeInYear(student.classOf, yearId) !== null;
}

/** Counts what the dashboard shows for one school year. */
export function summarize(school: School, yearId: SchoolYearId): SchoolSummary {
  const students = Object.values(school.students).filter((s) => isEnrolled(s, yearId));
  const byGrade: Record<string, number> = {};
  const adults = new Map<string, Set<string>>();
  const connect = (studentId: string, staffId: string | null | undefined): void => {
    if (!staffId) return;
    let set = adults.get(studentId);
    if (!set) adults.set(studentId, (set = new Set()));
    set.add(staffId);
  };
  const placements = school.placements[yearId] ?? {};
  for (const s of students) {
    const grade = gradeInYear(s.classOf, yearId) ?? '?';
    byGrade[grade] = (byGrade[grade] ?? 0) + 1;
    const group = school.groups[placements[s.id]?.groupId ?? ''];
    connect(s.id, group?.advisors[yearId]?.lead);
    connect(s.id, group?.advisors[yearId]?.co);
  }
  const sponsorsByClub = new Map<string, string[]>();
  for (const sp of Object.values(school.sponsorships)) {
    if (sp.yearId !== yearId) continue;
    sponsorsByClub.set(sp.clubId, [...(sponsorsByClub.get(sp.clubId) ?? []), sp.staffId]);
  }
  for (const club of Object.values(school.clubs)) {
    for (const studentId of club.members[yearId] ?? []) for (const staffId of sponsorsByClub.get(club.id) ?? []) connect(studentId, staffId);
  }
  for (const m of Object.values(school.mentors)) if (m.yearId === yearId && !m.endedOn) connect(m.studentId, m.staffId);
  const sessions = new Set(Object.values(school.mappingSessions).filter((s) => s.yearId === yearId).map((s) => s.id));
  const marked = new Set<string>();
  let positiveMarks = 0;
  let couldBuildMarks = 0;
  for (const mark of Object.values(school.marks)) {
    if (!sessions.has(mark.sessionId)) continue;
    if (mark.kind !== 'positive') {
      couldBuildMarks++;
      continue;
    }
    positiveMarks++;
    marked.add(mark.studentId);
    connect(mark.studentId, mark.staffId);
  }
  let none = 0;
  let one = 0;
  let twoPlus = 0;
  for (const s of students) {
    const n = adults.get(s.id)?.size ?? 0;
    if (n === 0) none++;
    else if (n === 1) one++;
    else twoPlus++;
  }
  const advisors = new Set<string>();
  for (const g of Object.values(school.groups)) {
    const a = g.advisors[yearId];
    if (a?.lead) advisors.add(a.lead);
    if (a?.co) advisors.add(a.co);
  }
  const staff = Object.values(school.staff).filter((s) => !s.leftAfterYearId || s.leftAfterYearId >= yearId);
  return {
    yearId,
    students: students.length,
    byGrade,
    economicallyDisadvantaged: students.filter((s) => s.flags.economicallyDisadvantaged).length,
    iep504: students.filter((s) => s.flags.iep504).length,
    englishLearners: students.filter((s) => s.flags.englishLearner).length,
    nonBinary: students.filter((s) => s.gender === 'non-binary').length,
    staff: staff.length,
    advisors: advisors.size,
    groups: Object.values(school.groups).filter((g) => g.advisors[yearId]).length,
    placed: students.filter((s) => placements[s.id]).length,
    staffLeaving: staff.filter((s) => s.availability[yearId] === 'leaving').length,
    connected: { none, one, twoPlus },
    marks: {
      sessions: sessions.size,
      withoutPositiveMark: students.filter((s) => !marked.has(s.id)).length,
      positiveMarks,
      couldBuildMarks,
    },
  };
}
