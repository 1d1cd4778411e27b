/**
 * Named scenarios of the advisory plan: save the plan as one, compare one with the plan for the
 * viewed year, make one the plan, rename, delete, and open one on the board to try things in it.
 */
import { useId, useState } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { School } from '../../../../shared/domain/types';
import { nextScenarioId, saveScenarioCommand, scenarioFromPlan } from '../../../../shared/metrics/scenarios';
import { useMutations } from '../../hooks/use-mutations';
import { ScenarioComparison } from './scenarios-panel-compare';
import { ScenarioRow } from './scenarios-panel-row';

interface Props {
  readonly school: School;
  /** The viewed year: a new scenario copies the plan from this year on, and comparisons are for it. */
  readonly yearId: string;
  /** The scenario open on the board, if any. */
  readonly openId: string | null;
  /** Opens a scenario on the board (null: back to the plan). */
  readonly onOpen: (id: string | null) => void;
  /** What the board's banner asked for: compare the scenario, or make it the plan. */
  readonly focus: ScenarioFocus | null;
}

/** A request from the board's banner to show one scenario's comparison or its "Make this the plan" step. */
export interface ScenarioFocus {
  readonly id: string;
  readonly action: 'compare' | 'plan';
}

/** The scenarios list with "Save the plan as a scenario…". */
export function ScenariosPanel({ school, yearId, openId, onOpen, focus }: Props) {
  const { commit } = useMutations();
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const [comparing, setComparing] = useState<string | null>(focus?.id ?? null);
  const nameId = useId();
  const scenarios = Object.values(school.scenarios).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
  const trimmed = name.trim();
  const taken = scenarios.some((s) => s.name.toLowerCase() === trimmed.toLowerCase());
  const nameError = trimmed === '' ? 'Give the scenario a name.' : taken ? 'A scenario has this name already; choose another.' : undefined;
  const compared = comparing ? school.scenarios[comparing] : undefined;

  async function save(): Promise<void> {
    setTried(true);
    if (nameError) return;
    const scenario = scenarioFromPlan(school, { id: nextScenarioId(school), name: trimmed, createdAt: new Date().toISOString(), fromYearId: yearId });
    if (await commit(saveScenarioCommand(scenario), `Save scenario “${scenario.name}”`)) {
      setSaving(false);
      setName('');
      setTried(false);
    }
  }

  return (
    <section className="advisory-panel scenarios-panel" aria-label="Scenarios">
      <div className="scenarios-head">
        <h2>Scenarios</h2>
        {!saving && (
          <button type="button" className="primary" onClick={() => setSaving(true)}>
            Save the plan as a scenario…
          </button>
        )}
      </div>
      <p className="muted">A scenario is a named copy of the plan from {schoolYearLabel(yearId)} on: placements and advisors. The plan is not changed until you make a scenario the plan.</p>
      {saving && (
        <form className="inline-form" aria-label="Save the plan as a scenario" onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}>
          <div className={`field${tried && nameError ? ' has-error' : ''}`}>
            <label htmlFor={nameId}>Scenario name</label>
            <input
              id={nameId}
              value={name}
              maxLength={200}
              autoFocus
              aria-invalid={tried && nameError ? true : undefined}
              aria-describedby={tried && nameError ? `${nameId}-msg` : undefined}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            {tried && nameError && (
              <p id={`${nameId}-msg`} className="field-error">
                {nameError}
              </p>
            )}
          </div>
          <div className="inline-form-buttons">
            <button type="submit" className="primary">
              Save scenario
            </button>
            <button type="button" onClick={() => {
                setSaving(false);
                setTried(false);
              }}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {scenarios.length === 0 ? (
        <p>No scenarios yet.</p>
      ) : (
        <ul className="scenario-list" aria-label="Saved scenarios">
          {scenarios.map((s) => (
            <ScenarioRow
              key={s.id}
              school={school}
              scenario={s}
              comparing={comparing === s.id}
              onCompare={() => setComparing((c) => (c === s.id ? null : s.id))}
              isOpen={openId === s.id}
              onOpen={() => onOpen(s.id)}
              onLeave={() => openId === s.id && onOpen(null)}
              confirmPlan={focus?.action === 'plan' && focus.id === s.id}
            />
          ))}
        </ul>
      )}
      {compared && <ScenarioComparison school={school} scenario={compared} yearId={yearId} onClose={() => setComparing(null)} />}
    </section>
  );
}
