/** Long tasks main is running (imports, planning), as reported by 'task' events. */
import type { TaskProgress } from '../../../shared/ipc/types';
import { createStore } from './create-store';

export const taskStore = createStore<readonly TaskProgress[]>([]);

/** How long a finished task stays on screen so people can read how it ended. */
const FINISHED_VISIBLE_MS = 6000;

/** Records a progress report; finished tasks disappear after a few seconds. */
export function receiveTask(task: TaskProgress): void {
  taskStore.set((tasks) => (tasks.some((t) => t.id === task.id) ? tasks.map((t) => (t.id === task.id ? task : t)) : [...tasks, task]));
  if (task.phase !== 'running') {
    window.setTimeout(() => {
      taskStore.set((tasks) => tasks.filter((t) => !(t.id === task.id && t.phase !== 'running')));
    }, FINISHED_VISIBLE_MS);
  }
}
