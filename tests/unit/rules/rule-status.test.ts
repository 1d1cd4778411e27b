/** Whether a rule is met by the year's placements, and the Rules tab's filters. */
import { describe, expect, it } from 'vitest';
import type { Rule, School } from '../../../shared/domain/types';
import { filterRules, noRuleFilter } from '../../../renderer/src/lib/rules/rule-filter';
import { ruleStatus } from '../../../renderer/src/lib/rules/rule-status';
import { schoolNames } from '../../../renderer/src/lib/rules/rule-words';
import { deepFreeze, placement, smallSchool, YEAR } from '../helpers/school';

const rule = (patch: Partial<Rule>): Rule => ({
  id: 'R1',
  kind: 'keep-apart',
  studentIds: ['000101', '000102'],
  strength: 'hard',
  reason: 'Why',
  author: 'Me',
  createdAt: '2026-08-20T12:00:00.000Z',
  ...patch,
});

/** 000101 in G1 (T1), 000102 in G2 (T2), 000103 in G1, 000104 unplaced. */
function school(): School {
  const base = smallSchool();
  return deepFreeze({ ...base, placements: { [YEAR]: { ...base.placements[YEAR], '000103': placement('000103', 'G1') } } });
}

const status = (r: Rule) => ruleStatus(school(), YEAR, r, schoolNames(school()));

describe('rule status', () => {
  it('keep apart: met when in different groups, broken when together, waiting while someone is unplaced', () => {
    expect(status(rule({}))).toEqual({ state: 'met', text: 'Met in 2026–27.' });
    expect(status(rule({ studentIds: ['000101', '000103'] }))).toEqual({ state: 'broken', text: 'Broken in 2026–27: First000101 Last000101 and First000103 Last000103 are both in Advisory G1.' });
    expect(status(rule({ studentIds: ['000101', '000104'] })).state).toBe('waiting');
  });

  it('keep together: broken when split over groups', () => {
    expect(status(rule({ kind: 'keep-together' }))).toEqual({ state: 'broken', text: 'Broken in 2026–27: they are split over Advisory G1 and Advisory G2.' });
    expect(status(rule({ kind: 'keep-together', studentIds: ['000101', '000103'] })).state).toBe('met');
  });

  it('place with and keep away from an adult follow the group’s advisors in the year', () => {
    expect(status(rule({ kind: 'place-with-staff', studentIds: ['000101'], staffId: 'T1' })).state).toBe('met');
    expect(status(rule({ kind: 'place-with-staff', studentIds: ['000102'], staffId: 'T1' })).text).toBe('Broken in 2026–27: First000102 Last000102 is in Advisory G2, not with FirstT1 LastT1.');
    expect(status(rule({ kind: 'keep-away-from-staff', studentIds: ['000101'], staffId: 'T1' })).state).toBe('broken');
    expect(status(rule({ kind: 'keep-away-from-staff', studentIds: ['000102'], staffId: 'T1' })).state).toBe('met');
  });
});

describe('rule filters', () => {
  const rules = [rule({}), rule({ id: 'R2', kind: 'keep-together', strength: 'soft', studentIds: ['000103', '000104'], createdAt: '2026-09-01T00:00:00.000Z' })];
  const names = schoolNames(school());

  it('lists newest first and filters by kind, strength and student name', () => {
    expect(filterRules(rules, noRuleFilter, names).map((r) => r.id)).toEqual(['R2', 'R1']);
    expect(filterRules(rules, { ...noRuleFilter, kind: 'keep-apart' }, names).map((r) => r.id)).toEqual(['R1']);
    expect(filterRules(rules, { ...noRuleFilter, strength: 'soft' }, names).map((r) => r.id)).toEqual(['R2']);
    expect(filterRules(rules, { ...noRuleFilter, query: 'last000104' }, names).map((r) => r.id)).toEqual(['R2']);
    expect(filterRules(rules, { ...noRuleFilter, query: 'nobody' }, names)).toEqual([]);
  });
});
