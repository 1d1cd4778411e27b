/**
 * The board's changes while a scenario is open: the same moves and locks as `board-commands`, but
 * each is ONE upsert of the scenario, labelled "Move Ana Rivera to Okafor advisory (scenario “X”)".
 */
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Scenario, School } from '../../../../shared/domain/types';
import { lockInScenario, moveInScenario, scenarioLockers, scenarioMembers, scenarioMovers } from '../../../../shared/metrics/scenario-edits';
import { plural } from '../format';
import { studentName } from '../names';
import type { BoardChange } from './board-commands';

function who(school: School, ids: readonly string[]): string {
  const only = ids.length === 1 ? school.students[ids[0] ?? ''] : undefined;
  return only ? studentName(only) : plural(ids.length, 'student');
}

const suffix = (scenario: Scenario): string => ` (scenario “${scenario.name}”)`;

/** Moves students to `groupId` (null: out of their group) in the open scenario; `school` names them. */
export function moveInScenarioChange(school: School, scenario: Scenario, yearId: SchoolYearId, studentIds: readonly string[], groupId: string | null): BoardChange | null {
  const target = groupId ? school.groups[groupId] : null;
  if (groupId && !target) return null;
  const known = studentIds.filter((id) => school.students[id]);
  const command = moveInScenario(scenario, yearId, known, groupId);
  if (!command) return null;
  const moving = scenarioMovers(scenario, yearId, known, groupId);
  const label = target ? `Move ${who(school, moving)} to ${target.name}` : `Take ${who(school, moving)} out of their group`;
  return { command, label: label + suffix(scenario), count: moving.length };
}

/** Locks (or unlocks) these students in the open scenario. */
export function lockInScenarioChange(school: School, scenario: Scenario, yearId: SchoolYearId, studentIds: readonly string[], locked: boolean): BoardChange | null {
  const command = lockInScenario(scenario, yearId, studentIds, locked);
  if (!command) return null;
  const ids = scenarioLockers(scenario, yearId, studentIds, locked);
  return { command, label: `${locked ? 'Lock' : 'Unlock'} ${who(school, ids)}${suffix(scenario)}`, count: ids.length };
}

/** Locks (or unlocks) every student the open scenario places in the group. */
export function lockGroupInScenarioChange(school: School, scenario: Scenario, yearId: SchoolYearId, groupId: string, locked: boolean): BoardChange | null {
  const group = school.groups[groupId];
  if (!group) return null;
  const members = scenarioMembers(scenario, yearId, groupId);
  const command = lockInScenario(scenario, yearId, members, locked);
  if (!command) return null;
  const ids = scenarioLockers(scenario, yearId, members, locked);
  return { command, label: `${locked ? 'Lock' : 'Unlock'} ${plural(ids.length, 'student')} of ${group.name}${suffix(scenario)}`, count: ids.length };
}
