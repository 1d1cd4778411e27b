/** Undo/redo stacks of committed commands and their inverses. Pure data, no I/O. */
import type { Command } from './commands';
import type { HistoryState } from '../ipc/types';

export interface HistoryEntry {
  readonly label: string;
  readonly forward: Command;
  readonly inverse: Command;
}

export interface History {
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
}

export const emptyHistory: History = { undo: [], redo: [] };

/** How many steps are kept; older ones fall off (their changes stay saved). */
export const HISTORY_LIMIT = 500;

/** Records a new change: it goes on the undo stack and clears redo. */
export function recordChange(history: History, entry: HistoryEntry, limit = HISTORY_LIMIT): History {
  const undo = [...history.undo, entry];
  return { undo: undo.length > limit ? undo.slice(undo.length - limit) : undo, redo: [] };
}

/** After the last change was undone (its inverse committed), moves it to redo. */
export function afterUndo(history: History, inverseOfInverse: Command): History {
  const last = history.undo[history.undo.length - 1];
  if (!last) return history;
  return { undo: history.undo.slice(0, -1), redo: [...history.redo, { ...last, forward: inverseOfInverse }] };
}

/** After the last undone change was redone, moves it back to undo with its fresh inverse. */
export function afterRedo(history: History, inverse: Command): History {
  const last = history.redo[history.redo.length - 1];
  if (!last) return history;
  return { undo: [...history.undo, { ...last, inverse }], redo: history.redo.slice(0, -1) };
}

/** What the toolbar shows. */
export function historyState(history: History): HistoryState {
  const u = history.undo[history.undo.length - 1];
  const r = history.redo[history.redo.length - 1];
  return { canUndo: !!u, canRedo: !!r, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
}
