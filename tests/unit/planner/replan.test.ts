/**
 * A re-plan after one hand move on a bench-sized school (4,000 students × 250 groups): it keeps the
 * move, moves at most 1% of the others, breaks no hard constraint, is repeatable, and still reports
 * the whole year's findings (not only those near the edit). Speed is the bench's business.
 */
import { describe, expect, it } from 'vitest';
import { plannerSchool } from '../../../bench/planner-instances';
import type { Placement, School } from '../../../shared/domain/types';
import { evaluatePlacements, planYear, type PlanResult } from '../../../shared/planner';

const YEAR = '2026-27';

/** The school as the app leaves it after applying `plan` (origin `plan`, locks kept) and then moving one student by hand (locked there). */
function afterOneHandMove(school: School, plan: PlanResult): { school: School; studentId: string; from: string; to: string } {
  const current = school.placements[YEAR] ?? {};
  const placements: Record<string, Placement> = {};
  for (const [id, groupId] of Object.entries(plan.placements)) placements[id] = current[id] ?? { studentId: id, groupId, locked: false, origin: 'plan' };
  const [studentId, from] = Object.entries(plan.placements).find(([id]) => !current[id]?.locked) ?? ['', ''];
  const to = Object.values(plan.placements).find((g) => g !== from && school.groups[g]?.classOf === school.groups[from]?.classOf) ?? from;
  placements[studentId] = { studentId, groupId: to, locked: true, origin: 'hand' };
  return { school: { ...school, placements: { ...school.placements, [YEAR]: placements } }, studentId, from, to };
}

/** Groups outside their soft band, counted from the placements alone. */
function groupsOutsideSoftBand(school: School, placements: Readonly<Record<string, string>>): number {
  const sizes = new Map<string, number>();
  for (const g of Object.values(placements)) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const { softMin, softMax } = school.info.policy;
  return [...sizes].filter(([g, n]) => n < Math.min(softMin, school.info.policy.targetMin, school.groups[g]?.targetSize ?? Infinity) || n > Math.max(softMax, Math.min(school.info.policy.targetMax, school.groups[g]?.targetSize ?? Infinity))).length;
}

describe('re-plan after one hand move, 4,000 × 250', () => {
  for (const grouping of ['grade-cohort', 'vertical'] as const) {
    it(`${grouping}: keeps the move, moves ≤ 1% of students, and reports the whole year`, () => {
      const school = plannerSchool({ students: 4000, groups: 250, grouping, seed: 7 });
      const first = planYear(school, { yearId: YEAR, seed: 1, mode: 'fresh' });
      expect(first.hardViolations).toBe(0);
      const edit = afterOneHandMove(school, first);
      expect(edit.to).not.toBe(edit.from);

      const again = planYear(edit.school, { yearId: YEAR, seed: 1, mode: 'replan' });
      expect(again.placements[edit.studentId]).toBe(edit.to);
      expect(again.hardViolations).toBe(0);
      expect(again.unplaced).toEqual([]);
      expect(Object.keys(again.placements)).toHaveLength(first.stats.students);
      // Moves are counted against the placements the re-plan started from (the hand move included).
      const before = edit.school.placements[YEAR] ?? {};
      const moved = Object.keys(again.placements).filter((id) => again.placements[id] !== before[id]?.groupId);
      expect(again.moves.map((m) => m.studentId).sort()).toEqual(moved.sort());
      expect(moved.length).toBeLessThanOrEqual(0.01 * again.stats.students);

      // Findings cover the whole year: one per group outside its soft band, wherever it is.
      expect(again.findings.filter((f) => f.kind === 'size-outside-band')).toHaveLength(groupsOutsideSoftBand(edit.school, again.placements));
      expect(evaluatePlacements(edit.school, YEAR, again.placements)).toEqual(again.objective);

      // Same seed, same re-plan.
      const twice = planYear(edit.school, { yearId: YEAR, seed: 1, mode: 'replan' });
      expect(twice.placements).toEqual(again.placements);
      expect(twice.findings).toEqual(again.findings);
      expect(twice.moves).toEqual(again.moves);
    }, 60_000);
  }
});
