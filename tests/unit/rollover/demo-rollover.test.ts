/** The rollover of the demo school, current year → next, checked against counts computed here independently. */
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeInYear, schoolYearId, schoolYearStart } from '../../../shared/domain/dates';
import { applyCommand } from '../../../shared/domain/reducer';
import { isEnrolled } from '../../../shared/domain/summary';
import type { Command } from '../../../shared/domain/commands';
import type { School } from '../../../shared/domain/types';
import { generateDemoSchool } from '../../../shared/demo/demo-school';
import { planRollover, type RolloverPlan } from '../../../shared/planner/rollover';
import { deepFreeze } from '../helpers/school';

let school: School;
let plan: RolloverPlan;
let after: School;
let inverse: Command;
let Y = '';
let NEXT = '';

beforeAll(() => {
  school = deepFreeze(generateDemoSchool());
  Y = school.info.currentYearId;
  NEXT = schoolYearId(schoolYearStart(Y) + 1);
  plan = planRollover(school, Y, NEXT, { seed: 2026 });
  ({ school: after, inverse } = applyCommand(school, plan.command as Command));
});

const num = (re: RegExp): number => Number(re.exec(plan.summary)?.[1] ?? NaN);

describe(`demo school rollover`, () => {
  it('says in its summary the numbers counted independently', () => {
    const grades = new Set<string>(school.info.policy.grades);
    const inNext = Object.values(school.students).filter((s) => isEnrolled(s, NEXT) && grades.has(gradeInYear(s.classOf, NEXT) ?? ''));
    const before = school.placements[Y] ?? {};
    const seniors = Object.values(school.students).filter((s) => isEnrolled(s, Y) && gradeInYear(s.classOf, Y) === '12');
    const newcomers = inNext.filter((s) => !before[s.id]);
    // Orphans: continuing groups (a class still in school next year) whose lead leaves after Y or is on leave next year.
    const orphans = Object.values(school.groups).filter((g) => {
      const lead = school.staff[g.advisors[Y]?.lead ?? ''];
      const continues = g.classOf !== undefined && grades.has(gradeInYear(g.classOf, NEXT) ?? '');
      return continues && lead && (lead.availability[Y] === 'leaving' || lead.availability[NEXT] === 'on-leave');
    });
    const moved = inNext.filter((s) => before[s.id] && after.placements[NEXT]?.[s.id]?.groupId !== before[s.id]?.groupId);
    const stayed = inNext.filter((s) => before[s.id] && after.placements[NEXT]?.[s.id]?.groupId === before[s.id]?.groupId);
    expect(num(/(\d+) new students? placed/)).toBe(newcomers.length);
    expect(num(/(\d+) groups? gets? a new advisor/)).toBe(orphans.length);
    expect(num(/(\d+) seniors? graduates?/)).toBe(seniors.length);
    expect(num(/(\d+) returning students? stays? with their group/)).toBe(stayed.length);
    expect(plan.moves).toHaveLength(moved.length);
    if (moved.length === 0) expect(plan.summary).toContain(`all ${stayed.length} returning students stay with their group`);
    else expect(num(/(\d+) returning students? moves?/)).toBe(moved.length);
    expect(plan.graduated).toBe(seniors.length);
    expect(plan.placedNew).toBe(newcomers.length);
    expect(orphans.length).toBeGreaterThan(0);
  });

  it('places every student of next year, with continuity of at least 95%', () => {
    expect(plan.unplaced).toEqual([]);
    const placed = Object.keys(after.placements[NEXT] ?? {}).length;
    expect(placed).toBe(plan.placedNew + plan.returningStayed + plan.moves.length);
    expect(plan.returningStayed / (plan.returningStayed + plan.moves.length)).toBeGreaterThanOrEqual(0.95);
  });

  it('moves every orphan group intact to one available adult', () => {
    const before = school.placements[Y] ?? {};
    for (const change of plan.advisorChanges) {
      const lead = change.to.lead;
      expect(lead).not.toBeNull();
      expect(school.staff[lead ?? '']?.availability[NEXT]).toBeUndefined();
      for (const [id, p] of Object.entries(before)) if (p.groupId === change.groupId && after.placements[NEXT]?.[id]) expect(after.placements[NEXT]?.[id]?.groupId).toBe(change.groupId);
    }
    // No adult leads two groups next year.
    const leads = Object.values(after.groups).map((g) => g.advisors[NEXT]?.lead).filter(Boolean);
    expect(new Set(leads).size).toBe(leads.length);
  });

  it('creates groups for the incoming class and reports that adults are short, in words', () => {
    expect(plan.newGroups.length).toBeGreaterThan(0);
    for (const g of plan.newGroups) expect(after.groups[g.groupId]?.classOf).toBe(schoolYearStart(NEXT) + 4);
    const short = plan.feasibility.filter((p) => p.kind === 'short-of-adults');
    for (const p of short) expect(p.message).toMatch(/^The incoming class of \d{4} \(\d+ students\) needs \d+ groups/);
  });

  it('is plain serialisable data', () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('undoes in one step to exactly the school it started from', () => {
    expect(applyCommand(after, inverse).school).toStrictEqual(school);
  });
});
