/**
 * Multi-select over TanStack's RowSelectionState (id → true), as pure functions: a click toggles
 * one row, Shift-click selects the range from the anchor in the order shown, "Select all N shown".
 */
import type { RowSelectionState } from '@tanstack/react-table';

/** Selects or unselects one id. */
export function toggleId(selection: RowSelectionState, id: string): RowSelectionState {
  if (selection[id]) {
    const { [id]: _dropped, ...rest } = selection;
    return rest;
  }
  return { ...selection, [id]: true };
}

/**
 * Adds every id between the anchor and the target (both included) in the order shown. Without an
 * anchor in view, it behaves as a toggle of the target.
 */
export function selectRange(selection: RowSelectionState, orderedIds: readonly string[], anchorId: string | null, targetId: string): RowSelectionState {
  const from = anchorId === null ? -1 : orderedIds.indexOf(anchorId);
  const to = orderedIds.indexOf(targetId);
  if (from < 0 || to < 0) return toggleId(selection, targetId);
  const next: RowSelectionState = { ...selection };
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) next[orderedIds[i] as string] = true;
  return next;
}

/** Selects all the ids shown, or, when all are already selected, unselects them. */
export function toggleAllShown(selection: RowSelectionState, shownIds: readonly string[]): RowSelectionState {
  const allSelected = shownIds.length > 0 && shownIds.every((id) => selection[id]);
  const next: RowSelectionState = { ...selection };
  for (const id of shownIds) {
    if (allSelected) delete next[id];
    else next[id] = true;
  }
  return next;
}

/** How many of the shown ids are selected. */
export function countShownSelected(selection: RowSelectionState, shownIds: readonly string[]): number {
  let n = 0;
  for (const id of shownIds) if (selection[id]) n++;
  return n;
}

/** The selected items among `items`, in their order. */
export function selectedOf<T extends { readonly id: string }>(selection: RowSelectionState, items: readonly T[]): T[] {
  return items.filter((item) => selection[item.id] === true);
}
