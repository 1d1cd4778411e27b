/**
 * Generated planner instances for the bench and the reference tests: a school of `students`
 * students and `groups` open groups in 2026-27, grade-level cohorts or vertical groups, with
 * ~50% economically disadvantaged, a gender mix, ~13% IEP/504, ~10% English learners, last year's
 * placements (continuity), a few advisors on leave / leaving / replaced, a few rules and locks,
 * and ~45% of students with no relationship mark. Groups have advisors for four years, so the
 * four-year plan (2026-27 … 2029-30) can run on it.
 */
import { defaultPolicy, defaultSchoolYear, emptySchool } from '../shared/domain/defaults';
import { createRandom, type Random } from '../shared/demo/random';
import type { AdvisoryGroup, Placement, RelationshipMark, Rule, School, Staff, Student } from '../shared/domain/types';

export const PLAN_YEARS = ['2026-27', '2027-28', '2028-29', '2029-30'] as const;
const PREV = '2025-26';
const YEARS = [PREV, ...PLAN_YEARS];

export type PlannerInstanceSpec = { readonly students: number; readonly groups: number; readonly grouping: 'grade-cohort' | 'vertical'; readonly seed: number };

const yearOfGrade9 = (classOf: number): string => `${classOf - 4}-${String((classOf - 3) % 100).padStart(2, '0')}`;

function makeStaff(r: Random, count: number): Staff[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `S${String(i + 1).padStart(4, '0')}`,
    firstName: r.pick(['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivan', 'Jo']),
    lastName: `Adult${i + 1}`,
    email: `s${i + 1}@school.example`,
    department: 'English',
    role: 'teacher' as const,
    availability: {},
    maxAdvisees: r.chance(0.15) ? 18 : 20,
    maxClubs: 2,
    baseSalary: 55_000,
    yearsOfService: 5,
  }));
}

function student(r: Random, serial: number, classOf: number, entered: string): Student {
  const x = r.next();
  return {
    id: String(100000 + serial),
    firstName: `Kid${serial}`,
    lastName: r.pick(['Lopez', 'Smith', 'Nguyen', 'Khan', 'Okafor', 'Rossi', 'Kim', 'Cohen']),
    classOf,
    gender: x < 0.49 ? 'female' : x < 0.98 ? 'male' : 'non-binary',
    flags: { economicallyDisadvantaged: r.chance(0.5), iep504: r.chance(0.13), englishLearner: r.chance(0.1) },
    tags: [],
    enteredYearId: entered,
  };
}

/** Generates one instance; the same spec always gives the same school. */
export function plannerSchool(spec: PlannerInstanceSpec): School {
  const r = createRandom(spec.seed);
  const cohort = spec.grouping === 'grade-cohort';
  const staff = makeStaff(r, Math.ceil(spec.groups * 1.6) + 10);
  const perClass = Math.floor(spec.students / 4);
  const groupsPerClass = Math.max(1, Math.floor(spec.groups / 4));
  const classes = [2027, 2028, 2029, 2030, 2031, 2032, 2033];
  const students: Student[] = [];
  let serial = 0;
  for (const classOf of classes) {
    const count = classOf === 2027 ? spec.students - 3 * perClass : perClass;
    for (let i = 0; i < count; i++) {
      const transfer = classOf <= 2029 && r.chance(0.04);
      const entered = transfer ? '2026-27' : yearOfGrade9(classOf) < PREV ? PREV : yearOfGrade9(classOf);
      students.push(student(r, ++serial, classOf, entered));
    }
  }
  // Groups: cohorts get groupsPerClass groups per class, looping grade 9 → 12; vertical groups run every year.
  let staffNext = 0;
  const groups: AdvisoryGroup[] = [];
  const addGroup = (id: string, classOf: number | undefined, first: string, last: string | undefined): void => {
    const lead = staff[staffNext++ % staff.length] as Staff;
    const advisors: Record<string, { lead: string | null; co: string | null }> = {};
    for (const y of YEARS) if (y >= first && (!last || y <= last)) advisors[y] = { lead: lead.id, co: r.chance(0.1) ? (staff[staff.length - 1 - (staffNext % 10)] as Staff).id : null };
    groups.push({ id, name: `${lead.lastName} advisory${classOf ? `, class of ${classOf}` : ''}`, room: String(100 + groups.length), targetSize: 15, ...(classOf ? { classOf } : {}), advisors, firstYearId: first, ...(last ? { lastYearId: last } : {}) });
  };
  if (cohort) {
    for (const classOf of classes) {
      const first = yearOfGrade9(classOf) < PREV ? PREV : yearOfGrade9(classOf);
      const last = `${classOf - 1}-${String(classOf % 100).padStart(2, '0')}`;
      const count = classOf === 2027 ? spec.groups - 3 * groupsPerClass : groupsPerClass;
      for (let g = 0; g < count; g++) addGroup(`G${classOf}-${String(g + 1).padStart(3, '0')}`, classOf, first, last);
    }
  } else {
    for (let g = 0; g < spec.groups; g++) addGroup(`V${String(g + 1).padStart(3, '0')}`, undefined, PREV, undefined);
  }
  // Advisors away: ~2% on leave in 2026-27 (their group is closed that year), ~3% replaced by a
  // free adult (continuity with a new lead), ~3% leaving after 2026-27 (replaced from 2027-28).
  const free = staff.slice(staffNext);
  const open2026 = groups.filter((g) => g.advisors['2026-27']);
  const setLead = (g: AdvisoryGroup, from: string, lead: string): void => {
    const advisors = { ...g.advisors };
    for (const y of Object.keys(advisors)) if (y >= from) advisors[y] = { lead, co: advisors[y]?.co ?? null };
    groups[groups.indexOf(g)] = { ...g, advisors };
  };
  const closed = new Map<number | undefined, number>();
  for (const g of open2026) {
    const lead = g.advisors['2026-27']?.lead as string;
    const person = staff.find((s) => s.id === lead) as Staff;
    const x = r.next();
    // Close a group only while its class (or the school, vertical) keeps seats to spare.
    const peers = open2026.filter((o) => o.classOf === g.classOf).length - (closed.get(g.classOf) ?? 0) - 1;
    const need = g.classOf === undefined ? spec.students : perClass + 2;
    if (x < 0.02 && peers * 18 >= need) {
      closed.set(g.classOf, (closed.get(g.classOf) ?? 0) + 1);
      staff[staff.indexOf(person)] = { ...person, availability: { '2026-27': 'on-leave' } };
    }
    else if (x < 0.05 && free.length > 0) setLead(g, '2026-27', (free.pop() as Staff).id);
    else if (x < 0.08 && free.length > 0) {
      staff[staff.indexOf(person)] = { ...person, availability: { '2026-27': 'leaving' }, leftAfterYearId: '2026-27' };
      setLead(g, '2027-28', (free.pop() as Staff).id);
    }
  }
  const byClassGroups = new Map<number | undefined, AdvisoryGroup[]>();
  for (const g of groups) if (g.advisors[PREV]) byClassGroups.set(g.classOf, [...(byClassGroups.get(g.classOf) ?? []), g]);
  // Last year's placements, and a few locks this year.
  const prev: Record<string, Placement> = {};
  const now: Record<string, Placement> = {};
  const lastYear = students.filter((s) => s.enteredYearId <= PREV && s.classOf <= 2029);
  r.shuffle(lastYear).forEach((s, i) => {
    const options = byClassGroups.get(cohort ? s.classOf : undefined) ?? [];
    const g = options[i % options.length];
    if (g) prev[s.id] = { studentId: s.id, groupId: g.id, locked: false, origin: 'plan' };
  });
  const thisYear = students.filter((s) => s.enteredYearId <= '2026-27' && s.classOf <= 2030);
  for (const s of thisYear) {
    if (!r.chance(0.01)) continue;
    const options = groups.filter((g) => g.advisors['2026-27'] && (!cohort || g.classOf === s.classOf) && !staff.find((x) => x.id === g.advisors['2026-27']?.lead)?.availability['2026-27']);
    const g = options.length > 0 ? r.pick(options) : undefined;
    if (g) now[s.id] = { studentId: s.id, groupId: g.id, locked: true, origin: 'hand' };
  }
  return assemble(spec, r, students, staff, groups, { [PREV]: prev, '2026-27': now });
}

function assemble(spec: PlannerInstanceSpec, r: Random, students: Student[], staff: Staff[], groups: AdvisoryGroup[], placements: Record<string, Record<string, Placement>>): School {
  const marks: RelationshipMark[] = [];
  for (const s of students) {
    if (r.chance(0.55)) {
      for (let i = r.int(1, 2); i > 0; i--) marks.push({ id: `M${marks.length + 1}`, staffId: r.pick(staff).id, studentId: s.id, kind: 'positive', date: '2025-10-10', sessionId: 'MS1' });
    } else if (r.chance(0.35)) {
      const adult = (r.pick(groups).advisors['2026-27']?.lead ?? r.pick(staff).id) as string;
      marks.push({ id: `M${marks.length + 1}`, staffId: adult, studentId: s.id, kind: 'could-build', date: '2025-10-10', sessionId: 'MS1' });
    }
  }
  const enrolled = students.filter((s) => s.enteredYearId <= '2026-27' && s.classOf <= 2030);
  const rules: Rule[] = [];
  const rule = (kind: Rule['kind'], ids: string[], strength: Rule['strength'], staffId?: string): void => {
    rules.push({ id: `R${rules.length + 1}`, kind, studentIds: ids, strength, reason: `${kind} ${rules.length + 1}`, author: 'bench', createdAt: '2026-06-01T12:00:00.000Z', ...(staffId ? { staffId } : {}) });
  };
  const sameClass = (count: number): string[] => {
    const a = r.pick(enrolled);
    const mates = enrolled.filter((s) => s.classOf === a.classOf && s.id !== a.id && !placements['2026-27']?.[s.id]);
    return [a.id, ...r.shuffle(mates).slice(0, count - 1).map((s) => s.id)];
  };
  for (let i = 0; i < Math.max(1, Math.round(spec.students / 250)); i++) rule('keep-apart', sameClass(2), 'hard');
  for (let i = 0; i < Math.max(1, Math.round(spec.students / 500)); i++) rule('keep-apart', sameClass(3), 'soft');
  for (let i = 0; i < Math.max(1, Math.round(spec.students / 500)); i++) rule('keep-together', sameClass(2), 'soft');
  for (let i = 0; i < Math.max(1, Math.round(spec.students / 1000)); i++) {
    const [id] = sameClass(1);
    const s = enrolled.find((x) => x.id === id) as Student;
    const g = groups.find((x) => x.advisors['2026-27'] && (spec.grouping === 'vertical' || x.classOf === s.classOf));
    if (g) rule('place-with-staff', [s.id], 'soft', g.advisors['2026-27']?.lead ?? undefined);
  }
  const byId = <T extends { readonly id: string }>(items: readonly T[]): Record<string, T> => Object.fromEntries(items.map((x) => [x.id, x]));
  const base = emptySchool('Bench school', '2026-27', '2026-06-01T12:00:00.000Z', `bench-${spec.students}x${spec.groups}-${spec.grouping}`);
  return {
    ...base,
    info: { ...base.info, policy: { ...defaultPolicy, grouping: spec.grouping } },
    years: byId(YEARS.map(defaultSchoolYear)),
    students: byId(students),
    staff: byId(staff),
    groups: byId(groups),
    placements,
    rules: byId(rules),
    mappingSessions: { MS1: { id: 'MS1', name: 'Fall mapping', date: '2025-10-10', yearId: PREV } },
    marks: byId(marks),
  };
}
