/**
 * After any change that moves a few students, brings the first moved student's chip into view. It
 * is there for Undo and Redo: in a virtual grid the student's card may not be in the page at all,
 * and the user would not see what changed. After a drop or the Move menu the chip is already on
 * screen, and a chip on screen is not scrolled (block: 'nearest'). Opening a scenario that differs
 * from the plan in a few students shows the first of them; a change that moves more than FEW (a
 * planner run, most scenarios) leaves the view where it is.
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
