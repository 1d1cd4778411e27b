/**
 * The running task, inside a modal dialog (which covers the status bar's task list): title,
 * phase, a progress bar and a Stop button. Used by the import wizard and the planner dialogs.
 */
import { call } from '../api/client';
import { useStore } from '../hooks/use-store';
import { formatCount } from '../lib/format';
import { taskStore } from '../state/task-store';

interface Props {
  /** The progress bar's accessible name, e.g. "Reading the import". */
  readonly label: string;
  /** The Stop button's text, e.g. "Stop reading". */
  readonly stopText: string;
  /** Shown under the bar: what stopping or waiting means for the school. */
  readonly note: string;
  /** Progress totals above this are bytes and shown in MB. */
  readonly bytesOver?: number;
}

const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

export function InlineTaskProgress({ label, stopText, note, bytesOver = Infinity }: Props) {
  const task = useStore(taskStore).find((t) => t.phase === 'running');
  if (!task) {
    return (
      <p className="inline-task" aria-busy="true">
        Starting…
      </p>
    );
  }
  const total = Math.max(task.total, 1);
  const done = Math.min(Math.max(task.done, 0), total);
  const bytes = task.total > bytesOver;
  const amount = bytes ? `${mb(done)} of ${mb(total)}` : `${Math.round((done / total) * 100)}%`;
  return (
    <div className="inline-task">
      <p>
        <strong>{task.title}</strong> — {task.message}
      </p>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={bytes ? amount : `${formatCount(done)} of ${formatCount(total)}`} className="task-bar">
        <div className="task-bar-fill" style={{ width: `${(done / total) * 100}%` }} />
      </div>
      <p className="hint">
        {amount}. {note}
      </p>
      <div>
        <button type="button" onClick={() => void call('cancelTask', task.id).catch(() => undefined)}>
          {stopText}
        </button>
      </div>
    </div>
  );
}
