/** Runs tasks in worker threads with progress events and cancel (worker termination); a pool keeps one worker warm. */
import { Worker } from 'node:worker_threads';
import type { TaskProgress } from '../../../shared/ipc/types';
import type { School } from '../../../shared/domain/types';
import { diffSchool } from '../../../shared/store/school-patch';
import type { MainMessage, TaskInput, WorkerMessage } from './task-protocol';

export class TaskCancelled extends Error {
  override readonly name = 'TaskCancelled';
}

export interface RunningTask<T> {
  readonly id: string;
  readonly result: Promise<T>;
  cancel(): void;
}

let counter = 0;
/** Above this many changed entries the school goes whole (a patch that big saves little). */
const PATCH_LIMIT = 5_000;

/**
 * Runs tasks in worker threads and keeps one worker alive between tasks. Starting a worker and
 * loading its bundle takes ~350 ms on a 2-core machine, more than a re-plan of a 4,000-student
 * school itself (bench/planner-bench.ts), so a finished worker waits for the next task. Cancel
 * terminates the worker (a task needs no cooperative checks), and the next task starts a new one.
 * An idle worker is unref'd: it never keeps the app or a test process alive.
 */
export class TaskPool {
  private idle: Worker | null = null;
  private closed = false;
  /** The school each worker holds (from its last task), for sending the next as a patch. */
  private readonly held = new WeakMap<Worker, School>();
  private readonly ready = new WeakMap<Worker, Promise<void>>();

  constructor(private readonly workerFile: string) {}

  /**
   * Starts a worker now, so the first task does not wait for it; resolves once it has loaded.
   * Given the school, the worker keeps a copy, so even the first plan is sent as a patch, and warms
   * the planner up on it with a few throwaway re-plans (resolves once those are done; a task sent
   * meanwhile cuts them short and is not held up by more than one).
   */
  warm(school?: School): Promise<void> {
    if (this.closed) return Promise.resolve();
    const worker = this.idle ?? this.spawn();
    this.idle = worker;
    if (!school) return this.ready.get(worker) ?? Promise.resolve();
    const warmed = new Promise<void>((resolve) => {
      const onMessage = (reply: WorkerMessage): void => {
        if (reply.type !== 'warmed') return;
        worker.off('message', onMessage);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('exit', () => resolve());
    });
    worker.postMessage({ type: 'hold', school } satisfies MainMessage);
    this.held.set(worker, school);
    return warmed;
  }

  /** Starts `input` in the waiting worker (or a new one); `onProgress` receives throttled progress. */
  start<T>(title: string, input: TaskInput, onProgress: (p: TaskProgress) => void): RunningTask<T> {
    const worker = this.idle ?? this.spawn();
    this.idle = null;
    const message = this.messageFor(worker, input);
    return runOn<T>(worker, title, message, onProgress, (healthy) => {
      if (healthy && !this.closed && !this.idle) {
        worker.unref();
        this.idle = worker;
      } else void worker.terminate();
    });
  }

  /** The task as a message: with the school whole, or as the changes since the school the worker holds. */
  private messageFor(worker: Worker, input: TaskInput): MainMessage {
    if (!('school' in input)) return { type: 'run', input };
    const held = this.held.get(worker);
    this.held.set(worker, input.school);
    const patch = held ? diffSchool(held, input.school, PATCH_LIMIT) : null;
    if (!patch) return { type: 'run', input };
    const { school: _sent, ...rest } = input;
    return { type: 'run-patched', input: rest, patch };
  }

  /** Stops the waiting worker; tasks still running are the caller's to cancel. */
  close(): void {
    this.closed = true;
    void this.idle?.terminate();
    this.idle = null;
  }

  private spawn(): Worker {
    const worker = new Worker(this.workerFile);
    worker.unref();
    // A worker that dies while waiting is dropped; the next task starts a fresh one.
    const drop = (): void => {
      if (this.idle === worker) this.idle = null;
    };
    worker.on('exit', drop);
    worker.on('error', drop);
    this.ready.set(
      worker,
      new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.once('exit', () => resolve());
      }),
    );
    return worker;
  }
}

/** Runs one task on `worker`; `release(healthy)` is called once it settles (healthy: the worker can take another). */
function runOn<T>(worker: Worker, title: string, message: MainMessage, onProgress: (p: TaskProgress) => void, release: (healthy: boolean) => void): RunningTask<T> {
  const id = `task-${++counter}`;
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
    const finish = (healthy: boolean): void => {
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      release(healthy);
    };
    const onMessage = (reply: WorkerMessage): void => {
      if (reply.type === 'ready' || reply.type === 'warmed') return;
      if (reply.type === 'progress') report('running', reply.done, reply.total, reply.message);
      else if (reply.type === 'result') {
        finish(true);
        report('done', 1, 1, 'Done');
        resolve(reply.value as T);
      } else {
        // A failed task may leave the worker's school unknown: the pool drops that worker.
        finish(message.type === 'run' && !('school' in message.input));
        report('failed', 1, 1, reply.message);
        reject(new Error(reply.message));
      }
    };
    const onError = (error: Error): void => {
      if (settled) return;
      finish(false);
      report('failed', 1, 1, error.message);
      reject(error);
    };
    const onExit = (): void => {
      if (settled) return;
      finish(false);
      report(cancelled ? 'cancelled' : 'failed', 1, 1, cancelled ? 'Cancelled' : 'The task stopped unexpectedly.');
      reject(cancelled ? new TaskCancelled('Cancelled.') : new Error('The task stopped unexpectedly.'));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.ref();
    report('running', 0, 1, 'Starting');
    worker.postMessage(message);
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
