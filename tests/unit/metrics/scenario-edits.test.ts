/** Editing a scenario on the board: each move or lock is one upsert of the scenario; its inverse gives the school back. */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/domain/reducer';
import type { Command } from '../../../shared/domain/commands';
import type { School } from '../../../shared/domain/types';
import { lockInScenario, moveInScenario, scenarioCovers, scenarioMembers } from '../../../shared/metrics/scenario-edits';
import { saveScenarioCommand, scenarioFromPlan } from '../../../shared/metrics/scenarios';
import { deepFreeze } from '../helpers/school';
import { metricsSchool, PREV, YEAR } from './metrics-school';

const plan = deepFreeze(metricsSchool());
const saved = scenarioFromPlan(plan, { id: 'SC1', name: 'Try', createdAt: '2026-09-01T12:00:00.000Z', fromYearId: YEAR });
const school: School = deepFreeze(applyCommand(plan, saveScenarioCommand(saved)).school);

/** Applies the command, checks it is one scenarios upsert that leaves the plan alone and that its inverse restores the school. */
function applied(command: Command | null): School {
  expect(command).toMatchObject({ type: 'upsert', collection: 'scenarios' });
  const result = applyCommand(school, command as Command);
  expect(result.school.placements).toBe(school.placements);
  expect(applyCommand(result.school, result.inverse).school).toEqual(school);
  return result.school;
}

describe('scenario edits', () => {
  it('moves students to a group in the scenario only, by hand, keeping their lock', () => {
    const after = applied(moveInScenario(saved, YEAR, ['S1', 'S3'], 'G3'));
    const year = after.scenarios['SC1']?.placements[YEAR];
    expect(year?.['S1']).toEqual({ studentId: 'S1', groupId: 'G3', locked: false, origin: 'hand' });
    expect(year?.['S3']?.groupId).toBe('G3');
    expect(year?.['S2']).toEqual(saved.placements[YEAR]?.['S2']);
    expect(after.scenarios['SC1']?.placements['2027-28']).toEqual({});
    expect(after.scenarios['SC1']?.advisors).toEqual(saved.advisors);
  });

  it('takes students out of their group and places unplaced ones', () => {
    const out = applied(moveInScenario(saved, YEAR, ['S1'], null));
    expect(out.scenarios['SC1']?.placements[YEAR]?.['S1']).toBeUndefined();
    const placed = applied(moveInScenario(saved, YEAR, ['S12'], 'G5'));
    expect(placed.scenarios['SC1']?.placements[YEAR]?.['S12']).toEqual({ studentId: 'S12', groupId: 'G5', locked: false, origin: 'hand' });
  });

  it('changes nothing for students already there, unplaced ones taken out, or a year the scenario does not cover', () => {
    expect(moveInScenario(saved, YEAR, ['S1', 'S2'], 'G1')).toBeNull();
    expect(moveInScenario(saved, YEAR, ['S12'], null)).toBeNull();
    expect(scenarioCovers(saved, PREV)).toBe(false);
    expect(moveInScenario(saved, PREV, ['S1'], 'G2')).toBeNull();
    expect(lockInScenario(saved, PREV, ['S1'], true)).toBeNull();
  });

  it('locks and unlocks placements; a locked student does not move', () => {
    const locked = applied(lockInScenario(saved, YEAR, ['S1', 'S12'], true));
    const scenario = locked.scenarios['SC1'];
    expect(scenario?.placements[YEAR]?.['S1']).toMatchObject({ groupId: 'G1', locked: true });
    expect(scenario?.placements[YEAR]?.['S12']).toBeUndefined();
    if (!scenario) throw new Error('no scenario');
    expect(lockInScenario(scenario, YEAR, ['S1'], true)).toBeNull();
    expect(moveInScenario(scenario, YEAR, ['S1'], 'G2')).toBeNull();
    const moved = applyCommand(locked, moveInScenario(scenario, YEAR, ['S1', 'S2'], 'G2') as Command).school;
    expect(moved.scenarios['SC1']?.placements[YEAR]?.['S1']?.groupId).toBe('G1');
    expect(moved.scenarios['SC1']?.placements[YEAR]?.['S2']?.groupId).toBe('G2');
    const unlocked = applyCommand(locked, lockInScenario(scenario, YEAR, ['S1'], false) as Command).school;
    expect(unlocked.scenarios['SC1']).toEqual(saved);
  });

  it('lists a group’s members in the scenario', () => {
    expect([...scenarioMembers(saved, YEAR, 'G2')].sort()).toEqual(['S3', 'S4', 'S5']);
    expect(scenarioMembers(saved, YEAR, 'G5')).toEqual([]);
  });
});
