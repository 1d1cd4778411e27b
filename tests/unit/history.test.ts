/** Undo/redo stacks: order, the step limit, labels, and a real undo/redo cycle through the reducer. */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/domain/commands';
import { afterRedo, afterUndo, emptyHistory, HISTORY_LIMIT, historyState, recordChange, type History, type HistoryEntry } from '../../shared/domain/history';
import { applyCommand } from '../../shared/domain/reducer';
import type { School } from '../../shared/domain/types';
import { deepFreeze, placement, smallSchool, student, YEAR } from './helpers/school';

function entry(n: number): HistoryEntry {
  return {
    label: `Change ${n}`,
    forward: { type: 'updateInfo', patch: { name: `Name ${n}` } },
    inverse: { type: 'updateInfo', patch: { name: `Name ${n - 1}` } },
  };
}

function recordMany(count: number, limit?: number): History {
  let history = emptyHistory;
  for (let n = 1; n <= count; n++) history = limit === undefined ? recordChange(history, entry(n)) : recordChange(history, entry(n), limit);
  return history;
}

describe('history stacks', () => {
  it('starts empty: nothing to undo or redo, no labels', () => {
    expect(historyState(emptyHistory)).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
  });

  it('a recorded change goes on the undo stack with its label', () => {
    const history = recordMany(3);
    expect(history.undo.map((e) => e.label)).toEqual(['Change 1', 'Change 2', 'Change 3']);
    expect(history.redo).toEqual([]);
    expect(historyState(history)).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Change 3', redoLabel: null });
  });

  it('undo moves the last change to redo with the forward command it is given', () => {
    const history = recordMany(3);
    const redoCommand: Command = { type: 'updateInfo', patch: { name: 'redo me' } };
    const undone = afterUndo(history, redoCommand);
    expect(undone.undo.map((e) => e.label)).toEqual(['Change 1', 'Change 2']);
    expect(undone.redo).toHaveLength(1);
    expect(undone.redo[0]).toEqual({ ...entry(3), forward: redoCommand });
    expect(historyState(undone)).toEqual({ canUndo: true, canRedo: true, undoLabel: 'Change 2', redoLabel: 'Change 3' });
  });

  it('redo moves the change back to undo with its fresh inverse', () => {
    const undone = afterUndo(afterUndo(recordMany(3), entry(3).forward), entry(2).forward);
    expect(historyState(undone)).toMatchObject({ undoLabel: 'Change 1', redoLabel: 'Change 2' });
    const freshInverse: Command = { type: 'updateInfo', patch: { name: 'fresh' } };
    const redone = afterRedo(undone, freshInverse);
    expect(redone.undo.map((e) => e.label)).toEqual(['Change 1', 'Change 2']);
    expect(redone.undo[1]?.inverse).toEqual(freshInverse);
    expect(redone.redo.map((e) => e.label)).toEqual(['Change 3']);
  });

  it('a new change after an undo clears the redo stack', () => {
    const undone = afterUndo(recordMany(3), entry(3).forward);
    const changed = recordChange(undone, entry(9));
    expect(changed.redo).toEqual([]);
    expect(historyState(changed)).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Change 9', redoLabel: null });
  });

  it('undo and redo on empty stacks change nothing', () => {
    expect(afterUndo(emptyHistory, entry(1).forward)).toBe(emptyHistory);
    expect(afterRedo(emptyHistory, entry(1).inverse)).toBe(emptyHistory);
    const history = recordMany(2);
    expect(afterRedo(history, entry(1).inverse)).toBe(history);
  });

  it('keeps only the newest steps up to the limit; the oldest fall off', () => {
    const limit = 5;
    const history = recordMany(limit + 3, limit);
    expect(history.undo).toHaveLength(limit);
    expect(history.undo[0]?.label).toBe('Change 4');
    expect(history.undo[limit - 1]?.label).toBe(`Change ${limit + 3}`);
  });

  it('uses HISTORY_LIMIT by default', () => {
    const history = recordMany(HISTORY_LIMIT + 2);
    expect(history.undo).toHaveLength(HISTORY_LIMIT);
    expect(history.undo[0]?.label).toBe('Change 3');
  });

  it('does not mutate the stacks it is given', () => {
    const history = deepFreeze(recordMany(3));
    const undone = deepFreeze(afterUndo(history, entry(3).forward));
    afterRedo(undone, entry(3).inverse);
    recordChange(undone, entry(4), 2);
    expect(history.undo).toHaveLength(3);
    expect(undone.redo).toHaveLength(1);
  });
});

describe('history with the reducer: undo and redo give back the schools they should', () => {
  it('two changes, two undos, one redo', () => {
    const s0: School = deepFreeze(smallSchool());
    let school = s0;
    let history = emptyHistory;
    const commit = (forward: Command, label: string): void => {
      const applied = applyCommand(school, forward);
      school = deepFreeze(applied.school);
      history = recordChange(history, { label, forward, inverse: applied.inverse });
    };
    const undo = (): void => {
      const last = history.undo[history.undo.length - 1]!;
      const applied = applyCommand(school, last.inverse);
      school = deepFreeze(applied.school);
      history = afterUndo(history, applied.inverse);
    };
    const redo = (): void => {
      const last = history.redo[history.redo.length - 1]!;
      const applied = applyCommand(school, last.forward);
      school = deepFreeze(applied.school);
      history = afterRedo(history, applied.inverse);
    };

    commit({ type: 'upsert', collection: 'students', entity: student('000201', { firstName: 'Rosa' }) }, 'Add Rosa');
    const s1 = school;
    commit({ type: 'setPlacement', yearId: YEAR, studentId: '000201', placement: placement('000201', 'G1') }, 'Place Rosa');
    const s2 = school;
    expect(historyState(history).undoLabel).toBe('Place Rosa');

    undo();
    expect(school).toEqual(s1);
    expect(historyState(history)).toEqual({ canUndo: true, canRedo: true, undoLabel: 'Add Rosa', redoLabel: 'Place Rosa' });
    undo();
    expect(school).toEqual(s0);
    expect(historyState(history)).toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'Add Rosa' });
    redo();
    expect(school).toEqual(s1);
    redo();
    expect(school).toEqual(s2);
    expect(school.placements[YEAR]?.['000201']?.groupId).toBe('G1');
    undo();
    expect(school).toEqual(s1);
  });
});
