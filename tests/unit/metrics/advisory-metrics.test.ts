/** The advisory metrics on a hand-made school (numbers worked out by hand in metrics-school.ts). */
import { describe, expect, it } from 'vitest';
import { advisoryMetrics, previousYearOf } from '../../../shared/metrics/advisory-metrics';
import { deepFreeze } from '../helpers/school';
import { metricsSchool, PREV, YEAR } from './metrics-school';

const school = deepFreeze(metricsSchool());
const m = advisoryMetrics(school, YEAR);

describe('advisoryMetrics on the hand-made school', () => {
  it('counts enrolled and placed students (a stale placement of a student who left is ignored) and open groups', () => {
    expect(m.previousYearId).toBe(PREV);
    expect(m.enrolled).toBe(11);
    expect(m.placed).toBe(10);
    expect(m.groupsOpen).toBe(4);
  });

  it('measures continuity against last year: 6 returning, 3 kept group and lead, 2 kept the group with a new adult', () => {
    expect(m.continuity).toEqual({ returning: 6, sameGroupSameLead: 3, sameGroupNewAdult: 2, percent: 50 });
  });

  it('measures size against the target band 3–3, soft band 3–4 and hard max 4', () => {
    expect(m.size).toEqual({ groupsCounted: 3, emptyGroups: 1, meanDistance: 1, maxDistance: 2, outsideSoftBand: 2, overHardMax: 1 });
  });

  it('finds the worst group per attribute, in percentage points from the share among placed students', () => {
    const by = Object.fromEntries(m.spread.map((s) => [s.attribute, s]));
    expect(m.spread.map((s) => s.attribute)).toEqual(['female', 'economicallyDisadvantaged', 'iep504', 'englishLearner']);
    expect(by['female']?.schoolPercent).toBeCloseTo(40);
    expect(by['female']?.maxGapPoints).toBeCloseTo(10);
    expect(by['female']?.worstGroup).toMatchObject({ groupId: 'G3', name: 'LastT4 advisory', size: 2, percent: 50 });
    expect(by['economicallyDisadvantaged']?.schoolPercent).toBeCloseTo(20);
    expect(by['economicallyDisadvantaged']?.maxGapPoints).toBeCloseTo(46.667, 2);
    expect(by['economicallyDisadvantaged']?.worstGroup?.groupId).toBe('G2');
    expect(by['iep504']).toMatchObject({ schoolPercent: 0, maxGapPoints: 0, worstGroup: { groupId: 'G1' } });
    expect(by['englishLearner']?.maxGapPoints).toBeCloseTo(40);
    expect(by['englishLearner']?.worstGroup?.groupId).toBe('G3');
  });

  it('adds one spread line per grade under the vertical policy', () => {
    const vertical = { ...school, info: { ...school.info, policy: { ...school.info.policy, grouping: 'vertical' as const } } };
    const grades = advisoryMetrics(vertical, YEAR).spread.filter((s) => s.attribute.startsWith('grade-'));
    expect(grades.map((s) => s.attribute)).toEqual(['grade-09', 'grade-10', 'grade-11', 'grade-12']);
    // Everyone is in grade 10 this year, so every group matches the school exactly.
    expect(grades.find((s) => s.attribute === 'grade-10')).toMatchObject({ schoolPercent: 100, maxGapPoints: 0 });
  });

  it('explains each broken rule in a sentence, hard and soft apart', () => {
    expect(m.violations.hard.map((v) => v.sentence)).toEqual([
      'Keep apart: Ana Rivera and Ben Carter are both in Okafor advisory',
      'Place with Dana Okafor: FirstS5 LastS5 is in LastT3 advisory, which Dana Okafor does not advise',
    ]);
    expect(m.violations.soft.map((v) => v.sentence)).toEqual([
      'Keep together: FirstS6 LastS6 in LastT4 advisory and FirstS9 LastS9 in Okafor advisory',
      'Keep away from FirstT4 LastT4: FirstS7 LastS7 is in a group FirstT4 LastT4 advises',
    ]);
    expect(m.violations.hard[0]).toMatchObject({ ruleId: 'R1', studentIds: ['S1', 'S2'], groupIds: ['G1'] });
  });

  it('lists students with no connected adult and whether their group’s adult knows them', () => {
    expect(m.unconnected.count).toBe(6);
    expect(m.unconnected.withKnownAdult).toBe(2);
    const by = Object.fromEntries(m.unconnected.students.map((s) => [s.studentId, s]));
    expect(Object.keys(by).sort()).toEqual(['S10', 'S12', 'S2', 'S6', 'S8', 'S9']);
    expect(by['S2']).toMatchObject({ name: 'Ben Carter', knownBy: 'could-build', group: { groupId: 'G1' } });
    expect(by['S6']).toMatchObject({ knownBy: 'could-build', group: { groupId: 'G3' } }); // the co-advisor marked them
    expect(by['S10']?.knownBy).toBeNull(); // marked by an adult who is not their advisor
    expect(by['S9']?.knownBy).toBeNull(); // a mark from a later year's session does not count yet
    expect(by['S12']).toMatchObject({ group: null, knownBy: null });
    expect(m.unconnected.students[0]?.name).toBe('Ben Carter');
  });

  it('takes other placements and advisors (a scenario’s) instead of the plan’s', () => {
    const placements = { ...school.placements[YEAR], S3: { studentId: 'S3', groupId: 'G1', locked: false, origin: 'plan' as const } };
    const advisors = { G1: { lead: 'T1', co: null }, G2: { lead: 'T2', co: null }, G3: { lead: 'T4', co: 'T6' } };
    const other = advisoryMetrics(school, YEAR, placements, advisors);
    expect(other.groupsOpen).toBe(3);
    expect(other.size.emptyGroups).toBe(0);
    expect(other.continuity).toEqual({ returning: 6, sameGroupSameLead: 6, sameGroupNewAdult: 0, percent: 100 });
    expect(other.violations.hard.map((v) => v.ruleId)).toEqual(['R1', 'R4']);
  });

  it('has no continuity in the first year and knows the year before', () => {
    expect(previousYearOf(school, PREV)).toBeNull();
    expect(advisoryMetrics(school, PREV).continuity).toEqual({ returning: 0, sameGroupSameLead: 0, sameGroupNewAdult: 0, percent: null });
    expect(previousYearOf(school, '2027-28')).toBe(YEAR);
  });

  it('tells apart groups whose leads share a last name by their room', () => {
    const twins = { ...school, staff: { ...school.staff, T3: { ...school.staff['T3']!, lastName: 'Okafor' } }, groups: { ...school.groups, G2: { ...school.groups['G2']!, room: '204' } } };
    const v = advisoryMetrics(twins, YEAR);
    expect(v.violations.hard[0]?.sentence).toBe('Keep apart: Ana Rivera and Ben Carter are both in Okafor advisory, room 101');
    expect(v.spread.find((s) => s.attribute === 'economicallyDisadvantaged')?.worstGroup?.name).toBe('Okafor advisory, room 204');
  });

  it('is serialisable', () => {
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});
