/** The rule form's checks, the rule it saves, and its labels. */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/domain/reducer';
import type { Rule, School } from '../../../shared/domain/types';
import { draftProblem, newDraft, nextRuleId, ruleOf, type RuleDraft } from '../../../renderer/src/lib/rules/rule-draft';
import { staffChoices } from '../../../renderer/src/lib/staff-choices';
import { ruleSentence, schoolNames } from '../../../renderer/src/lib/rules/rule-words';
import { deepFreeze, smallSchool, staff, YEAR } from '../helpers/school';

const apart: Rule = {
  id: 'R1',
  kind: 'keep-apart',
  studentIds: ['000101', '000102'],
  strength: 'hard',
  reason: 'Conflict',
  author: 'J. Smith',
  createdAt: '2026-08-20T12:00:00.000Z',
};

function school(rules: readonly Rule[] = [apart]): School {
  const base = smallSchool();
  return deepFreeze({ ...base, staff: { ...base.staff, T4: staff('T4', { availability: { [YEAR]: 'on-leave' } }) }, rules: Object.fromEntries(rules.map((r) => [r.id, r])) });
}

const draft = (patch: Partial<RuleDraft>): RuleDraft => ({ ...newDraft(['000101', '000102'], 'Me'), reason: 'Why', ...patch });
const check = (s: School, d: RuleDraft, editing: string | null = null): string | null => draftProblem(s, YEAR, d, editing, schoolNames(s));

describe('rule form checks', () => {
  it('needs two students to keep apart or together', () => {
    const message = check(school([]), draft({ studentIds: ['000101'], kind: 'keep-together' }));
    expect(message).toMatch(/^Keeping together needs at least 2 students; only First000101 Last000101 is selected/);
  });

  it('needs an adult for the staff kinds, and a reason', () => {
    expect(check(school([]), draft({ kind: 'place-with-staff' }))).toBe('Choose the adult.');
    expect(check(school([]), draft({ reason: '  ' }))).toMatch(/^Write the reason/);
    expect(check(school([]), draft({ kind: 'place-with-staff', staffId: 'T1' }))).toBeNull();
  });

  it('refuses a hard keep-together of a pair that must be kept apart, naming the rule', () => {
    expect(check(school(), draft({ kind: 'keep-together' }))).toBe(
      'First000101 Last000101 and First000102 Last000102 already must be kept apart (hard rule by J. Smith: “Conflict”), so a hard rule can’t keep them together. Make this rule soft, or change the other one first.',
    );
    expect(check(school(), draft({ kind: 'keep-together', strength: 'soft' }))).toBeNull();
    // Editing the keep-apart rule itself into keep-together is not a clash with itself.
    expect(check(school(), draft({ kind: 'keep-together' }), 'R1')).toBeNull();
  });

  it('finds a clash through a chain of hard keep-together rules', () => {
    const together: Rule = { ...apart, id: 'R2', kind: 'keep-together', studentIds: ['000102', '000103'] };
    const message = check(school([apart, together]), draft({ kind: 'keep-together', studentIds: ['000103', '000101'] }));
    expect(message).toMatch(/already must be kept apart .* Other hard keep-together rules link them/);
    const reverse = check(school([together]), draft({ kind: 'keep-apart', studentIds: ['000102', '000103'] }));
    expect(reverse).toMatch(/already must be kept together \(hard rule by J\. Smith: “Conflict”\), so a hard rule can’t keep them apart/);
  });

  it('refuses a hard place-with and keep-away of the same adult', () => {
    const away: Rule = { ...apart, id: 'R3', kind: 'keep-away-from-staff', studentIds: ['000101'], staffId: 'T1' };
    expect(check(school([away]), draft({ kind: 'place-with-staff', staffId: 'T1', studentIds: ['000101'] }))).toMatch(/^First000101 Last000101 already must be kept away from FirstT1 LastT1/);
  });

  it('refuses a hard keep-apart of more students than the year has open groups', () => {
    const message = check(school([]), draft({ studentIds: ['000101', '000102', '000103'] }));
    expect(message).toBe('These 3 students must all be apart, but 2026–27 has only 2 open groups. Make the rule soft, or split it into smaller ones.');
    expect(check(school([]), draft({ studentIds: ['000101', '000102', '000103'], strength: 'soft' }))).toBeNull();
  });
});

describe('saving a rule', () => {
  it('makes a valid rule that the reducer upserts, and undo removes it', () => {
    const before = school([]);
    const id = nextRuleId(before.rules, 1_700_000_000_000);
    expect(id).toBe('rule-1700000000000-1');
    const rule = ruleOf(draft({ reason: '  Fight in the hall ', staffId: 'T1' }), id, '2026-09-01T10:00:00.000Z');
    expect(rule).toEqual({ id, kind: 'keep-apart', studentIds: ['000101', '000102'], strength: 'hard', reason: 'Fight in the hall', author: 'Me', createdAt: '2026-09-01T10:00:00.000Z' });
    const { school: after, inverse } = applyCommand(before, { type: 'upsert', collection: 'rules', entity: rule });
    expect(after.rules[id]).toEqual(rule);
    expect(applyCommand(after, inverse).school).toEqual(before);
    expect(nextRuleId(after.rules, 1_700_000_000_000)).toBe('rule-1700000000000-2');
  });

  it('labels the change the way Undo shows it', () => {
    const names = schoolNames(school());
    expect(ruleSentence(apart, names)).toBe('Keep apart First000101 Last000101 and First000102 Last000102');
    expect(ruleSentence({ ...apart, kind: 'place-with-staff', studentIds: ['000101'], staffId: 'T1' }, names)).toBe('Place First000101 Last000101 with FirstT1 LastT1');
    expect(ruleSentence({ ...apart, studentIds: ['000101', '000102', '000103', '000104'] }, names)).toBe('Keep apart First000101 Last000101, First000102 Last000102 and 2 more');
  });

  it('offers adults who are not on leave, saying who advises a group', () => {
    const choices = staffChoices(school(), YEAR);
    expect(choices.map((c) => c.id)).toEqual(['T1', 'T2', 'T3']);
    expect(choices[0]?.label).toBe('FirstT1 LastT1 — advises Advisory G1');
    expect(choices[2]?.label).toBe('FirstT3 LastT3 — no group in 2026–27');
    expect(staffChoices(school(), YEAR, ['T4']).map((c) => c.id)).toContain('T4');
  });
});
