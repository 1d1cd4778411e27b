/** One saved scenario: its name and years, and Compare / Make this the plan / Rename / Delete. */
import { useId, useState } from 'react';
import { formatMoment, schoolYearLabel } from '../../../../shared/domain/dates';
import type { Scenario, School } from '../../../../shared/domain/types';
import { deleteScenarioCommand, makePlanCommand, renameScenarioCommand } from '../../../../shared/metrics/scenarios';
import { useMutations } from '../../hooks/use-mutations';
import { countStart, plural } from '../../lib/format';

type Mode = 'idle' | 'rename' | 'confirm-plan' | 'confirm-delete';

interface Props {
  readonly school: School;
  readonly scenario: Scenario;
  readonly comparing: boolean;
  readonly onCompare: () => void;
  /** True while this scenario is open on the board. */
  readonly isOpen: boolean;
  /** Opens the scenario on the board. */
  readonly onOpen: () => void;
  /** Closes it on the board (after it is made the plan or deleted). */
  readonly onLeave: () => void;
  /** Starts with the "Make this the plan" step showing (asked for from the board's banner). */
  readonly confirmPlan: boolean;
}

function yearsText(scenario: Scenario): string {
  const years = Object.keys(scenario.placements).sort();
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return 'no school years';
  return first === last ? schoolYearLabel(first) : `${schoolYearLabel(first)} to ${schoolYearLabel(last)}`;
}

/** "3 placements and the advisors of 1 group", leaving out a part that is zero. */
function changeWords(placements: number, groups: number): string {
  const parts = [placements > 0 ? plural(placements, 'placement') : '', groups > 0 ? `the advisors of ${plural(groups, 'group')}` : ''].filter(Boolean);
  return parts.join(' and ');
}

/** A scenario's row; each action is one command with its own Undo label. */
export function ScenarioRow({ school, scenario, comparing, onCompare, isOpen, onOpen, onLeave, confirmPlan }: Props) {
  const { commit } = useMutations();
  const [mode, setMode] = useState<Mode>(confirmPlan ? 'confirm-plan' : 'idle');
  const [name, setName] = useState(scenario.name);
  const nameId = useId();
  const trimmed = name.trim();
  const nameError = trimmed === '' ? 'Give the scenario a name.' : trimmed.length > 200 ? 'Keep the name under 200 characters.' : undefined;
  const made = mode === 'confirm-plan' ? makePlanCommand(school, scenario) : null;
  const changes = made ? made.placementsChanged + made.groupsChanged : 0;

  async function rename(): Promise<void> {
    if (nameError) return;
    if (await commit(renameScenarioCommand(scenario, trimmed), `Rename scenario “${scenario.name}”`)) setMode('idle');
  }

  async function makePlan(): Promise<void> {
    if (!made || changes === 0) return;
    if (await commit(made.command, `Make scenario “${scenario.name}” the plan`)) {
      setMode('idle');
      onLeave();
    }
  }

  async function remove(): Promise<void> {
    if (await commit(deleteScenarioCommand(scenario), `Delete scenario “${scenario.name}”`)) onLeave();
  }

  return (
    <li className="scenario-row" aria-label={scenario.name}>
      <div className="scenario-row-head">
        <div>
          <strong>{scenario.name}</strong>
          <span className="muted">
            {' '}
            · {yearsText(scenario)} · saved {formatMoment(scenario.createdAt)}
          </span>
        </div>
        <div className="scenario-actions">
          <button type="button" aria-current={isOpen ? 'true' : undefined} title={isOpen ? 'This scenario is open on the board.' : undefined} onClick={onOpen}>
            Open on the board
          </button>
          <button type="button" aria-pressed={comparing} onClick={onCompare}>
            {comparing ? 'Comparing' : 'Compare'}
          </button>
          <button type="button" onClick={() => setMode('confirm-plan')}>
            Make this the plan…
          </button>
          <button type="button" onClick={() => {
              setName(scenario.name);
              setMode('rename');
            }}>
            Rename…
          </button>
          <button type="button" onClick={() => setMode('confirm-delete')}>
            Delete…
          </button>
        </div>
      </div>
      {mode === 'rename' && (
        <form className="inline-form" onSubmit={(e) => {
            e.preventDefault();
            void rename();
          }}>
          <div className={`field${nameError ? ' has-error' : ''}`}>
            <label htmlFor={nameId}>New name</label>
            <input id={nameId} value={name} maxLength={200} aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? `${nameId}-msg` : undefined} onChange={(e) => setName(e.currentTarget.value)} />
            {nameError && (
              <p id={`${nameId}-msg`} className="field-error">
                {nameError}
              </p>
            )}
          </div>
          <div className="inline-form-buttons">
            <button type="submit" className="primary" disabled={nameError !== undefined}>
              Save name
            </button>
            <button type="button" onClick={() => setMode('idle')}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {made && (
        <div className="scenario-confirm" role="group" aria-label="Make this the plan">
          <p>
            {changes === 0
              ? 'The plan already matches this scenario: there is nothing to change.'
              : `This changes ${changeWords(made.placementsChanged, made.groupsChanged)} in ${yearsText(scenario)}. One Undo takes it back.`}
            {made.skipped > 0 && ` ${countStart(made.skipped, 'student or group', 'students or groups')} the school no longer has will be left out.`}
          </p>
          <div className="inline-form-buttons">
            {changes > 0 && (
              <button type="button" className="primary" onClick={() => void makePlan()}>
                Make it the plan
              </button>
            )}
            <button type="button" onClick={() => setMode('idle')}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {mode === 'confirm-delete' && (
        <div className="scenario-confirm" role="group" aria-label="Delete scenario">
          <p>Delete “{scenario.name}”? The plan is not changed, and Undo brings the scenario back.</p>
          <div className="inline-form-buttons">
            <button type="button" className="danger" onClick={() => void remove()}>
              Delete scenario
            </button>
            <button type="button" onClick={() => setMode('idle')}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
