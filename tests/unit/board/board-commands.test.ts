/** Move and lock commands from the board: applied with the real reducer, and undone by their inverse. */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/domain/commands';
import { applyCommand } from '../../../shared/domain/reducer';
import type { School } from '../../../shared/domain/types';
import { deepFreeze, group, placement, smallSchool, YEAR } from '../helpers/school';
import { loadBoard, type TestChange } from './board-lib';

const board = await loadBoard();

/** smallSchool plus 000103 in G1 (locked) and 000104 unplaced; G1 is "Okafor advisory". */
function school(): School {
  const base = smallSchool();
  return deepFreeze({
    ...base,
    groups: { ...base.groups, G1: group('G1', 'T1', { name: 'Okafor advisory' }) },
    placements: { [YEAR]: { ...base.placements[YEAR], '000103': { ...placement('000103', 'G1'), locked: true, origin: 'plan' } } },
  });
}

function apply(s: School, change: TestChange | null): { after: School; inverse: Command } {
  if (!change) throw new Error('expected a change');
  const { school: after, inverse } = applyCommand(s, change.command);
  return { after, inverse };
}

describe('board commands', () => {
  it('moves one student by hand with one setPlacement, and undo gives the school back', () => {
    const before = school();
    const change = board.moveStudents(before, YEAR, ['000102'], 'G1');
    expect(change?.label).toBe('Move First000102 Last000102 to Okafor advisory');
    expect(change?.command.type).toBe('setPlacement');
    const { after, inverse } = apply(before, change);
    expect(after.placements[YEAR]?.['000102']).toEqual({ studentId: '000102', groupId: 'G1', locked: false, origin: 'hand' });
    expect(applyCommand(after, inverse).school).toEqual(before);
  });

  it('moves several students as one batch and skips locked ones and those already there', () => {
    const before = school();
    const change = board.moveStudents(before, YEAR, ['000101', '000102', '000103', '000104'], 'G2');
    expect(change?.label).toBe('Move 2 students to Advisory G2');
    expect(change?.command.type).toBe('batch');
    const { after, inverse } = apply(before, change);
    expect(after.placements[YEAR]?.['000101']?.groupId).toBe('G2');
    expect(after.placements[YEAR]?.['000104']).toMatchObject({ groupId: 'G2', origin: 'hand', locked: false });
    expect(after.placements[YEAR]?.['000103']).toEqual(before.placements[YEAR]?.['000103']);
    expect(applyCommand(after, inverse).school).toEqual(before);
  });

  it('changes nothing when every student is locked or already in the group', () => {
    const s = school();
    expect(board.moveStudents(s, YEAR, ['000103'], 'G2')).toBeNull();
    expect(board.moveStudents(s, YEAR, ['000101'], 'G1')).toBeNull();
    expect(board.moveStudents(s, YEAR, ['000101'], 'NO-SUCH-GROUP')).toBeNull();
  });

  it('takes a student out of their group when moved to Unplaced', () => {
    const before = school();
    const { after, inverse } = apply(before, board.moveStudents(before, YEAR, ['000101'], null));
    expect(after.placements[YEAR]?.['000101']).toBeUndefined();
    expect(applyCommand(after, inverse).school).toEqual(before);
  });

  it('locks and unlocks students, keeping group and origin', () => {
    const before = school();
    const lock = board.setStudentsLocked(before, YEAR, ['000101', '000103', '000104'], true);
    expect(lock).toMatchObject({ label: 'Lock First000101 Last000101', count: 1 });
    const { after, inverse } = apply(before, lock);
    expect(after.placements[YEAR]?.['000101']).toEqual({ studentId: '000101', groupId: 'G1', locked: true, origin: 'hand' });
    expect(applyCommand(after, inverse).school).toEqual(before);
    expect(board.setStudentsLocked(before, YEAR, ['000103'], false)?.label).toBe('Unlock First000103 Last000103');
    expect(board.setStudentsLocked(before, YEAR, ['000104'], true)).toBeNull();
  });

  it('locks a whole group as one batch, then a locked student cannot be moved', () => {
    const before = school();
    const lock = board.setGroupLocked(before, YEAR, 'G1', true);
    expect(lock).toMatchObject({ label: 'Lock 1 student of Okafor advisory', count: 1 });
    expect(lock?.command.type).toBe('batch');
    const { after, inverse } = apply(before, lock);
    expect(Object.values(after.placements[YEAR] ?? {}).filter((p) => p.groupId === 'G1').every((p) => p.locked)).toBe(true);
    expect(board.moveStudents(after, YEAR, ['000101'], 'G2')).toBeNull();
    expect(board.setGroupLocked(after, YEAR, 'G1', true)).toBeNull();
    expect(board.setGroupLocked(after, YEAR, 'G1', false)?.label).toBe('Unlock 2 students of Okafor advisory');
    expect(applyCommand(after, inverse).school).toEqual(before);
  });
});

describe('board search and order', () => {
  it('finds a student by name or SIS id and highlights the card they are in', () => {
    const model = board.createBoardBuilder()(school(), YEAR);
    const found = board.matchBoard(model, '000102');
    expect([...found.studentIds]).toEqual(['000102']);
    expect([...found.groupIds]).toEqual(['G2']);
    expect([...board.matchBoard(model, 'okafor').groupIds]).toEqual(['G1']);
    expect(board.matchBoard(model, '   ').groupIds.size).toBe(0);
  });

  it('sorts cards by size, and a drag carries the unlocked part of the selection', () => {
    const model = board.createBoardBuilder()(school(), YEAR);
    expect(board.sortCards(model.groups, 'size-desc').map((g) => g.id)).toEqual(['G1', 'G2']);
    expect(board.sortCards(model.groups, 'size-asc').map((g) => g.id)).toEqual(['G2', 'G1']);
    expect(board.movingIds('000101', new Set(['000101', '000103', '000102']), model)).toEqual(['000101', '000102']);
    expect(board.movingIds('000104', new Set(['000101']), model)).toEqual(['000104']);
  });
});
