/**
 * Whether the school is safely on disk, in one line at the bottom of the window. The role="status"
 * element holds only the sentence ("All changes saved", "Saving…", "Not saved: …"); details sit
 * beside it so the sentence stays exact.
 */
import type { StoreStatus } from '../../../shared/ipc/types';
import { assertNever } from '../../../shared/domain/ids';
import { formatMoment } from '../../../shared/domain/dates';
import { useRevision, useSaveStatus } from '../hooks/use-school';
import { useStore } from '../hooks/use-store';
import { feedbackStore } from '../state/feedback-store';

/** The sentence for a save status; `pending` is true while a change waits for main. */
export function statusSentence(status: StoreStatus, pending: boolean): string {
  if (pending) return 'Saving…';
  switch (status.state) {
    case 'saved':
      return 'All changes saved';
    case 'error':
      return `Not saved: ${status.message}`;
    case 'read-only':
      return `Read-only, changes cannot be saved: ${status.message}`;
    default:
      return assertNever(status, 'save status');
  }
}

export function StatusLine() {
  const status = useSaveStatus();
  const revision = useRevision();
  const pending = useStore(feedbackStore, (f) => f.pending > 0);
  return (
    <>
      {/* Only the sentence inside role="status": tests and screen readers read it exactly. */}
      <p role="status" className={`status-line${pending ? ' is-busy' : ''}`}>
        {statusSentence(status, pending)}
      </p>
      {!pending && status.state === 'saved' && revision > 0 && (
        <span className="status-detail" title={`Checked ${formatMoment(status.at)}`}>
          · change {revision}
        </span>
      )}
    </>
  );
}
