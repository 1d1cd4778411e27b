/**
 * "Roll over to next year…": graduates leave, orphan groups move intact to a free adult, the
 * incoming class gets groups, and new students are placed with the fewest moves. The diff is read
 * before anything changes ("38 new students placed, 2 groups get a new advisor, 5 returning
 * students move — here is why each moves"), then applied as one undoable change.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { RolloverPreview } from '../../../../shared/planner/rollover-preview-types';
import { InlineTaskProgress } from '../../components/inline-task-progress';
import { useSchool } from '../../hooks/use-school';
import { shortcutLabel } from '../../lib/screens';
import { report } from '../../state/feedback-store';
import { applyPlan, runRollover } from './plan-actions';
import { FeasibilityList, FindingsList, MovesTable } from './plan-findings';

type Stage = { readonly step: 'running'; readonly error: null } | { readonly step: 'failed'; readonly error: string } | { readonly step: 'preview'; readonly preview: RolloverPreview; readonly error: string | null; readonly applying: boolean };

interface Props {
  readonly fromYearId: string;
  readonly toYearId: string;
  readonly onClose: () => void;
}

function AdvisorChanges({ preview }: { readonly preview: RolloverPreview }) {
  const school = useSchool();
  const name = (id: string | null): string => (id ? `${school.staff[id]?.firstName ?? ''} ${school.staff[id]?.lastName ?? id}`.trim() : 'nobody');
  if (preview.advisorChanges.length === 0 && preview.newGroups.length === 0) return null;
  return (
    <section aria-labelledby="rollover-advisors-title">
      <h3 id="rollover-advisors-title">Advisors</h3>
      <div className="import-table-wrap">
        <table className="import-table" aria-label="Advisor changes">
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Advisor now</th>
              <th scope="col">Advisor next year</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {preview.advisorChanges.map((c) => (
              <tr key={c.groupId}>
                <td>{c.groupName}</td>
                <td>{name(c.from.lead)}</td>
                <td>{name(c.to.lead)}</td>
                <td>{c.reason}</td>
              </tr>
            ))}
            {preview.newGroups.map((g) => (
              <tr key={g.groupId}>
                <td>{g.name}</td>
                <td>— (new group)</td>
                <td>{name(g.lead)}</td>
                <td>{g.classOf ? `New group for the class of ${g.classOf}` : 'New group: more seats were needed'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The dialog; mounted only while open. It starts the rollover at once. */
export function RolloverDialog({ fromYearId, toYearId, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const school = useSchool();
  const [stage, setStage] = useState<Stage>({ step: 'running', error: null });
  const to = schoolYearLabel(toYearId);

  useEffect(() => {
    const opener = document.activeElement;
    ref.current?.showModal();
    let live = true;
    void runRollover(fromYearId, toYearId, 1).then((answer) => {
      if (!live) return;
      if (!answer.ok) return setStage({ step: 'failed', error: answer.message });
      const outcome = answer.value;
      if (outcome.outcome === 'cancelled') return onClose();
      if (outcome.outcome === 'failed') return setStage({ step: 'failed', error: outcome.message });
      setStage({ step: 'preview', preview: outcome.preview, error: null, applying: false });
    });
    return () => {
      live = false;
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [fromYearId, toYearId, onClose]);

  async function apply(preview: RolloverPreview): Promise<void> {
    setStage({ step: 'preview', preview, error: null, applying: true });
    const answer = await applyPlan(preview.previewId);
    if (!answer.ok) return setStage({ step: 'preview', preview, error: answer.message, applying: false });
    onClose();
    report('info', `${answer.value.summary} Undo (${shortcutLabel('Z')}) takes the whole rollover back.`);
  }

  const preview = stage.step === 'preview' ? stage.preview : null;
  const busy = stage.step === 'running' || (stage.step === 'preview' && stage.applying);
  return (
    <dialog ref={ref} className="dialog import-dialog" aria-labelledby={titleId} onCancel={(e) => (busy ? e.preventDefault() : onClose())}>
      <div className="import-body">
        <h2 id={titleId}>
          Roll over from {schoolYearLabel(fromYearId)} to {to}
        </h2>
        {stage.error && (
          <p role="alert" className="import-alert">
            {stage.error}
          </p>
        )}
        {stage.step === 'running' && <InlineTaskProgress label="Rolling over" stopText="Stop" note="Nothing changes in the school until you press Apply." />}
        {preview && (
          <div className="import-preview">
            <p className="rollover-summary">
              <strong>{preview.summary}</strong>
            </p>
            <FeasibilityList problems={preview.feasibility} blocking={false} />
            <AdvisorChanges preview={preview} />
            <MovesTable school={school} moves={preview.moves} caption="Returning students who move, and why" fromHeader={`In ${schoolYearLabel(fromYearId)}`} toHeader={`In ${to}`} />
            {preview.plan && <FindingsList findings={preview.plan.findings} />}
          </div>
        )}
      </div>
      <div className="dialog-buttons import-foot">
        <button type="button" disabled={busy} onClick={onClose}>
          {preview ? 'Close without applying' : 'Cancel'}
        </button>
        {preview && (
          <button type="button" className="primary" disabled={busy || preview.changes === 0} onClick={() => void apply(preview)}>
            {stage.step === 'preview' && stage.applying ? 'Applying…' : `Apply the rollover to ${to}`}
          </button>
        )}
      </div>
    </dialog>
  );
}
