/** The read in progress, inside the wizard (the modal dialog covers the status bar's task list). */
import { useStore } from '../hooks/use-store';
import { formatCount } from '../lib/format';
import { taskStore } from '../state/task-store';
import { cancelRead } from './import-actions';

/** Megabytes with one decimal, for a progress line people can read. */
function mb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export function ReadingProgress() {
  const task = useStore(taskStore).find((t) => t.phase === 'running');
  if (!task) {
    return (
      <p className="import-reading" aria-busy="true">
        Waiting for the file…
      </p>
    );
  }
  const total = Math.max(task.total, 1);
  const done = Math.min(Math.max(task.done, 0), total);
  const bytes = task.total > 10_000;
  return (
    <div className="import-reading">
      <p>
        <strong>{task.title}</strong> — {task.message}
      </p>
      <div
        role="progressbar"
        aria-label="Reading the import"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={bytes ? `${mb(done)} of ${mb(total)}` : `${formatCount(done)} of ${formatCount(total)}`}
        className="task-bar"
      >
        <div className="task-bar-fill" style={{ width: `${(done / total) * 100}%` }} />
      </div>
      <p className="hint">{bytes ? `${mb(done)} of ${mb(total)}` : `${Math.round((done / total) * 100)}%`}. Nothing changes in the school until you press Import.</p>
      <div>
        <button type="button" onClick={() => void cancelRead(task.id)}>
          Stop reading
        </button>
      </div>
    </div>
  );
}
