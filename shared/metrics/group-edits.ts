/**
 * Editing an advisory group by hand: its name, room and last year, and its lead and co-advisor for
 * a school year and, as a loop keeps its adult, for the later years that had the same adults. ONE upsert
 * (of the group; while a scenario is open, of the scenario, which holds advisors but not names or
 * rooms), so one Undo takes it back. Pure builders: the renderer labels them and sends them.
 */
import type { Command } from '../domain/commands';
import type { AdvisoryGroup, Scenario } from '../domain/types';
import type { AdvisorPair } from '../planner/rollover/rollover-types';
import { sameAdvisors } from './scenarios';

export type GroupEdit = {
  readonly name: string;
  readonly room: string;
  readonly advisors: AdvisorPair;
  /** Also the later years that had the same lead and co-advisor as this one, up to the first that differs. */
  readonly laterYears: boolean;
  /** The last school year the group meets; null: no end year. */
  readonly lastYearId: string | null;
};

/** The years an edit of `yearId`'s advisors sets: that year and, with `laterYears`, the run of later years with the same pair. */
export function editedYears(advisors: Readonly<Record<string, AdvisorPair>>, yearId: string, laterYears: boolean): readonly string[] {
  const years = [yearId];
  if (!laterYears) return years;
  const now = advisors[yearId];
  for (const y of Object.keys(advisors).filter((x) => x > yearId).sort()) {
    if (!sameAdvisors(advisors[y], now)) break;
    years.push(y);
  }
  return years;
}

function withAdvisors(advisors: Readonly<Record<string, AdvisorPair>>, years: readonly string[], pair: AdvisorPair): Record<string, AdvisorPair> {
  const next: Record<string, AdvisorPair> = { ...advisors };
  for (const y of years) next[y] = { lead: pair.lead, co: pair.co };
  return next;
}

/** The plan's group after the edit, as one upsert; null when nothing would change. */
export function editGroupCommand(group: AdvisoryGroup, yearId: string, edit: GroupEdit): Command | null {
  const years = editedYears(group.advisors, yearId, edit.laterYears);
  const advisors = withAdvisors(group.advisors, years, edit.advisors);
  const name = edit.name.trim();
  const room = edit.room.trim();
  const last = edit.lastYearId ?? undefined;
  const changed = name !== group.name || room !== group.room || last !== group.lastYearId || years.some((y) => !sameAdvisors(group.advisors[y], advisors[y]));
  if (!changed) return null;
  const { lastYearId: _old, ...rest } = group;
  return { type: 'upsert', collection: 'groups', entity: { ...rest, name, room, advisors, ...(last ? { lastYearId: last } : {}) } };
}

/** The scenario with the group's advisors edited in the years it covers; null when nothing would change or it does not cover `yearId`. */
export function editAdvisorsInScenario(scenario: Scenario, groupId: string, yearId: string, edit: GroupEdit): Command | null {
  if (scenario.placements[yearId] === undefined) return null;
  const own = scenario.advisors[groupId] ?? {};
  const years = editedYears(own, yearId, edit.laterYears);
  if (years.every((y) => sameAdvisors(own[y], edit.advisors))) return null;
  const advisors = { ...scenario.advisors, [groupId]: withAdvisors(own, years, edit.advisors) };
  return { type: 'upsert', collection: 'scenarios', entity: { ...scenario, advisors } };
}
