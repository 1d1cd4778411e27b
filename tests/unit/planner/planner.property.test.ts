/** Property tests of the planner on small random schools that are feasible by construction. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFeasibility, evaluatePlacements, planYear } from '../../../shared/planner';
import { independentHardViolations, randomSchool, YEAR } from './support/random-school';

const specs = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
  students: fc.integer({ min: 20, max: 80 }),
  groups: fc.integer({ min: 3, max: 8 }),
  vertical: fc.boolean(),
});
const runs = { numRuns: 100 };

describe('planYear on random schools', () => {
  it('places everyone and never breaks a hard constraint (checked independently)', () => {
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const school = randomSchool(spec);
        expect(checkFeasibility(school, YEAR)).toEqual([]);
        const result = planYear(school, { yearId: YEAR, seed, mode: 'fresh', iterations: 2000 });
        expect(result.unplaced).toEqual([]);
        expect(Object.keys(result.placements)).toHaveLength(spec.students);
        expect(result.hardViolations).toBe(0);
        expect(independentHardViolations(school, result.placements)).toEqual([]);
      }),
      runs,
    );
  });

  it('gives the same result for the same seed', () => {
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const school = randomSchool(spec);
        const a = planYear(school, { yearId: YEAR, seed, mode: 'fresh', iterations: 1500 });
        const b = planYear(school, { yearId: YEAR, seed, mode: 'fresh', iterations: 1500 });
        const strip = (r: typeof a): unknown => ({ ...r, stats: { ...r.stats, constructMs: 0, searchMs: 0 } });
        expect(strip(b)).toEqual(strip(a));
      }),
      { numRuns: 20 },
    );
  });

  it('never moves a locked placement, in fresh plans and re-plans', () => {
    fc.assert(
      fc.property(specs, fc.constantFrom('fresh' as const, 'replan' as const), (spec, mode) => {
        const school = randomSchool(spec);
        const result = planYear(school, { yearId: YEAR, seed: 3, mode, iterations: 1500 });
        for (const p of Object.values(school.placements[YEAR] ?? {})) if (p.locked) expect(result.placements[p.studentId]).toBe(p.groupId);
      }),
      { numRuns: 25 },
    );
  });

  it('reports the objective its tables tracked, equal to evaluatePlacements from scratch', () => {
    fc.assert(
      fc.property(specs, (spec) => {
        const school = randomSchool(spec);
        const result = planYear(school, { yearId: YEAR, seed: 9, mode: 'fresh', iterations: 1500 });
        expect(evaluatePlacements(school, YEAR, result.placements)).toEqual(result.objective);
      }),
      runs,
    );
  });
});
