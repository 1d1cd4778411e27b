/** Messages between main and a task worker thread. */
import type { School } from '../../../shared/domain/types';
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

export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number; readonly message: string }
  | { readonly type: 'result'; readonly value: unknown }
  | { readonly type: 'error'; readonly message: string };
