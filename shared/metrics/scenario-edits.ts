/**
 * Trying things in a scenario: moves and locks made on the board while a scenario is open change
 * the scenario's placements for one year, never the plan. Each is ONE upsert of the scenario, so
 * one Undo takes it back. Pure builders: the renderer adds the label and sends them through `commit`.
 */
import type { Command } from '../domain/commands';
import type { Placement, Scenario } from '../domain/types';

type YearPlacements = Readonly<Record<string, Placement>>;

/** The scenario with `yearId`'s placements replaced: one upsert of collection `scenarios`. */
function withYear(scenario: Scenario, yearId: string, year: YearPlacements): Command {
  return { type: 'upsert', collection: 'scenarios', entity: { ...scenario, placements: { ...scenario.placements, [yearId]: year } } };
}

/** True when the scenario proposes placements for the year (only then can the board edit it there). */
export function scenarioCovers(scenario: Scenario, yearId: string): boolean {
  return scenario.placements[yearId] !== undefined;
}

/** The students a move would change: not locked, and not already where they would go. */
export function scenarioMovers(scenario: Scenario, yearId: string, studentIds: readonly string[], groupId: string | null): readonly string[] {
  const year = scenario.placements[yearId] ?? {};
  return [...new Set(studentIds)].filter((id) => {
    const current = year[id];
    if (current?.locked) return false;
    return groupId ? current?.groupId !== groupId : !!current;
  });
}

/**
 * Moves students to `groupId` (null: out of any group) in the scenario's `yearId`, by hand. Locked
 * students and those already there are left alone. Null when nothing would change or the scenario
 * does not cover the year.
 */
export function moveInScenario(scenario: Scenario, yearId: string, studentIds: readonly string[], groupId: string | null): Command | null {
  const current = scenario.placements[yearId];
  if (!current) return null;
  const moving = scenarioMovers(scenario, yearId, studentIds, groupId);
  if (moving.length === 0) return null;
  const year: Record<string, Placement> = { ...current };
  for (const studentId of moving) {
    if (groupId) year[studentId] = { studentId, groupId, locked: current[studentId]?.locked ?? false, origin: 'hand' };
    else delete year[studentId];
  }
  return withYear(scenario, yearId, year);
}

/** The placed students whose lock would change. */
export function scenarioLockers(scenario: Scenario, yearId: string, studentIds: readonly string[], locked: boolean): readonly string[] {
  const year = scenario.placements[yearId] ?? {};
  return [...new Set(studentIds)].filter((id) => {
    const current = year[id];
    return !!current && current.locked !== locked;
  });
}

/** Locks (or unlocks) these students' placements in the scenario's `yearId`; unplaced students are skipped. Null when nothing changes. */
export function lockInScenario(scenario: Scenario, yearId: string, studentIds: readonly string[], locked: boolean): Command | null {
  const current = scenario.placements[yearId];
  if (!current) return null;
  const changing = scenarioLockers(scenario, yearId, studentIds, locked);
  if (changing.length === 0) return null;
  const year: Record<string, Placement> = { ...current };
  for (const studentId of changing) {
    const before = current[studentId];
    if (before) year[studentId] = { ...before, locked };
  }
  return withYear(scenario, yearId, year);
}

/** The students the scenario places in `groupId` in `yearId` (for "Lock the whole group"). */
export function scenarioMembers(scenario: Scenario, yearId: string, groupId: string): readonly string[] {
  return Object.values(scenario.placements[yearId] ?? {})
    .filter((p) => p.groupId === groupId)
    .map((p) => p.studentId);
}
