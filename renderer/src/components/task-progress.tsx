/** Long tasks main runs (imports, planning) with a progress bar and a way to stop them. */
import type { TaskProgress } from '../../../shared/ipc/types';
import { call, messageOf } from '../api/client';
import { formatCount } from '../lib/format';
import { useStore } from '../hooks/use-store';
import { report } from '../state/feedback-store';
import { taskStore } from '../state/task-store';

const endings: Readonly<Record<Exclude<TaskProgress['phase'], 'running'>, string>> = {
  done: 'finished',
  failed: 'failed',
  cancelled: 'cancelled',
};

function cancel(task: TaskProgress): void {
  call('cancelTask', task.id).catch((error: unknown) => report('error', `“${task.title}” could not be stopped: ${messageOf(error)}`));
}

function TaskRow({ task }: { readonly task: TaskProgress }) {
  const total = Math.max(task.total, 0);
  const done = Math.min(Math.max(task.done, 0), total);
  const running = task.phase === 'running';
  // An ended task's bar is full only when it finished; a failed one says why, the others need no more words.
  const filled = task.phase === 'running' || task.phase === 'done';
  const detail = running ? `${formatCount(done)} of ${formatCount(total)}${task.message ? ` · ${task.message}` : ''}` : task.phase === 'failed' && task.message ? `failed: ${task.message}` : endings[task.phase];
  return (
    <div className="task">
      <span className="task-title">{task.title}</span>
      <div
        role="progressbar"
        aria-label={task.title}
        title={task.title}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${formatCount(done)} of ${formatCount(total)}`}
        className="task-bar"
      >
        <div className="task-bar-fill" style={{ width: filled && total > 0 ? `${(done / total) * 100}%` : '0%' }} />
      </div>
      <span className="status-detail">{detail}</span>
      {running && (
        <button type="button" onClick={() => cancel(task)}>
          Cancel
        </button>
      )}
    </div>
  );
}

export function TaskProgressList() {
  const tasks = useStore(taskStore);
  if (tasks.length === 0) return null;
  return (
    <div className="tasks">
      {tasks.map((task) => (
        <TaskRow key={task.id} task={task} />
      ))}
    </div>
  );
}
