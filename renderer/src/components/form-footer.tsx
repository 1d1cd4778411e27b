/** The end of a modal form: what stops the save (as an alert), Cancel, and the save button. */

interface Props {
  /** What is wrong, in plain words; null when nothing is. */
  readonly problem: string | null;
  readonly busy: boolean;
  /** "Save rule", "Save group". */
  readonly saveLabel: string;
  readonly onCancel: () => void;
}

export function FormFooter({ problem, busy, saveLabel, onCancel }: Props) {
  return (
    <>
      {problem && (
        // Brought into view: in a short window the message would otherwise sit below the fold.
        <p className="rule-problem" role="alert" ref={(el) => el?.scrollIntoView({ block: 'nearest' })}>
          {problem}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : saveLabel}
        </button>
      </div>
    </>
  );
}
