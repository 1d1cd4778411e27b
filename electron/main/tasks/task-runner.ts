/** Runs a task in a worker thread with progress events and cancel (worker termination). */
import { Worker } from 'node:worker_threads';
import type { TaskProgress } from '../../../shared/ipc/types';
import type { TaskInput, WorkerMessage } from './task-protocol';

export class TaskCancelled extends Error {
  override readonly name = 'TaskCancelled';
}

export interface RunningTask<T> {
  readonly id: string;
  readonly result: Promise<T>;
  cancel(): void;
}

let counter = 0;

/** Starts `input` in a new worker from `workerFile`; `onProgress` receives throttled progress. */
export function startTask<T>(workerFile: string, title: string, input: TaskInput, onProgress: (p: TaskProgress) => void): RunningTask<T> {
  const id = `task-${++counter}`;
  const worker = new Worker(workerFile, { workerData: input });
  let settled = false;
  let cancelled = false;
  let lastSent = 0;
  const report = (phase: TaskProgress['phase'], done: number, total: number, message: string): void => {
    const now = Date.now();
    // At most ~20 progress events a second; phase changes always go through.
    if (phase === 'running' && now - lastSent < 50 && done < total) return;
    lastSent = now;
    onProgress({ id, title, phase, done, total, message });
  };
  const result = new Promise<T>((resolve, reject) => {
    report('running', 0, 1, 'Starting');
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') report('running', message.done, message.total, message.message);
      else if (message.type === 'result') {
        settled = true;
        report('done', 1, 1, 'Done');
        resolve(message.value as T);
        void worker.terminate();
      } else {
        settled = true;
        report('failed', 1, 1, message.message);
        reject(new Error(message.message));
        void worker.terminate();
      }
    });
    worker.on('error', (error) => {
      if (settled) return;
      settled = true;
      report('failed', 1, 1, error.message);
      reject(error);
    });
    worker.on('exit', () => {
      if (settled) return;
      settled = true;
      report(cancelled ? 'cancelled' : 'failed', 1, 1, cancelled ? 'Cancelled' : 'The task stopped unexpectedly.');
      reject(cancelled ? new TaskCancelled('Cancelled.') : new Error('The task stopped unexpectedly.'));
    });
  });
  return {
    id,
    result,
    cancel: () => {
      if (settled) return;
      cancelled = true;
      void worker.terminate();
    },
  };
}
