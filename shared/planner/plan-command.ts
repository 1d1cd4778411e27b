/**
 * Turns a planner result into the one command that applies it: a placement for every student
 * whose group changes (origin `plan`; locks are kept as they are, since the planner never moves a
 * locked student), and none for a student the planner could not place. Undo reverts it in one step.
 */
import type { Command } from '../domain/commands';
import type { School } from '../domain/types';
import type { PlanResult } from './planner-types';

/** The command applying `result` to `school`, or null when nothing would change. */
export function planCommand(school: School, result: PlanResult): Command | null {
  const current = school.placements[result.yearId] ?? {};
  const commands: Command[] = [];
  for (const [studentId, groupId] of Object.entries(result.placements)) {
    const before = current[studentId];
    if (before?.groupId === groupId) continue;
    commands.push({ type: 'setPlacement', yearId: result.yearId, studentId, placement: { studentId, groupId, locked: before?.locked ?? false, origin: 'plan' } });
  }
  for (const { studentId } of result.unplaced) {
    const before = current[studentId];
    if (before && !before.locked && result.placements[studentId] === undefined) {
      commands.push({ type: 'setPlacement', yearId: result.yearId, studentId, placement: null });
    }
  }
  return commands.length > 0 ? { type: 'batch', commands } : null;
}
