/** The school's name as the page title, with an inline form to rename it (one undoable change). */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutations } from '../hooks/use-mutations';
import { useSchool } from '../hooks/use-school';

export function RenameSchool() {
  const school = useSchool();
  const { commit } = useMutations();
  const inputId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const editing = draft !== null;
  const wasEditing = useRef(false);

  // Opening puts the cursor in the field with the name selected; closing returns focus to the button.
  useEffect(() => {
    if (editing) inputRef.current?.select();
    else if (wasEditing.current) buttonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const name = (draft ?? '').trim();
    if (!name || busy) return;
    if (name === school.info.name) {
      setDraft(null);
      return;
    }
    setBusy(true);
    const ok = await commit({ type: 'updateInfo', patch: { name } }, 'Rename school');
    setBusy(false);
    // On failure the form stays open with the typed name; the status bar says what went wrong.
    if (ok) setDraft(null);
  }

  if (draft === null) {
    return (
      <div className="school-title">
        <h1>{school.info.name}</h1>
        <button type="button" ref={buttonRef} onClick={() => setDraft(school.info.name)}>
          Rename school
        </button>
      </div>
    );
  }
  return (
    <form className="school-title rename-form" onSubmit={(e) => void save(e)}>
      <label htmlFor={inputId}>School name</label>
      <input
        id={inputId}
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDraft(null);
        }}
        maxLength={200}
        required
        ref={inputRef}
      />
      <button type="submit" className="primary" disabled={busy || !draft.trim()}>
        {busy ? 'Saving…' : 'Save'}
      </button>
      <button type="button" onClick={() => setDraft(null)}>
        Cancel
      </button>
    </form>
  );
}
