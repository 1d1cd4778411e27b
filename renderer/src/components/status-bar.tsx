/** The bottom bar: save status, running tasks, and the latest message. */
import { useSaveStatus } from '../hooks/use-school';
import { useStore } from '../hooks/use-store';
import { feedbackStore } from '../state/feedback-store';
import { FeedbackToast } from './feedback-toast';
import { StatusLine } from './status-line';
import { TaskProgressList } from './task-progress';

export function StatusBar() {
  const status = useSaveStatus();
  const pending = useStore(feedbackStore, (f) => f.pending > 0);
  const failed = !pending && status.state !== 'saved';
  return (
    <footer className={`status-bar${failed ? ' is-error' : ''}`}>
      <StatusLine />
      <TaskProgressList />
      <FeedbackToast />
    </footer>
  );
}
