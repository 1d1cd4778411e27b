/**
 * Asks for the school's name and leaves the demo for an empty real school. A native modal
 * <dialog> gives focus trapping, Escape to close and the dialog role without extra code. It is
 * mounted only while open, so its "School name" field never shadows another one on the page.
 */
import { useId, useState, type FormEvent } from 'react';
import { useMutations } from '../hooks/use-mutations';
import { setScreen } from '../hooks/use-ui-prefs';
import { useStore } from '../hooks/use-store';
import { shortcutLabel } from '../lib/screens';
import { closeDialog, dialogStore } from '../state/dialog-store';
import { useModalDialog } from '../hooks/use-modal-dialog';

function DialogBody() {
  const ref = useModalDialog();
  const titleId = useId();
  const inputId = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const { startRealSchool } = useMutations();

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    // No form submission: the CSP forbids form actions, and main does the work.
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    const ok = await startRealSchool(trimmed);
    setBusy(false);
    if (ok) {
      closeDialog();
      setScreen('dashboard');
    }
  }

  return (
    // Escape closes a modal dialog natively; 'close' then tells the store.
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={closeDialog}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>Start a real school</h2>
        <p>The app switches to an empty school with this name, ready for your own students and staff.</p>
        <p>
          The demo school is not thrown away: it stays in the backups, and Undo ({shortcutLabel('Z')}) brings it back if you
          change your mind.
        </p>
        <div className="field">
          <label htmlFor={inputId}>School name</label>
          <input
            id={inputId}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={200}
            autoComplete="off"
            placeholder="e.g. Lincoln High School"
          />
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !name.trim()}>
            {busy ? 'Creating…' : 'Create school'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

export function StartRealSchoolDialog() {
  const open = useStore(dialogStore) === 'start-real-school';
  return open ? <DialogBody /> : null;
}
