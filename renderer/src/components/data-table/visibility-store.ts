/**
 * Which columns each table shows, kept for the session in the renderer only (nothing is written to
 * disk or localStorage), so leaving the Students screen and coming back keeps the user's choice.
 */
import type { VisibilityState } from '@tanstack/react-table';
import { createStore } from '../../state/create-store';

export const columnVisibilityStore = createStore<Readonly<Record<string, VisibilityState>>>({});

/** Remembers one table's column visibility. */
export function setColumnVisibility(tableId: string, visibility: VisibilityState): void {
  columnVisibilityStore.set((all) => ({ ...all, [tableId]: visibility }));
}
