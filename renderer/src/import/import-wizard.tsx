/**
 * File ▸ Import…: one wizard for every source. Choose a file or folder → (generic files: confirm
 * the column mapping) → preview what will change and every problem → Import, as one undoable
 * change. Nothing touches the school before Import; Cancel at any point leaves it as it was.
 */
import { useId, useState } from 'react';
import type { ColumnMapping } from '../../../shared/import/generic';
import type { ImportOutcome, ImportPreview, PreviewSettings } from '../../../shared/import/preview';
import { useStore } from '../hooks/use-store';
import { plural } from '../lib/format';
import { shortcutLabel } from '../lib/screens';
import { closeDialog, dialogStore } from '../state/dialog-store';
import { report } from '../state/feedback-store';
import { ChangeList } from './change-list';
import { ClassChoices } from './class-choices';
import type { Answer } from '../api/client';
import { applyImport, chooseSource, previewAgain } from './import-actions';
import { MappingStep } from './mapping-step';
import { PreviewSummary } from './preview-summary';
import { ProblemsTable } from './problems-table';
import { ReadingProgress } from './reading-progress';
import { useModalDialog } from '../hooks/use-modal-dialog';

type Stage =
  | { readonly step: 'choose'; readonly error: string | null }
  | { readonly step: 'reading'; readonly previous: ImportPreview | null }
  | { readonly step: 'preview'; readonly preview: ImportPreview; readonly error: string | null; readonly applying: boolean };

function ChooseStep({ error, onChoose }: { readonly error: string | null; readonly onChoose: (kind: 'file' | 'folder') => void }) {
  return (
    <div className="import-choose">
      <p>Bring in students, staff and advisories from your student information system. The app reads:</p>
      <ul>
        <li>
          <strong>OneRoster</strong> CSV 1.1 or 1.2 (a folder or a .zip, full or changes-only)
        </li>
        <li>
          <strong>Microsoft School Data Sync</strong> and <strong>Clever</strong> CSV sets (a folder or a .zip)
        </li>
        <li>
          <strong>Any CSV, TSV or Excel file</strong> of students or staff; you confirm which column is which once, and the app remembers it
        </li>
      </ul>
      <p className="hint">Nothing changes in the school until you have seen the preview and pressed Import.</p>
      {error && (
        <p role="alert" className="import-alert">
          {error}
        </p>
      )}
      <div className="dialog-buttons import-pick">
        <button type="button" className="primary" onClick={() => onChoose('file')}>
          Choose a file…
        </button>
        <button type="button" onClick={() => onChoose('folder')}>
          Choose a folder…
        </button>
      </div>
    </div>
  );
}

function ImportButtonNote({ preview }: { readonly preview: ImportPreview }) {
  const errors = preview.plan.diagnostics.filter((d) => d.level === 'error').length;
  if (errors > 0) {
    return (
      <p className="import-alert" role="status">
        {plural(errors, 'error')} must be fixed in the file before it can be imported. The school has not been changed.{' '}
        <button type="button" className="link" onClick={() => document.getElementById('import-problems-title')?.scrollIntoView({ block: 'start' })}>
          Show the problems
        </button>
      </p>
    );
  }
  if (!preview.plan.hasChanges) return <p role="status">The file has nothing new for the school.</p>;
  return (
    <p className="hint" role="status">
      {preview.plan.summary} One Undo ({shortcutLabel('Z')}) takes the whole import back.
    </p>
  );
}

function WizardBody() {
  const ref = useModalDialog();
  const titleId = useId();
  const [stage, setStage] = useState<Stage>({ step: 'choose', error: null });
  const [draft, setDraft] = useState<ColumnMapping | null>(null);

  function landed(answer: Answer<ImportOutcome>, previous: ImportPreview | null): void {
    const back = (error: string | null): Stage => (previous ? { step: 'preview', preview: previous, error, applying: false } : { step: 'choose', error });
    if (!answer.ok) return setStage(back(answer.message));
    const outcome = answer.value;
    if (outcome.outcome === 'cancelled') return setStage(back(null));
    if (outcome.outcome === 'failed') return setStage(back(outcome.message));
    setDraft(outcome.preview.settings.mapping ?? null);
    setStage({ step: 'preview', preview: outcome.preview, error: null, applying: false });
  }

  async function choose(kind: 'file' | 'folder'): Promise<void> {
    setStage({ step: 'reading', previous: null });
    landed(await chooseSource(kind), null);
  }

  async function again(preview: ImportPreview, change: Partial<PreviewSettings>): Promise<void> {
    setStage({ step: 'reading', previous: preview });
    landed(await previewAgain({ ...preview.settings, ...change }), preview);
  }

  async function apply(preview: ImportPreview): Promise<void> {
    setStage({ step: 'preview', preview, error: null, applying: true });
    const answer = await applyImport(preview.previewId);
    if (!answer.ok) return setStage({ step: 'preview', preview, error: answer.message, applying: false });
    closeDialog();
    report('info', `Imported ${preview.sourceName}. ${answer.value.summary} Undo (${shortcutLabel('Z')}) takes it back in one step.`);
  }

  const preview = stage.step === 'preview' ? stage.preview : stage.step === 'reading' ? stage.previous : null;
  const busy = stage.step === 'reading' || (stage.step === 'preview' && stage.applying);
  const mappingChanged = preview?.generic && draft && JSON.stringify(draft) !== JSON.stringify(preview.settings.mapping);

  return (
    <dialog ref={ref} className="dialog import-dialog" aria-labelledby={titleId} onCancel={(e) => (busy ? e.preventDefault() : closeDialog())}>
      <div className="import-body">
        <div className="import-head">
          <h2 id={titleId}>{preview ? `Import ${preview.sourceName}` : 'Import people and advisories'}</h2>
          {preview && (
            <p className="import-detected">
              <strong>Detected: {preview.formatLabel}.</strong> {/[.!?]$/.test(preview.reason) ? preview.reason : `${preview.reason}.`} Files read:{' '}
              {preview.tables.map((t) => `${t.file} (${plural(t.rows, 'row')})`).join(', ') || 'none'}.
            </p>
          )}
        </div>
        {stage.step === 'choose' && <ChooseStep error={stage.error} onChoose={(kind) => void choose(kind)} />}
        {stage.step === 'reading' && <ReadingProgress />}
        {stage.step === 'preview' && (
          <div className="import-preview">
            {stage.error && (
              <p role="alert" className="import-alert">
                {stage.error}
              </p>
            )}
            {preview?.generic && draft && (
              <section aria-label="Columns">
                <MappingStep header={preview.generic.header} sample={preview.generic.sample} mapping={draft} remembered={preview.generic.remembered} onChange={setDraft} />
                {mappingChanged && (
                  <div className="import-remap">
                    <button type="button" className="primary" onClick={() => void again(stage.preview, { mapping: draft })}>
                      Read the file with these columns
                    </button>
                    <span className="hint">The preview below still uses the previous columns.</span>
                  </div>
                )}
              </section>
            )}
            <ClassChoices
              choices={stage.preview.classChoices}
              extra={stage.preview.settings.extraAdvisoryKeys}
              not={stage.preview.settings.notAdvisoryKeys}
              disabled={busy}
              onChange={(extraAdvisoryKeys, notAdvisoryKeys) => void again(stage.preview, { extraAdvisoryKeys: [...extraAdvisoryKeys], notAdvisoryKeys: [...notAdvisoryKeys] })}
            />
            {stage.preview.mode === 'full' ? (
              <label className="import-option">
                <input
                  type="checkbox"
                  checked={stage.preview.settings.markMissingAsLeft}
                  disabled={busy}
                  onChange={(e) => void again(stage.preview, { markMissingAsLeft: e.currentTarget.checked })}
                />
                This file lists everyone: mark students and staff who are not in it as left (they are kept, never deleted)
              </label>
            ) : (
              <p className="hint">This is a changes-only (delta) export: people who are not in it stay as they are.</p>
            )}
            <PreviewSummary plan={stage.preview.plan} />
            <ProblemsTable diagnostics={stage.preview.plan.diagnostics} />
            <ChangeList changes={stage.preview.plan.changes} total={stage.preview.plan.changesTotal} />
          </div>
        )}
      </div>
      <div className="dialog-buttons import-foot">
        {stage.step === 'preview' && <ImportButtonNote preview={stage.preview} />}
        {stage.step === 'preview' && stage.error?.includes('Check again') && (
          <button type="button" onClick={() => void again(stage.preview, {})}>
            Check again
          </button>
        )}
        {preview && stage.step === 'preview' && (
          <button type="button" disabled={busy} onClick={() => setStage({ step: 'choose', error: null })}>
            Choose another file
          </button>
        )}
        <button type="button" disabled={busy} onClick={closeDialog}>
          Cancel
        </button>
        {stage.step === 'preview' && (
          <button
            type="button"
            className="primary"
            disabled={busy || stage.preview.plan.blocked || !stage.preview.plan.hasChanges || !!mappingChanged}
            onClick={() => void apply(stage.preview)}
          >
            {stage.applying ? 'Importing…' : 'Import'}
          </button>
        )}
      </div>
    </dialog>
  );
}

/** Mounted only while open, so each import starts from the first step. */
export function ImportWizard() {
  const open = useStore(dialogStore) === 'import';
  return open ? <WizardBody /> : null;
}
