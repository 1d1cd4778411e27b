/** The latest message about a request (an error, or a note such as "Saved a copy to …"). */
import { useEffect } from 'react';
import { useStore } from '../hooks/use-store';
import { dismissMessage, feedbackStore } from '../state/feedback-store';

/** Notes fade after a while; errors stay until dismissed so nobody misses them. */
const INFO_VISIBLE_MS = 8000;

export function FeedbackToast() {
  const message = useStore(feedbackStore, (f) => f.message);
  useEffect(() => {
    if (message?.tone !== 'info') return undefined;
    const timer = window.setTimeout(() => dismissMessage(message.id), INFO_VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [message]);
  return (
    // Always in the page so screen readers announce a note the moment it appears.
    <div className="toast-region" aria-live="polite">
      {message && (
        <div className={`toast is-${message.tone}`} role={message.tone === 'error' ? 'alert' : undefined}>
          <p>{message.text}</p>
          <button type="button" onClick={() => dismissMessage(message.id)}>
            Dismiss message
          </button>
        </div>
      )}
    </div>
  );
}
