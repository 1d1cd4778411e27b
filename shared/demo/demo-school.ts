/**
 * The demo school shown on first start: a generated high school (~1,200 students in grades
 * 09–12, ~85 staff, 4 school years) with realistic shares. Seeded, so it is the same every time.
 */
import { defaultPolicy, defaultSchoolYear } from '../domain/defaults';
import type { Rule, School } from '../domain/types';
import { demoAdvisories } from './demo-advisories';
import { demoClubs } from './demo-clubs';
import { DEMO_CURRENT_YEAR, DEMO_YEARS, demoStaff, demoStudents } from './demo-people';
import { demoRelationships } from './demo-relationships';
import { createRandom } from './random';

export const DEMO_SEED = 20261123;
export const DEMO_SCHOOL_NAME = 'Maple Ridge High School (demo)';

function byId<T extends { readonly id: string }>(items: readonly T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const item of items) out[item.id] = item;
  return out;
}

/** Generates the demo school; the same seed always gives the same school. */
export function generateDemoSchool(seed: number = DEMO_SEED): School {
  const r = createRandom(seed);
  const students = demoStudents(r);
  const baseStaff = demoStaff(r);
  const adv = demoAdvisories(r, students, baseStaff);
  const staff = baseStaff.map((s) => (adv.availability[s.id] ? { ...s, availability: adv.availability[s.id] ?? {} } : s));
  const rel = demoRelationships(r, students, staff, adv.groups, adv.placements[DEMO_CURRENT_YEAR] ?? {});
  const clubs = demoClubs(r, students, staff);
  const enrolled = students.filter((s) => s.enteredYearId <= DEMO_CURRENT_YEAR && s.classOf === 2029);
  const rules: Rule[] = [
    {
      id: 'RU1',
      kind: 'keep-apart',
      studentIds: enrolled.slice(0, 2).map((s) => s.id),
      strength: 'hard',
      reason: 'Conflict reported by the dean of students',
      author: 'Dean of students',
      createdAt: '2026-08-20T12:00:00.000Z',
    },
    {
      id: 'RU2',
      kind: 'keep-together',
      studentIds: enrolled.slice(2, 4).map((s) => s.id),
      strength: 'soft',
      reason: 'Twins; family asked to keep them together',
      author: 'Counseling office',
      createdAt: '2026-08-20T12:00:00.000Z',
    },
  ];
  return {
    info: {
      id: 'demo-maple-ridge',
      name: DEMO_SCHOOL_NAME,
      isDemo: true,
      createdAt: '2026-08-15T12:00:00.000Z',
      currentYearId: DEMO_CURRENT_YEAR,
      policy: defaultPolicy,
    },
    years: byId(DEMO_YEARS.map(defaultSchoolYear)),
    students: byId(students),
    staff: byId(staff),
    groups: byId(adv.groups),
    placements: adv.placements,
    rules: byId(rules),
    mappingSessions: byId(rel.mappingSessions),
    marks: byId(rel.marks),
    namedAdults: byId(rel.namedAdults),
    mentors: byId(rel.mentors),
    checkIns: byId(rel.checkIns),
    clubs: byId(clubs.clubs),
    sponsorships: byId(clubs.sponsorships),
    stipendRules: byId(clubs.stipendRules),
    recognitions: byId(clubs.recognitions),
    scenarios: {},
  };
}
