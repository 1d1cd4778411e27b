/**
 * The school's advisory policy: grouping, grades, sizes, loop length, co-advisors and the
 * planner's weights. Saved as ONE updateInfo command labelled "Change advisory policy".
 */
import { useState } from 'react';
import type { Grade, School } from '../../../../shared/domain/types';
import { defaultDraft, isMiddleSchool, policyDraft, policyFromDraft, suggestedLoopYears, type NumberField, type PolicyDraft, type PolicyField } from '../../../../shared/metrics/policy-draft';
import { CheckField, TextField } from '../../components/person-form/fields';
import { useMutations } from '../../hooks/use-mutations';
import { PolicyWeights } from './policy-panel-weights';

const grades: readonly Grade[] = ['06', '07', '08', '09', '10', '11', '12'];

const groupings = [
  { value: 'grade-cohort', label: 'Grade-level cohort groups', text: 'A group enters together and loops with the same adult until its class leaves.' },
  { value: 'vertical', label: 'Vertical mixed-grade groups', text: 'Each group mixes grades: seniors leave and new students join every year.' },
] as const;

/** The policy settings form for `school.info.policy`. */
export function PolicyPanel({ school }: { readonly school: School }) {
  const { commit } = useMutations();
  const stored = school.info.policy;
  const [seen, setSeen] = useState(stored);
  const [draft, setDraft] = useState<PolicyDraft>(() => policyDraft(stored));
  const [busy, setBusy] = useState(false);
  // A policy changed elsewhere (Undo, another window's save) replaces the form's values.
  if (seen !== stored) {
    setSeen(stored);
    setDraft(policyDraft(stored));
  }
  const { policy, errors } = policyFromDraft(draft);
  const dirty = JSON.stringify(draft) !== JSON.stringify(policyDraft(stored));
  const errorOf = (field: PolicyField): string | undefined => errors[field];
  const number = (field: NumberField) => ({ value: draft.numbers[field], error: errorOf(field), onChange: (v: string) => setDraft((d) => ({ ...d, numbers: { ...d.numbers, [field]: v } })) });
  const suggested = suggestedLoopYears(draft.grades);
  const loopHint = isMiddleSchool(draft.grades) && draft.numbers.loopYears.trim() !== String(suggested);

  function toggleGrade(grade: Grade, on: boolean): void {
    setDraft((d) => ({ ...d, grades: grades.filter((g) => (g === grade ? on : d.grades.includes(g))) }));
  }

  async function save(): Promise<void> {
    if (!policy || busy || !dirty) return;
    setBusy(true);
    await commit({ type: 'updateInfo', patch: { policy } }, 'Change advisory policy');
    setBusy(false);
  }

  return (
    <section className="advisory-panel policy-panel" aria-label="Advisory policy">
      <h2>Advisory policy</h2>
      <form
        className="policy-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="policy-grouping">
          <legend>How groups are made</legend>
          {groupings.map((g) => (
            <label key={g.value} className="policy-radio">
              <input type="radio" name="grouping" value={g.value} checked={draft.grouping === g.value} onChange={() => setDraft((d) => ({ ...d, grouping: g.value }))} />
              <span>
                <strong>{g.label}</strong>
                <span className="hint">{g.text}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className={`checks policy-grades${errors.grades ? ' has-error' : ''}`} aria-describedby={errors.grades ? 'policy-grades-msg' : undefined}>
          <legend>Grades served</legend>
          {grades.map((g) => (
            <CheckField key={g} label={`Grade ${g}`} checked={draft.grades.includes(g)} onChange={(on) => toggleGrade(g, on)} />
          ))}
          {errors.grades && (
            <p id="policy-grades-msg" className="field-error">
              {errors.grades}
            </p>
          )}
        </fieldset>
        <fieldset className="policy-sizes">
          <legend>Group size</legend>
          <div className="field-pair">
            <TextField label="Target size, smallest" inputMode="numeric" maxLength={3} {...number('targetMin')} />
            <TextField label="Target size, largest" inputMode="numeric" maxLength={3} {...number('targetMax')} />
          </div>
          <div className="field-pair">
            <TextField label="Soft band, smallest" inputMode="numeric" maxLength={3} hint="Below this a group is too small." {...number('softMin')} />
            <TextField label="Soft band, largest" inputMode="numeric" maxLength={3} hint="Above this a group is too large." {...number('softMax')} />
          </div>
          <TextField label="Hard maximum" inputMode="numeric" maxLength={3} hint="No group is ever larger than this." {...number('hardMax')} />
        </fieldset>
        <fieldset className="policy-loop">
          <legend>Looping</legend>
          <TextField label="Loop length in years" inputMode="numeric" maxLength={1} hint="How many years a group stays with the same adult." {...number('loopYears')} />
          {loopHint && (
            <p className="policy-suggestion">
              Middle schools (grades 6–8) usually loop for 3 years.{' '}
              <button type="button" className="link-button" onClick={() => setDraft((d) => ({ ...d, numbers: { ...d.numbers, loopYears: String(suggested) } }))}>
                Use 3 years
              </button>
            </p>
          )}
          <CheckField label="Co-advisors allowed (a second adult per group)" checked={draft.coAdvisorsAllowed} onChange={(on) => setDraft((d) => ({ ...d, coAdvisorsAllowed: on }))} />
        </fieldset>
        <PolicyWeights weights={draft.weights} onChange={(weights) => setDraft((d) => ({ ...d, weights }))} />
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={!policy || busy || !dirty}>
            {busy ? 'Saving…' : 'Save policy'}
          </button>
          {dirty && (
            <button type="button" onClick={() => setDraft(policyDraft(stored))}>
              Discard changes
            </button>
          )}
          <button type="button" onClick={() => setDraft(defaultDraft(draft.grades))}>
            Reset to defaults
          </button>
          {!policy && <p className="field-error">Fix the fields marked above, then save again.</p>}
        </div>
      </form>
    </section>
  );
}
