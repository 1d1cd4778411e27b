/** Messages between main and a task worker thread. */
export type TaskKind = 'read-school-file';

export interface TaskInput {
  readonly kind: TaskKind;
  readonly path: string;
}

export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number; readonly message: string }
  | { readonly type: 'result'; readonly value: unknown }
  | { readonly type: 'error'; readonly message: string };
