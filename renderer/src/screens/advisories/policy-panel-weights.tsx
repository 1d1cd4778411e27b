/** The planner's five weights in plain words: "How much it matters that…", each a select of levels. */
import { useId } from 'react';
import type { PlannerWeights } from '../../../../shared/planner/planner-types';
import { levelOf, weightAt, weightKeys, weightLevels, type WeightKey } from '../../../../shared/metrics/policy-draft';

const weightWords: Readonly<Record<WeightKey, string>> = {
  continuity: 'students keep their advisor',
  size: 'groups are near the target size',
  mix: 'each group’s mix is like the school’s',
  rules: 'soft rules are kept',
  relationship: 'students with no connected adult are placed with an adult who knows them',
};

function WeightSelect({ weightKey, value, onChange }: { readonly weightKey: WeightKey; readonly value: number; readonly onChange: (value: number) => void }) {
  const id = useId();
  const level = levelOf(weightKey, value);
  return (
    <div className="field policy-weight">
      <label htmlFor={id}>…{weightWords[weightKey]}</label>
      <select id={id} value={level === null ? 'custom' : String(level)} onChange={(e) => onChange(weightAt(weightKey, Number(e.currentTarget.value)))}>
        {level === null && <option value="custom">Set elsewhere ({value})</option>}
        {weightLevels.map((l, i) => (
          <option key={l.label} value={String(i)}>
            {l.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The weights fieldset; the planner balances these against each other when it builds groups. */
export function PolicyWeights({ weights, onChange }: { readonly weights: PlannerWeights; readonly onChange: (weights: PlannerWeights) => void }) {
  return (
    <fieldset className="policy-weights">
      <legend>How much it matters that…</legend>
      {weightKeys.map((k) => (
        <WeightSelect key={k} weightKey={k} value={weights[k]} onChange={(v) => onChange({ ...weights, [k]: v })} />
      ))}
      <p className="hint">“Moderately” is what the planner suggests: keeping students with their advisor weighs most, then soft rules, then relationships, size and mix.</p>
    </fieldset>
  );
}
