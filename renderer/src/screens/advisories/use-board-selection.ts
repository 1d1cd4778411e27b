/**
 * The board's selection: which chips are picked, with Ctrl/Cmd (toggle) and Shift (range within
 * one card) as in a file manager. `press` is stable, so memoised cards keep it as a prop.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { BoardModel } from '../../lib/board/board-types';
import type { PressMode } from './student-chip';

export interface BoardSelection {
  readonly selected: ReadonlySet<string>;
  readonly press: (chipId: string, mode: PressMode) => void;
  readonly clear: () => void;
}

function listOf(model: BoardModel, studentId: string): readonly string[] {
  const groupId = model.groupOf.get(studentId);
  const list = groupId ? model.groups.find((g) => g.id === groupId)?.members : model.unplaced;
  return (list ?? []).map((s) => s.id);
}

/** The selection after pressing `chipId` in `mode`, with the new range anchor. */
function pressed(current: ReadonlySet<string>, anchor: string | null, chipId: string, mode: PressMode, model: BoardModel): ReadonlySet<string> {
  if (mode === 'range' && anchor && anchor !== chipId) {
    const list = listOf(model, chipId);
    const a = list.indexOf(anchor);
    const b = list.indexOf(chipId);
    if (a >= 0 && b >= 0) return new Set([...current, ...list.slice(Math.min(a, b), Math.max(a, b) + 1)]);
  }
  if (mode === 'only') return current.size === 1 && current.has(chipId) ? new Set() : new Set([chipId]);
  const next = new Set(current);
  if (next.has(chipId)) next.delete(chipId);
  else next.add(chipId);
  return next;
}

/** Selection state for the board built as `model`. */
export function useBoardSelection(model: BoardModel): BoardSelection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  // Event handlers read the latest values from refs so `press` never changes identity.
  const selectedRef = useRef(selected);
  const anchor = useRef<string | null>(null);
  const modelRef = useRef(model);
  useLayoutEffect(() => {
    modelRef.current = model;
  }, [model]);

  const press = useCallback((chipId: string, mode: PressMode) => {
    const next = pressed(selectedRef.current, anchor.current, chipId, mode, modelRef.current);
    if (mode !== 'range') anchor.current = chipId;
    selectedRef.current = next;
    setSelected(next);
  }, []);

  const clear = useCallback(() => {
    anchor.current = null;
    selectedRef.current = new Set();
    setSelected(selectedRef.current);
  }, []);

  return { selected, press, clear };
}
