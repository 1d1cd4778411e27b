/** Messages between main and a task worker thread. */
import type { School } from '../../../shared/domain/types';
import type { PatchOp } from '../../../shared/store/school-patch';
import type { ReadImportRequest } from '../../../shared/import/read-import';
import type { PlanRequest } from '../../../shared/planner/planner-types';

export type TaskInput =
  | { readonly kind: 'read-school-file'; readonly path: string }
  /** Reads a picked import file, folder or zip and runs its format's reader. */
  | { readonly kind: 'read-import'; readonly path: string; readonly request: ReadImportRequest }
  /** Checks and plans one school year. */
  | { readonly kind: 'plan-year'; readonly school: School; readonly request: PlanRequest; readonly laterYearIds: readonly string[] }
  /** Prepares the rollover from one year to the next. */
  | { readonly kind: 'rollover'; readonly school: School; readonly fromYearId: string; readonly toYearId: string; readonly seed: number };

export type TaskKind = TaskInput['kind'];

/** The inputs that carry the school. */
type Schooled = Extract<TaskInput, { readonly school: School }>;
type WithoutSchool<T> = T extends unknown ? Omit<T, 'school'> : never;

/**
 * What main sends a worker: one task to run (a worker runs one at a time, then waits for the
 * next). A worker keeps the school of its last task; 'run-patched' brings that copy up to date
 * with the changes since (see shared/store/school-patch.ts) instead of sending it again.
 */
export type MainMessage =
  /** Keep this school for the tasks to come, and warm the planner up on it (sent once, when the worker is warmed). */
  | { readonly type: 'hold'; readonly school: School }
  | { readonly type: 'run'; readonly input: TaskInput }
  | { readonly type: 'run-patched'; readonly input: WithoutSchool<Schooled>; readonly patch: readonly PatchOp[] };

export type WorkerMessage =
  /** Sent once, when the worker has loaded and listens for tasks. */
  | { readonly type: 'ready' }
  /** Sent once after 'hold': the warm-up re-plans are done (or a task cut them short). */
  | { readonly type: 'warmed' }
  | { readonly type: 'progress'; readonly done: number; readonly total: number; readonly message: string }
  | { readonly type: 'result'; readonly value: unknown }
  | { readonly type: 'error'; readonly message: string };
