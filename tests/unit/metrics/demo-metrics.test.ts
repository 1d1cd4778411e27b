/** The metrics on the generated demo school: internally consistent, and in step with the planner's connections. */
import { describe, expect, it } from 'vitest';
import { generateDemoSchool } from '../../../shared/demo/demo-school';
import { isEnrolled } from '../../../shared/domain/summary';
import { advisoryMetrics } from '../../../shared/metrics/advisory-metrics';
import { studentConnections } from '../../../shared/planner/connections';

const demo = generateDemoSchool();

describe('advisoryMetrics on the demo school', () => {
  for (const yearId of Object.keys(demo.years).sort()) {
    it(`is consistent in ${yearId}`, () => {
      const m = advisoryMetrics(demo, yearId);
      expect(m.placed).toBeLessThanOrEqual(m.enrolled);
      const c = m.continuity;
      expect(c.sameGroupSameLead + c.sameGroupNewAdult).toBeLessThanOrEqual(c.returning);
      expect(c.returning).toBeLessThanOrEqual(m.enrolled);
      if (c.percent !== null) expect(c.percent).toBeCloseTo((c.sameGroupSameLead / c.returning) * 100);
      expect(m.size.groupsCounted + m.size.emptyGroups).toBeGreaterThanOrEqual(m.groupsOpen);
      expect(m.size.maxDistance).toBeGreaterThanOrEqual(m.size.meanDistance);
      expect(m.size.overHardMax).toBeLessThanOrEqual(m.size.outsideSoftBand);
      for (const s of m.spread) {
        expect(s.schoolPercent).toBeGreaterThanOrEqual(0);
        expect(s.schoolPercent).toBeLessThanOrEqual(100);
        if (s.worstGroup) expect(Math.abs(s.worstGroup.percent - s.schoolPercent)).toBeCloseTo(s.maxGapPoints);
      }
      expect(m.unconnected.withKnownAdult).toBeLessThanOrEqual(m.unconnected.count);
      expect(m.unconnected.students).toHaveLength(m.unconnected.count);
      // The same definition as the planner's: enrolled students with zero connected adults.
      const { connected } = studentConnections(demo, yearId);
      const zero = Object.values(demo.students).filter((s) => isEnrolled(s, yearId) && (connected.get(s.id) ?? 0) === 0).length;
      expect(m.unconnected.count).toBe(zero);
    });
  }

  it('shows the demo’s story in the current year: most returning students keep their advisor, and some have no connected adult', () => {
    const m = advisoryMetrics(demo, demo.info.currentYearId);
    expect(m.continuity.returning).toBeGreaterThan(500);
    expect(m.continuity.percent ?? 0).toBeGreaterThan(70);
    expect(m.continuity.percent ?? 100).toBeLessThan(100);
    expect(m.unconnected.count).toBeGreaterThan(0);
    expect(m.placed).toBe(m.enrolled);
  });
});
