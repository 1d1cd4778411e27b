/**
 * Step 6: the rollover as ONE `batch` command, so it applies atomically and undo (its inverse,
 * from the reducer) reverts all of it in one step. In order:
 * 1. the school year Y+1, when the school has none yet (a typical calendar);
 * 2. upserts of changed groups (advisors[Y+1], lastYearId) and new groups;
 * 3. `setPlacement` (origin `plan`, unlocked) for every student of Y+1 whose placement changes.
 *    Locked Y+1 placements are never touched; an unlocked placement already in the right group
 *    is left as it is (so a hand placement keeps its origin); unlocked Y+1 placements of students
 *    who are not in Y+1 (graduated, left) are cleared; a student the planner could not place keeps
 *    whatever Y+1 placement they had (the scheduler decides, see `unplaced`).
 */
import type { Command } from '../../domain/commands';
import { defaultSchoolYear } from '../../domain/defaults';
import type { AdvisoryGroup } from '../../domain/types';
import type { RolloverContext } from './context';
import type { Roster } from './year-roster';

/** The whole rollover as one batch, or null when it changes nothing. */
export function rolloverCommand(ctx: RolloverContext, roster: Roster, groups: readonly AdvisoryGroup[], final: ReadonlyMap<string, string | null>): Command | null {
  const { school, to } = ctx;
  const commands: Command[] = [];
  if (!school.years[to]) commands.push({ type: 'upsert', collection: 'years', entity: defaultSchoolYear(to) });
  for (const entity of groups) commands.push({ type: 'upsert', collection: 'groups', entity });
  const next = school.placements[to] ?? {};
  for (const s of roster.students) {
    const groupId = final.get(s.id) ?? null;
    const existing = next[s.id];
    if (existing?.locked || groupId === null || existing?.groupId === groupId) continue;
    commands.push({ type: 'setPlacement', yearId: to, studentId: s.id, placement: { studentId: s.id, groupId, locked: false, origin: 'plan' } });
  }
  for (const p of Object.values(next).sort((a, b) => (a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : 0))) {
    if (!p.locked && !roster.inNext.has(p.studentId)) commands.push({ type: 'setPlacement', yearId: to, studentId: p.studentId, placement: null });
  }
  return commands.length > 0 ? { type: 'batch', commands } : null;
}
