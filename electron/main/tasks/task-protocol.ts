/** Messages between main and a task worker thread. */
import type { ReadImportRequest } from '../../../shared/import/read-import';

export type TaskInput =
  | { readonly kind: 'read-school-file'; readonly path: string }
  /** Reads a picked import file, folder or zip and runs its format's reader. */
  | { readonly kind: 'read-import'; readonly path: string; readonly request: ReadImportRequest };

export type TaskKind = TaskInput['kind'];

export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number; readonly message: string }
  | { readonly type: 'result'; readonly value: unknown }
  | { readonly type: 'error'; readonly message: string };
