/** The generated demo school: seeded and repeatable, valid, and with the shares a real high school has. */
import { describe, expect, it } from 'vitest';
import { DEMO_SEED, generateDemoSchool } from '../../shared/demo/demo-school';
import { schoolSchema } from '../../shared/domain/schema';
import { isEnrolled, summarize } from '../../shared/domain/summary';
import type { School } from '../../shared/domain/types';

const CURRENT = '2026-27';
const SEEDS = [DEMO_SEED, 1, 42];
const schools = new Map<number, School>(SEEDS.map((seed) => [seed, generateDemoSchool(seed)]));
const demo = schools.get(DEMO_SEED)!;

describe('generateDemoSchool: repeatable', () => {
  it('the same seed gives the same school', () => {
    expect(generateDemoSchool(DEMO_SEED)).toEqual(demo);
    expect(generateDemoSchool()).toEqual(demo);
  });

  it('a different seed gives a different school (other names, other flags)', () => {
    const other = schools.get(1)!;
    expect(other).not.toEqual(demo);
    const names = (s: School): string[] => Object.values(s.students).map((x) => `${x.firstName} ${x.lastName}`);
    expect(names(other)).not.toEqual(names(demo));
  });

  it('is marked as the demo school and is in 2026-27', () => {
    expect(demo.info.isDemo).toBe(true);
    expect(demo.info.currentYearId).toBe(CURRENT);
  });
});

describe.each(SEEDS)('generateDemoSchool(%i): shape and shares', (seed) => {
  const school = schools.get(seed)!;
  const summary = summarize(school, CURRENT);
  const share = (n: number): number => n / summary.students;

  it('validates against schoolSchema', () => {
    const result = schoolSchema.safeParse(school);
    expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
  });

  it('has about 1,200 students enrolled in 2026-27 in grades 09–12, and an incoming class', () => {
    expect(summary.students).toBeGreaterThanOrEqual(1150);
    expect(summary.students).toBeLessThanOrEqual(1250);
    expect(Object.keys(summary.byGrade).sort()).toEqual(['09', '10', '11', '12']);
    const incoming = Object.values(school.students).filter((s) => !isEnrolled(s, CURRENT) && isEnrolled(s, '2027-28'));
    expect(incoming.length).toBeGreaterThan(250);
  });

  it('has realistic subgroup shares', () => {
    expect(share(summary.economicallyDisadvantaged)).toBeGreaterThanOrEqual(0.45);
    expect(share(summary.economicallyDisadvantaged)).toBeLessThanOrEqual(0.55);
    expect(share(summary.iep504)).toBeGreaterThanOrEqual(0.11);
    expect(share(summary.iep504)).toBeLessThanOrEqual(0.17);
    expect(share(summary.englishLearners)).toBeGreaterThanOrEqual(0.06);
    expect(share(summary.englishLearners)).toBeLessThanOrEqual(0.12);
    expect(summary.nonBinary).toBeGreaterThan(0);
  });

  it('has 80–90 staff, some of them leaving after this year, and 4 school years', () => {
    expect(summary.staff).toBeGreaterThanOrEqual(80);
    expect(summary.staff).toBeLessThanOrEqual(90);
    expect(summary.staffLeaving).toBeGreaterThan(0);
    expect(Object.values(school.staff).some((s) => Object.values(s.availability).includes('leaving'))).toBe(true);
    expect(Object.keys(school.years)).toHaveLength(4);
    expect(school.years[CURRENT]).toBeDefined();
  });

  it('leaves many students (30–70 %) without a positive relationship mark, as a real map does', () => {
    const marked = new Set(Object.values(school.marks).filter((m) => m.kind === 'positive').map((m) => m.studentId));
    const enrolled = Object.values(school.students).filter((s) => isEnrolled(s, CURRENT));
    const unmarkedCount = enrolled.filter((s) => !marked.has(s.id)).length;
    // The dashboard's figure (summarize) agrees with the count made here from the raw marks.
    expect(summary.marks.withoutPositiveMark).toBe(unmarkedCount);
    expect(summary.marks.sessions).toBe(1);
    const unmarked = unmarkedCount / enrolled.length;
    expect(unmarked).toBeGreaterThanOrEqual(0.3);
    expect(unmarked).toBeLessThanOrEqual(0.7);
  });

  it('places every enrolled student in 2026-27, in groups no larger than the hard maximum', () => {
    expect(summary.placed).toBe(summary.students);
    const sizes = new Map<string, number>();
    for (const p of Object.values(school.placements[CURRENT] ?? {})) sizes.set(p.groupId, (sizes.get(p.groupId) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(school.info.policy.hardMax);
  });

  it('keeps SIS ids as 6-character strings with their leading zeros', () => {
    const entries = Object.entries(school.students);
    for (const [key, s] of entries) {
      expect(typeof s.id).toBe('string');
      expect(s.id).toMatch(/^\d{6}$/);
      expect(key).toBe(s.id);
    }
    expect(entries.some(([id]) => id.startsWith('0'))).toBe(true);
  });

  it('every reference points at something that exists', () => {
    const missing: string[] = [];
    const check = (what: string, id: string | null | undefined, coll: Readonly<Record<string, unknown>>): void => {
      if (id && !coll[id]) missing.push(`${what} ${id}`);
    };
    for (const [yearId, byStudent] of Object.entries(school.placements)) {
      check('year', yearId, school.years);
      for (const p of Object.values(byStudent)) {
        check('placed student', p.studentId, school.students);
        check('placement group', p.groupId, school.groups);
      }
    }
    for (const g of Object.values(school.groups)) {
      for (const a of Object.values(g.advisors)) {
        check('advisor', a.lead, school.staff);
        check('co-advisor', a.co, school.staff);
      }
    }
    for (const m of Object.values(school.marks)) {
      check('marked student', m.studentId, school.students);
      check('marking staff', m.staffId, school.staff);
      check('mapping session', m.sessionId, school.mappingSessions);
    }
    for (const c of Object.values(school.clubs)) for (const ids of Object.values(c.members)) for (const id of ids) check('club member', id, school.students);
    for (const sp of Object.values(school.sponsorships)) {
      check('sponsored club', sp.clubId, school.clubs);
      check('sponsor', sp.staffId, school.staff);
    }
    for (const m of Object.values(school.mentors)) check('mentor', m.staffId, school.staff);
    for (const c of Object.values(school.checkIns)) check('mentor assignment', c.mentorAssignmentId, school.mentors);
    expect(missing).toEqual([]);
  });
});
