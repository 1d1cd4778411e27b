/**
 * After a change that moves a few students — an Undo, a Redo — brings the first moved student's
 * chip into view: in a virtual grid their card may not be in the page at all, and the user would
 * not see what changed. A change that moves many (a planner run, another scenario) leaves the view
 * where it is, and a chip already on screen is not scrolled (block: 'nearest').
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { BoardModel } from '../../lib/board/board-types';
import { movedStudents } from '../../lib/board/board-view';
import type { CardGridHandle } from './card-grid';

/** More moved students than this is a re-deal, not a change to show. */
const FEW = 5;
/** Frames to wait for a revealed card to be rendered. */
const FRAMES = 10;

function showChip(id: string): boolean {
  const chip = document.querySelector(`[data-chip="${CSS.escape(id)}"]`);
  chip?.scrollIntoView({ block: 'nearest' });
  return !!chip;
}

export function useRevealMoves(model: BoardModel, grid: RefObject<CardGridHandle | null>): void {
  const last = useRef(model);
  useEffect(() => {
    const before = last.current;
    last.current = model;
    if (before === model || before.yearId !== model.yearId) return;
    // The first who sits in a group now (the Unplaced column is always on screen).
    const id = movedStudents(before, model, FEW)?.find((s) => model.groupOf.has(s));
    const groupId = id ? model.groupOf.get(id) : undefined;
    if (!id || !groupId) return;
    // After the frame that shows the change: a drop's stats are painted first, and scrolling (which
    // needs the layout) does not delay them.
    let frames = 0;
    let handle = 0;
    const retry = (): void => {
      if (!showChip(id) && ++frames < FRAMES) handle = requestAnimationFrame(retry);
    };
    const start = (): void => {
      if (showChip(id)) return;
      grid.current?.reveal(groupId);
      handle = requestAnimationFrame(retry);
    };
    handle = requestAnimationFrame(() => (handle = requestAnimationFrame(start)));
    return () => cancelAnimationFrame(handle);
  }, [model, grid]);
}
