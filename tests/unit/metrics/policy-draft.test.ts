/** The policy settings' draft: validation messages, weight levels, defaults, and the command it makes. */
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../shared/domain/defaults';
import { applyCommand } from '../../../shared/domain/reducer';
import { schoolPolicySchema } from '../../../shared/domain/schema';
import { defaultDraft, levelOf, policyDraft, policyFromDraft, suggestedLoopYears, weightAt } from '../../../shared/metrics/policy-draft';
import { defaultWeights } from '../../../shared/planner/planner-defaults';
import { smallSchool } from '../helpers/school';

const base = policyDraft(defaultPolicy);
const withNumbers = (numbers: Partial<typeof base.numbers>) => ({ ...base, numbers: { ...base.numbers, ...numbers } });

describe('policy draft', () => {
  it('round-trips the default policy, leaving the planner weights out', () => {
    expect(policyFromDraft(base)).toEqual({ policy: defaultPolicy, errors: {} });
  });

  it('says what is wrong with each field', () => {
    expect(policyFromDraft(withNumbers({ targetMin: '16' }))).toEqual({
      policy: null,
      errors: { targetMax: 'The largest target size must be at least the smallest (16).' },
    });
  });

  it('checks the bands contain each other and the hard maximum', () => {
    const { errors } = policyFromDraft(withNumbers({ softMin: '13', softMax: '14', hardMax: '12' }));
    expect(errors.softMin).toBe('The soft band must hold the target band: make this 12 or less.');
    expect(errors.softMax).toBe('The soft band must hold the target band: make this 15 or more.');
    expect(errors.hardMax).toBe('The hard maximum must be at least the top of the soft band (14).');
    expect(policyFromDraft(withNumbers({ loopYears: 'four' })).errors.loopYears).toBe('Type a whole number from 1 to 6.');
    expect(policyFromDraft({ ...base, grades: [] }).errors.grades).toBe('Tick at least one grade.');
  });

  it('maps weight levels to integers around the planner default', () => {
    expect(weightAt('continuity', 0)).toBe(0);
    expect(weightAt('continuity', 2)).toBe(defaultWeights.continuity);
    expect(weightAt('continuity', 4)).toBe(defaultWeights.continuity * 4);
    expect(levelOf('mix', weightAt('mix', 3))).toBe(3);
    expect(levelOf('mix', 7)).toBeNull();
    const policy = policyFromDraft({ ...base, weights: { ...base.weights, mix: weightAt('mix', 4) } }).policy;
    expect(policy?.plannerWeights).toEqual({ ...defaultWeights, mix: defaultWeights.mix * 4 });
    expect(schoolPolicySchema.safeParse(policy).success).toBe(true);
  });

  it('suggests a 3-year loop for grades 6–8 and resets to the defaults keeping the grades', () => {
    expect(suggestedLoopYears(['06', '07', '08'])).toBe(3);
    expect(suggestedLoopYears(['08', '09'])).toBe(4);
    const reset = defaultDraft(['06', '07', '08']);
    expect(reset.numbers).toMatchObject({ targetMin: '12', targetMax: '15', loopYears: '3' });
    expect(reset.grades).toEqual(['06', '07', '08']);
  });

  it('is saved with one updateInfo command that undo takes back', () => {
    const school = smallSchool();
    const policy = policyFromDraft({ ...base, grouping: 'vertical', numbers: { ...base.numbers, hardMax: '22' } }).policy;
    expect(policy).not.toBeNull();
    if (!policy) return;
    const applied = applyCommand(school, { type: 'updateInfo', patch: { policy } });
    expect(applied.school.info.policy).toMatchObject({ grouping: 'vertical', hardMax: 22 });
    expect(applyCommand(applied.school, applied.inverse).school).toEqual(school);
  });
});
