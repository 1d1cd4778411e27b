/**
 * Quality against the exact reference: the same objective as a MILP solved by HiGHS
 * (support/highs-model.ts). On small generated schools the planner must come within 1% of HiGHS's
 * best plan; the gap is printed.
 */
import { describe, expect, it } from 'vitest';
import { plannerSchool } from '../../../bench/planner-instances';
import { evaluatePlacements, planYear } from '../../../shared/planner';
import { buildInstance } from '../../../shared/planner/instance';
import { assignmentOf, evaluateAssignment, internalTotal } from '../../../shared/planner/objective';
import { buildReferenceModel, independentParts, kindsOf, solveModel, solveReference } from './support/highs-model';

const YEAR = '2026-27';
const cases = [
  { students: 120, groups: 10, grouping: 'grade-cohort', seed: 7 },
  { students: 120, groups: 10, grouping: 'grade-cohort', seed: 11 },
  { students: 120, groups: 10, grouping: 'vertical', seed: 7 },
] as const;

describe('planner vs HiGHS (exact reference)', () => {
  for (const spec of cases) {
    it(`${spec.students} students × ${spec.groups} groups, ${spec.grouping}, seed ${spec.seed}: within 1%`, async () => {
      const school = plannerSchool(spec);
      const result = planYear(school, { yearId: YEAR, seed: 1, mode: 'fresh' });
      expect(result.hardViolations).toBe(0);
      expect(result.unplaced).toEqual([]);
      expect(evaluatePlacements(school, YEAR, result.placements)).toEqual(result.objective);
      const inst = buildInstance(school, YEAR, undefined, 'fresh');
      const mine = internalTotal(inst, evaluateAssignment(inst, assignmentOf(inst, result.placements)));
      const ref = await solveReference(inst, 25);
      expect(['optimal', 'timeLimit']).toContain(ref.status);
      const gap = mine / ref.objective - 1;
      console.log(
        `[planner vs HiGHS] ${spec.students}×${spec.groups} ${spec.grouping} seed ${spec.seed}: planner ${(mine / inst.scale).toFixed(2)}, HiGHS ${(ref.objective / inst.scale).toFixed(2)} (${ref.status}, bound ${(ref.bound / inst.scale).toFixed(2)}, ${ref.seconds.toFixed(1)} s), gap ${(gap * 100).toFixed(3)}%`,
      );
      expect(mine).toBeLessThanOrEqual(1.01 * ref.objective);
    }, 60_000);
  }
});

describe('the reference split into independent parts', () => {
  it('a grade-level school splits by cohort, and the parts add up to the same optimum as the whole', async () => {
    const school = plannerSchool({ students: 120, groups: 10, grouping: 'grade-cohort', seed: 7 });
    const inst = buildInstance(school, YEAR, undefined, 'fresh');
    const parts = independentParts(inst);
    const classOf = (s: number): number => inst.students[s]?.classOf ?? 0;
    expect(parts.length).toBe(new Set(Array.from({ length: inst.n }, (_, s) => classOf(s))).size);
    for (const part of parts) expect(new Set(part.students.map(classOf)).size).toBe(1);
    expect(parts.flatMap((p) => p.students).sort((a, b) => a - b)).toEqual(Array.from({ length: inst.n }, (_, s) => s));
    expect(parts.flatMap((p) => p.groups).sort((a, b) => a - b)).toEqual(Array.from({ length: inst.g }, (_, g) => g));
    const whole = await solveReference(inst, 25);
    const split = await solveReference(inst, 25, true);
    expect([whole.status, split.status]).toEqual(['optimal', 'optimal']);
    expect(split.objective).toBeCloseTo(whole.objective, 3);
  }, 60_000);

  it('vertical groups are one part', () => {
    const inst = buildInstance(plannerSchool({ students: 120, groups: 10, grouping: 'vertical', seed: 7 }), YEAR, undefined, 'fresh');
    expect(independentParts(inst)).toHaveLength(1);
  });
});

describe('the reference with interchangeable students merged', () => {
  it('has the same optimum as one binary per student, with fewer columns', async () => {
    for (const grouping of ['grade-cohort', 'vertical'] as const) {
      const inst = buildInstance(plannerSchool({ students: 120, groups: 10, grouping, seed: 7 }), YEAR, undefined, 'fresh');
      const all = Array.from({ length: inst.n }, (_, s) => s);
      const kinds = kindsOf(inst, all);
      // Merged students really are alike: same attributes, groups, last year's group and costs.
      for (const s of all) {
        const r = kinds.rep[s] as number;
        if (r === s) continue;
        expect(inst.attr.subarray(s * inst.a, (s + 1) * inst.a)).toEqual(inst.attr.subarray(r * inst.a, (r + 1) * inst.a));
        expect([inst.prevGroup[s], inst.contCost[s], inst.relCost[s]]).toEqual([inst.prevGroup[r], inst.contCost[r], inst.relCost[r]]);
        expect(inst.unitDomain[inst.unitOf[s] as number]).toEqual(inst.unitDomain[inst.unitOf[r] as number]);
      }
      const merged = buildReferenceModel(inst);
      const plain = buildReferenceModel(inst, undefined, false);
      expect(merged.columns).toBeLessThan(plain.columns);
      const [a, b] = [await solveModel(merged, 25), await solveModel(plain, 25)];
      expect([a.status, b.status]).toEqual(['optimal', 'optimal']);
      expect(a.objective).toBeCloseTo(b.objective, 3);
    }
  }, 90_000);
});
