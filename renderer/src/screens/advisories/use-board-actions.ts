/**
 * The board's actions, each ONE command through `commit` (undoable; the board changes only when
 * main confirms). Stable callbacks that read the latest school from refs, so memoised cards keep them.
 * While a scenario is open, each action is one upsert of the scenario instead of plan placements.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Scenario, School } from '../../../../shared/domain/types';
import { useMutations } from '../../hooks/use-mutations';
import { moveStudents, setGroupLocked, setStudentsLocked, type BoardChange } from '../../lib/board/board-commands';
import type { BoardModel } from '../../lib/board/board-types';
import { movingIds } from '../../lib/board/board-view';
import { lockGroupInScenarioChange, lockInScenarioChange, moveInScenarioChange } from '../../lib/board/scenario-board-commands';
import { report } from '../../state/feedback-store';

export interface BoardActions {
  /** The students a drag from this chip carries (the selection when the chip is in it; never locked ones). */
  readonly carry: (chipId: string) => readonly string[];
  /** Moves students to a group (null: out of their group); resolves true once saved. */
  readonly move: (ids: readonly string[], target: string | null) => Promise<boolean>;
  readonly lockGroup: (groupId: string, locked: boolean) => void;
  readonly lockStudents: (ids: readonly string[], locked: boolean) => void;
}

/** Actions on the board of `school` in `yearId`; with `scenario`, `school` is the scenario's view and edits go to the scenario. */
export function useBoardActions(school: School, yearId: SchoolYearId, model: BoardModel, selected: ReadonlySet<string>, scenario?: Scenario): BoardActions {
  const { commit } = useMutations();
  const latest = useRef({ school, yearId, model, selected, scenario });
  useLayoutEffect(() => {
    latest.current = { school, yearId, model, selected, scenario };
  }, [school, yearId, model, selected, scenario]);

  const run = useCallback(
    async (change: BoardChange | null, nothing: string): Promise<boolean> => {
      if (!change) {
        const sc = latest.current.scenario;
        report('info', sc && !sc.placements[latest.current.yearId] ? `The scenario “${sc.name}” does not cover this school year.` : nothing);
        return false;
      }
      return commit(change.command, change.label);
    },
    [commit],
  );

  const carry = useCallback((chipId: string) => movingIds(chipId, latest.current.selected, latest.current.model), []);

  const move = useCallback(
    (ids: readonly string[], target: string | null) => {
      const { school: s, yearId: y, scenario: sc } = latest.current;
      const change = sc ? moveInScenarioChange(s, sc, y, ids, target) : moveStudents(s, y, ids, target);
      return run(change, 'Nothing to move: those students are already there or locked.');
    },
    [run],
  );

  const lockGroup = useCallback(
    (groupId: string, locked: boolean) => {
      const { school: s, yearId: y, scenario: sc } = latest.current;
      const change = sc ? lockGroupInScenarioChange(s, sc, y, groupId, locked) : setGroupLocked(s, y, groupId, locked);
      void run(change, locked ? 'Every student of that group is already locked.' : 'No student of that group is locked.');
    },
    [run],
  );

  const lockStudents = useCallback(
    (ids: readonly string[], locked: boolean) => {
      const { school: s, yearId: y, scenario: sc } = latest.current;
      const change = sc ? lockInScenarioChange(s, sc, y, ids, locked) : setStudentsLocked(s, y, ids, locked);
      void run(change, locked ? 'Only placed, unlocked students can be locked.' : 'None of them is locked.');
    },
    [run],
  );

  return { carry, move, lockGroup, lockStudents };
}
