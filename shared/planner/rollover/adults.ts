/**
 * The adults side of the rollover: who can lead a group in Y+1, how loaded each adult is, and
 * how well each adult knows a set of students (the inputs of the cost matrices).
 */
import { assertNever } from '../../domain/ids';
import type { School, Staff } from '../../domain/types';

/** Why a lead cannot take their group into Y+1, or `available`. */
export type LeadStatus = 'available' | 'on-leave' | 'leaving' | 'gone' | 'missing';

/**
 * Whether an adult can lead a group in Y+1. Stricter than the planner's view of Y+1 alone:
 * `leaving` marked in Y means they go after Y, so they do not take their group on.
 */
export function leadStatus(school: School, staffId: string, fromYearId: string, toYearId: string): LeadStatus {
  const staff = school.staff[staffId];
  if (!staff) return 'missing';
  if (staff.leftAfterYearId !== undefined && staff.leftAfterYearId < toYearId) return 'gone';
  if (staff.availability[fromYearId] === 'leaving') return 'leaving';
  if (staff.availability[toYearId] === 'on-leave') return 'on-leave';
  return 'available';
}

/** The plain words for a status, as in "Ana Ortiz is on leave in 2027–28". */
export function statusWords(status: LeadStatus, yearLabel: string): string {
  switch (status) {
    case 'available':
      return 'is available';
    case 'on-leave':
      return `is on leave in ${yearLabel}`;
    case 'leaving':
      return 'leaves the school after this year';
    case 'gone':
      return 'has left the school';
    case 'missing':
      return 'is not on the staff list';
    default:
      return assertNever(status, 'lead status');
  }
}

const ADVISING_ROLES: readonly Staff['role'][] = ['teacher', 'counselor', 'support-staff'];

/**
 * Adults who may take on a new group in Y+1, in id order: available, not marked `leaving` in Y+1
 * either (a new group should not lose its adult after one year), an advising role (coaches only
 * when no one else is free), with room for advisees, and not already leading a group in Y+1.
 */
export function freeAdults(school: School, fromYearId: string, toYearId: string, leading: ReadonlySet<string>): Staff[] {
  const open = Object.values(school.staff)
    .filter((s) => leadStatus(school, s.id, fromYearId, toYearId) === 'available' && s.availability[toYearId] !== 'leaving')
    .filter((s) => !leading.has(s.id) && s.maxAdvisees > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const advisers = open.filter((s) => ADVISING_ROLES.includes(s.role));
  return advisers.length > 0 ? advisers : open;
}

/**
 * Other duties per adult in Y+1: clubs sponsored, mentees, groups co-advised. Club sponsors and
 * mentors of Y+1 are rarely entered at rollover time, so when Y+1 has none at all, Y's stand in
 * (the best guess of next year's load).
 */
export function dutyLoad(school: School, fromYearId: string, toYearId: string, coAdvising: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const load = new Map<string, number>(coAdvising);
  const add = (id: string): void => {
    load.set(id, (load.get(id) ?? 0) + 1);
  };
  const sponsorships = Object.values(school.sponsorships);
  const sponsorYear = sponsorships.some((s) => s.yearId === toYearId) ? toYearId : fromYearId;
  for (const s of sponsorships) if (s.yearId === sponsorYear) add(s.staffId);
  const mentors = Object.values(school.mentors);
  const mentorYear = mentors.some((m) => m.yearId === toYearId) ? toYearId : fromYearId;
  for (const m of mentors) if (m.yearId === mentorYear && !m.endedOn) add(m.staffId);
  return load;
}

/**
 * Links from adults to students: a `positive` or `could-build` mark, being named by the student
 * (survey or conversation), or mentoring them — each counts once, from any year up to Y+1.
 */
export type Links = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Collects every adult → student link of the relationship map up to Y+1. */
export function relationshipLinks(school: School, toYearId: string): Links {
  const links = new Map<string, Map<string, number>>();
  const add = (staffId: string, studentId: string): void => {
    let byStudent = links.get(staffId);
    if (!byStudent) links.set(staffId, (byStudent = new Map()));
    byStudent.set(studentId, (byStudent.get(studentId) ?? 0) + 1);
  };
  for (const mark of Object.values(school.marks)) {
    const year = school.mappingSessions[mark.sessionId]?.yearId;
    if (year === undefined || year <= toYearId) add(mark.staffId, mark.studentId);
  }
  for (const named of Object.values(school.namedAdults)) if (named.yearId <= toYearId) add(named.staffId, named.studentId);
  for (const m of Object.values(school.mentors)) if (m.yearId <= toYearId) add(m.staffId, m.studentId);
  return links;
}

/** How many links an adult has to the given students. */
export function linksTo(links: Links, staffId: string, studentIds: readonly string[]): number {
  const byStudent = links.get(staffId);
  if (!byStudent) return 0;
  let n = 0;
  for (const id of studentIds) n += byStudent.get(id) ?? 0;
  return n;
}
