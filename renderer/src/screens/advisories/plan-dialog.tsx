/**
 * "Plan this year…": check, then plan the viewed year in a worker (progress, Stop), read the
 * result — continuity, sizes, mix, every finding and every move with why — and apply it as one
 * undoable change. Nothing changes before Apply.
 */
import { useId, useState } from 'react';
import { schoolYearId, schoolYearLabel, schoolYearStart } from '../../../../shared/domain/dates';
import type { PlanPreview } from '../../../../shared/planner/planner-preview';
import { InlineTaskProgress } from '../../components/inline-task-progress';
import { useSchool } from '../../hooks/use-school';
import { formatCount } from '../../lib/format';
import { shortcutLabel } from '../../lib/screens';
import { report } from '../../state/feedback-store';
import { applyPlan, runPlanner } from './plan-actions';
import { FeasibilityList, FindingsList, MovesTable } from './plan-findings';
import { useModalDialog } from '../../hooks/use-modal-dialog';

type Stage = { readonly step: 'ask' | 'running'; readonly error: string | null; readonly stopped?: boolean } | { readonly step: 'preview'; readonly preview: PlanPreview; readonly error: string | null; readonly applying: boolean };

interface Props {
  readonly yearId: string;
  readonly onClose: () => void;
}

/** The objective's parts in the words of the policy panel. */
function ObjectiveSummary({ preview }: { readonly preview: PlanPreview }) {
  const r = preview.result;
  if (!r) return null;
  return (
    <div className="import-cards">
      <div className="card import-card" role="group" aria-label="Plan result">
        <h4>The plan</h4>
        <dl>
          <dt>Students Apply places or moves</dt>
          <dd>{formatCount(preview.changed)}</dd>
          <dt>Returning students who keep their advisor</dt>
          <dd>{r.stats.continuityPercent.toFixed(1)}%</dd>
          <dt>Largest distance from the target size</dt>
          <dd>{formatCount(r.stats.maxSizeDeviation)}</dd>
          <dt>Hard rules broken</dt>
          <dd>{formatCount(r.hardViolations)}</dd>
          <dt>Could not be placed</dt>
          <dd>{formatCount(r.unplaced.length)}</dd>
        </dl>
      </div>
      <div className="card import-card" role="group" aria-label="Cost by goal">
        <h4>Cost by goal (lower is better)</h4>
        <dl>
          <dt>Continuity</dt>
          <dd>{formatCount(r.objective.continuity)}</dd>
          <dt>Group sizes</dt>
          <dd>{formatCount(r.objective.size)}</dd>
          <dt>Mix</dt>
          <dd>{formatCount(r.objective.mix)}</dd>
          <dt>Soft rules</dt>
          <dd>{formatCount(r.objective.rules)}</dd>
          <dt>Connected adults</dt>
          <dd>{formatCount(r.objective.relationship)}</dd>
        </dl>
      </div>
    </div>
  );
}

/** The later years of a multi-year plan, one line each. */
function LaterYears({ preview }: { readonly preview: PlanPreview }) {
  return (
    <section aria-labelledby="plan-later-title">
      <h3 id="plan-later-title">The years after it</h3>
      <table className="import-table" aria-label="Later years">
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Placements set or changed</th>
            <th scope="col">Keep their advisor</th>
            <th scope="col">Could not be placed</th>
            <th scope="col">Hard rules broken</th>
          </tr>
        </thead>
        <tbody>
          {preview.laterYears.map((y) => (
            <tr key={y.yearId}>
              <th scope="row">{schoolYearLabel(y.yearId)}</th>
              <td>{formatCount(y.changed)}</td>
              <td>{y.stats.continuityPercent.toFixed(1)}%</td>
              <td>{formatCount(y.unplaced.length)}</td>
              <td>{formatCount(y.hardViolations)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.laterYears.some((y) => y.unplaced.length > 0) && (
        <p className="hint">
          Students who cannot be placed in a later year have no open group that year (usually the incoming class, whose groups do not exist yet). Roll over to that
          year to create their groups with free adults.
        </p>
      )}
    </section>
  );
}

/** The dialog; mounted only while open. */
export function PlanDialog({ yearId, onClose }: Props) {
  const ref = useModalDialog();
  const titleId = useId();
  const school = useSchool();
  const year = schoolYearLabel(yearId);
  const lastYear = schoolYearLabel(schoolYearId(schoolYearStart(yearId) - 1));
  const placed = Object.keys(school.placements[yearId] ?? {}).length;
  const [mode, setMode] = useState<'fresh' | 'replan'>(placed > 0 ? 'replan' : 'fresh');
  const laterYears = Object.keys(school.years).filter((y) => y > yearId).sort();
  const [span, setSpan] = useState<'year' | 'following'>('year');
  const [stage, setStage] = useState<Stage>({ step: 'ask', error: null });

  async function plan(): Promise<void> {
    setStage({ step: 'running', error: null });
    const answer = await runPlanner(yearId, mode, 1, span);
    if (!answer.ok) return setStage({ step: 'ask', error: answer.message });
    const outcome = answer.value;
    if (outcome.outcome === 'cancelled') return setStage({ step: 'ask', error: null, stopped: true });
    if (outcome.outcome === 'failed') return setStage({ step: 'ask', error: outcome.message });
    setStage({ step: 'preview', preview: outcome.preview, error: null, applying: false });
  }

  async function apply(preview: PlanPreview): Promise<void> {
    setStage({ step: 'preview', preview, error: null, applying: true });
    const answer = await applyPlan(preview.previewId);
    if (!answer.ok) return setStage({ step: 'preview', preview, error: answer.message, applying: false });
    onClose();
    report('info', `${answer.value.summary} Undo (${shortcutLabel('Z')}) takes the whole plan back.`);
  }

  const busy = stage.step === 'running' || (stage.step === 'preview' && stage.applying);
  const preview = stage.step === 'preview' ? stage.preview : null;
  return (
    <dialog ref={ref} className="dialog import-dialog" aria-labelledby={titleId} onCancel={(e) => (busy ? e.preventDefault() : onClose())}>
      <div className="import-body">
        <h2 id={titleId}>Plan {year}</h2>
        {stage.error && (
          <p role="alert" className="import-alert">
            {stage.error}
          </p>
        )}
        {stage.step === 'ask' && stage.stopped && (
          <p className="hint" role="status">
            Planning stopped. Nothing in the school changed.
          </p>
        )}
        {stage.step === 'ask' && (
          <fieldset className="plan-mode">
            <legend>How to plan</legend>
            <label>
              <input type="radio" name="mode" checked={mode === 'replan'} onChange={() => setMode('replan')} disabled={placed === 0} /> Keep what is fine and move as few
              students as possible ({formatCount(placed)} placed now)
            </label>
            <label>
              <input type="radio" name="mode" checked={mode === 'fresh'} onChange={() => setMode('fresh')} /> Plan the whole year again (locked students and hard rules are kept;
              returning students stay with their advisor first)
            </label>
            {laterYears.length > 0 && (
              <label>
                <input type="checkbox" checked={span === 'following'} onChange={(e) => setSpan(e.currentTarget.checked ? 'following' : 'year')} /> Also plan{' '}
                {laterYears.map(schoolYearLabel).join(', ')} after it, each year keeping the students of the year before (the multi-year plan)
              </label>
            )}
          </fieldset>
        )}
        {stage.step === 'running' && <InlineTaskProgress label="Planning" stopText="Stop planning" note="Nothing changes in the school until you press Apply." />}
        {preview && (
          <div className="import-preview">
            <FeasibilityList problems={preview.feasibility} />
            <ObjectiveSummary preview={preview} />
            {preview.laterYears.length > 0 && <LaterYears preview={preview} />}
            {preview.result && <FindingsList findings={preview.result.findings} />}
            {preview.result &&
              (preview.mode === 'fresh' ? (
                <MovesTable
                  school={school}
                  moves={preview.result.moves}
                  caption={`Students not in the group they had in ${lastYear}, and why`}
                  fromHeader={`In ${lastYear}`}
                  toHeader={`In ${year}`}
                />
              ) : (
                <MovesTable school={school} moves={preview.result.moves} caption="Students the re-plan moves, and why" fromHeader="Now" toHeader="After the plan" />
              ))}
          </div>
        )}
      </div>
      <div className="dialog-buttons import-foot">
        {preview?.result && (
          <p className="hint">
            {preview.changed > 0 ? `Apply sets ${formatCount(preview.changed)} placements${preview.laterYears.length > 0 ? ` in ${year} and the years after it` : ` in ${year}`} as one change.` : 'The plan changes nothing.'}
          </p>
        )}
        <button type="button" disabled={busy} onClick={onClose}>
          {preview ? 'Close without applying' : 'Cancel'}
        </button>
        {stage.step === 'ask' && (
          <button type="button" className="primary" onClick={() => void plan()}>
            Plan {year}
          </button>
        )}
        {preview && (
          <button type="button" className="primary" disabled={busy || !preview.result || preview.changed === 0} onClick={() => void apply(preview)}>
            {stage.step === 'preview' && stage.applying ? 'Applying…' : 'Apply the plan'}
          </button>
        )}
      </div>
    </dialog>
  );
}
