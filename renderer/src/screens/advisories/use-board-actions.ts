/**
 * The board's actions, each ONE command through `commit` (undoable; the board changes only when
 * main confirms). Stable callbacks that read the latest school from refs, so memoised cards keep them.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { School } from '../../../../shared/domain/types';
import { useMutations } from '../../hooks/use-mutations';
import { moveStudents, setGroupLocked, setStudentsLocked, type BoardChange } from '../../lib/board/board-commands';
import type { BoardModel } from '../../lib/board/board-types';
import { movingIds } from '../../lib/board/board-view';
import { report } from '../../state/feedback-store';

export interface BoardActions {
  /** The students a drag from this chip carries (the selection when the chip is in it; never locked ones). */
  readonly carry: (chipId: string) => readonly string[];
  /** Moves students to a group (null: out of their group); resolves true once saved. */
  readonly move: (ids: readonly string[], target: string | null) => Promise<boolean>;
  readonly lockGroup: (groupId: string, locked: boolean) => void;
  readonly lockStudents: (ids: readonly string[], locked: boolean) => void;
}

/** Actions on the board of `school` in `yearId`. */
export function useBoardActions(school: School, yearId: SchoolYearId, model: BoardModel, selected: ReadonlySet<string>): BoardActions {
  const { commit } = useMutations();
  const latest = useRef({ school, yearId, model, selected });
  useLayoutEffect(() => {
    latest.current = { school, yearId, model, selected };
  }, [school, yearId, model, selected]);

  const run = useCallback(
    async (change: BoardChange | null, nothing: string): Promise<boolean> => {
      if (!change) {
        report('info', nothing);
        return false;
      }
      return commit(change.command, change.label);
    },
    [commit],
  );

  const carry = useCallback((chipId: string) => movingIds(chipId, latest.current.selected, latest.current.model), []);

  const move = useCallback(
    (ids: readonly string[], target: string | null) => {
      const { school: s, yearId: y } = latest.current;
      return run(moveStudents(s, y, ids, target), 'Nothing to move: those students are already there or locked.');
    },
    [run],
  );

  const lockGroup = useCallback(
    (groupId: string, locked: boolean) => {
      const { school: s, yearId: y } = latest.current;
      void run(setGroupLocked(s, y, groupId, locked), locked ? 'Every student of that group is already locked.' : 'No student of that group is locked.');
    },
    [run],
  );

  const lockStudents = useCallback(
    (ids: readonly string[], locked: boolean) => {
      const { school: s, yearId: y } = latest.current;
      void run(setStudentsLocked(s, y, ids, locked), locked ? 'Only placed, unlocked students can be locked.' : 'None of them is locked.');
    },
    [run],
  );

  return { carry, move, lockGroup, lockStudents };
}
