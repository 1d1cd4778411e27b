/** Values that cross the bridge: session state, events, results. */
import type { Command } from '../domain/commands';
import type { School } from '../domain/types';

export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
}

/** Whether the latest changes are on disk. */
export type StoreStatus =
  | { readonly state: 'saved'; readonly revision: number; readonly at: string }
  | { readonly state: 'error'; readonly message: string; readonly at: string }
  | { readonly state: 'read-only'; readonly message: string; readonly at: string };

/** Something the user must be told: a recovery, a dropped change, a moved-aside file. */
export interface Notice {
  readonly id: string;
  readonly level: 'info' | 'warning' | 'error';
  readonly title: string;
  readonly detail: string;
}

export interface SessionState {
  readonly school: School;
  readonly revision: number;
  readonly history: HistoryState;
  readonly status: StoreStatus;
  readonly notices: readonly Notice[];
}

export interface TaskProgress {
  readonly id: string;
  readonly title: string;
  readonly phase: 'running' | 'done' | 'failed' | 'cancelled';
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

export type MenuAction =
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'navigate'; readonly screen: ScreenId }
  | { readonly kind: 'new-school' }
  | { readonly kind: 'open' }
  | { readonly kind: 'save-copy' }
  | { readonly kind: 'import' };

export const screenIds = ['dashboard', 'students', 'staff', 'advisories', 'relationships', 'clubs', 'stipends', 'exports'] as const;
export type ScreenId = (typeof screenIds)[number];

export type AppEvent =
  | {
      readonly type: 'committed';
      readonly revision: number;
      readonly command: Command;
      readonly label: string;
      readonly history: HistoryState;
      readonly status: StoreStatus;
    }
  | { readonly type: 'replaced'; readonly session: SessionState }
  | { readonly type: 'status'; readonly status: StoreStatus }
  | { readonly type: 'notices'; readonly notices: readonly Notice[] }
  | { readonly type: 'task'; readonly task: TaskProgress }
  | { readonly type: 'menu'; readonly action: MenuAction };

export type ErrorCode = 'invalid-argument' | 'rejected' | 'storage' | 'cancelled' | 'busy' | 'internal';

/** Every invoke answers with this envelope, so errors keep their code and plain message. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: ErrorCode; readonly message: string } };

export interface CommitOutcome {
  readonly revision: number;
}

export type FileOutcome =
  | { readonly outcome: 'done'; readonly path: string }
  | { readonly outcome: 'cancelled' }
  | { readonly outcome: 'failed'; readonly message: string };

export interface UiPrefs {
  readonly theme: 'system' | 'light' | 'dark';
  readonly screen: ScreenId;
  /** The school year being viewed; null means the school's current year. */
  readonly viewYearId: string | null;
}
