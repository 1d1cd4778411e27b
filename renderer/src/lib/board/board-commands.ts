/**
 * The board's changes as ONE command each (a batch for several students), with the label the
 * Undo button shows. Pure: the screen only says who and where; nothing changes until main applies it.
 */
import type { Command } from '../../../../shared/domain/commands';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Placement, School } from '../../../../shared/domain/types';
import { plural } from '../format';
import { studentName } from '../names';

/** A change ready to commit, or null when it would change nothing. */
export interface BoardChange {
  readonly command: Command;
  readonly label: string;
  /** How many students it changes. */
  readonly count: number;
}

function asCommand(parts: readonly Command[]): Command {
  return parts.length === 1 && parts[0] ? parts[0] : { type: 'batch', commands: parts };
}

function who(school: School, ids: readonly string[]): string {
  const only = ids.length === 1 ? school.students[ids[0] ?? ''] : undefined;
  return only ? studentName(only) : plural(ids.length, 'student');
}

/**
 * Moves the students to `groupId` (null: takes them out of any group) by hand. Locked students
 * and those already there are left alone; `locked` is kept as it was.
 */
export function moveStudents(school: School, yearId: SchoolYearId, studentIds: readonly string[], groupId: string | null): BoardChange | null {
  const placements = school.placements[yearId] ?? {};
  const target = groupId ? school.groups[groupId] : null;
  if (groupId && !target) return null;
  const moving = [...new Set(studentIds)].filter((id) => {
    const current = placements[id];
    if (!school.students[id] || current?.locked) return false;
    return groupId ? current?.groupId !== groupId : !!current;
  });
  if (moving.length === 0) return null;
  const parts: Command[] = moving.map((studentId) => {
    const current = placements[studentId];
    const placement: Placement | null = groupId ? { studentId, groupId, locked: current?.locked ?? false, origin: 'hand' } : null;
    return { type: 'setPlacement', yearId, studentId, placement };
  });
  const label = target ? `Move ${who(school, moving)} to ${target.name}` : `Take ${who(school, moving)} out of their group`;
  return { command: asCommand(parts), label, count: moving.length };
}

function lockParts(school: School, yearId: SchoolYearId, ids: readonly string[], locked: boolean): { parts: Command[]; ids: string[] } {
  const placements = school.placements[yearId] ?? {};
  const changed = [...new Set(ids)].filter((id) => {
    const current = placements[id];
    return !!current && current.locked !== locked;
  });
  const parts: Command[] = changed.map((studentId) => {
    const current = placements[studentId] as Placement;
    return { type: 'setPlacement', yearId, studentId, placement: { ...current, locked } };
  });
  return { parts, ids: changed };
}

/** Locks (or unlocks) the placements of these students in the year; unplaced students are skipped. */
export function setStudentsLocked(school: School, yearId: SchoolYearId, studentIds: readonly string[], locked: boolean): BoardChange | null {
  const { parts, ids } = lockParts(school, yearId, studentIds, locked);
  if (parts.length === 0) return null;
  return { command: asCommand(parts), label: `${locked ? 'Lock' : 'Unlock'} ${who(school, ids)}`, count: ids.length };
}

/** Locks (or unlocks) every placement of the group in the year: "Lock 14 students of Okafor advisory". */
export function setGroupLocked(school: School, yearId: SchoolYearId, groupId: string, locked: boolean): BoardChange | null {
  const group = school.groups[groupId];
  if (!group) return null;
  const members = Object.values(school.placements[yearId] ?? {})
    .filter((p) => p.groupId === groupId)
    .map((p) => p.studentId);
  const { parts, ids } = lockParts(school, yearId, members, locked);
  if (parts.length === 0) return null;
  // Always a batch: the whole group is one change, even when only one placement differed.
  return { command: { type: 'batch', commands: parts }, label: `${locked ? 'Lock' : 'Unlock'} ${plural(ids.length, 'student')} of ${group.name}`, count: ids.length };
}
