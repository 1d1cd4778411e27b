/** Small helpers of the board screen: per-card keys for memoised props and the search sentence. */
import type { BoardModel } from '../../lib/board/board-types';
import type { BoardMatch } from '../../lib/board/board-view';
import { plural } from '../../lib/format';

/**
 * Space-separated ids per group (null: Unplaced). A string per card lets React.memo compare
 * cheaply, so changing the selection re-renders only the cards it touches.
 */
export function keysByGroup(ids: ReadonlySet<string>, model: BoardModel): ReadonlyMap<string | null, string> {
  const lists = new Map<string | null, string[]>();
  for (const id of ids) {
    if (!model.students.has(id)) continue;
    const groupId = model.groupOf.get(id) ?? null;
    lists.set(groupId, [...(lists.get(groupId) ?? []), id]);
  }
  return new Map([...lists].map(([k, v]) => [k, v.sort().join(' ')]));
}

/** "Ana Rivera is in Okafor advisory", "12 students in 5 groups match", "No student or group matches". */
export function foundWords(match: BoardMatch, model: BoardModel): string {
  if (!match.query) return '';
  const students = [...match.studentIds];
  if (students.length === 0 && match.groupIds.size === 0) return 'No student or group matches.';
  if (students.length === 1) {
    const id = students[0] ?? '';
    const group = model.groups.find((g) => g.id === model.groupOf.get(id));
    const name = model.students.get(id)?.name ?? id;
    return group ? `${name} is in ${group.name}. Enter to go there.` : `${name} is unplaced. Enter to go there.`;
  }
  if (students.length === 0) return `${plural(match.groupIds.size, 'group')} ${match.groupIds.size === 1 ? 'matches' : 'match'}.`;
  return `${plural(students.length, 'student')} in ${plural(match.groupIds.size, 'group')} match. Enter goes to the first.`;
}
