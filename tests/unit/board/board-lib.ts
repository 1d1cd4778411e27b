/**
 * The board's pure renderer modules for the unit tests, with the names the tests use. The tests
 * are type-checked against the real modules by tsconfig.renderer-tests.json.
 */
import { createBoardBuilder } from '../../../renderer/src/lib/board/board-model';
import { moveStudents, setGroupLocked, setStudentsLocked, type BoardChange } from '../../../renderer/src/lib/board/board-commands';
import { matchBoard, movedStudents, movingIds, sortCards } from '../../../renderer/src/lib/board/board-view';
import type { BoardModel } from '../../../renderer/src/lib/board/board-types';

export type TestChange = BoardChange;
export type TestModel = BoardModel;

const board = { createBoardBuilder, moveStudents, setStudentsLocked, setGroupLocked, matchBoard, sortCards, movingIds, movedStudents };

/** The board modules (kept async so the tests read as before). */
export async function loadBoard(): Promise<typeof board> {
  return board;
}
