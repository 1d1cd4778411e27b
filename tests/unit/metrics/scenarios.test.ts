/** Scenario commands: each applies with the reducer and its inverse gives the school back. */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/domain/reducer';
import type { Scenario } from '../../../shared/domain/types';
import {
  compareScenario,
  deleteScenarioCommand,
  makePlanCommand,
  renameScenarioCommand,
  saveScenarioCommand,
  scenarioFromPlan,
} from '../../../shared/metrics/scenarios';
import { deepFreeze } from '../helpers/school';
import { metricsSchool, YEAR } from './metrics-school';

const school = deepFreeze(metricsSchool());
const saved = scenarioFromPlan(school, { id: 'SC1', name: '  Try S3 back in G1 ', createdAt: '2026-09-01T12:00:00.000Z', fromYearId: YEAR });

/** The saved copy with S3 back in G1, S10 unplaced and G2 kept with T2 in YEAR. */
function edited(): Scenario {
  const year = { ...saved.placements[YEAR] };
  year['S3'] = { studentId: 'S3', groupId: 'G1', locked: true, origin: 'hand' };
  delete year['S10'];
  return {
    ...saved,
    placements: { ...saved.placements, [YEAR]: year },
    advisors: { ...saved.advisors, G2: { ...saved.advisors['G2'], [YEAR]: { lead: 'T2', co: null } } },
  };
}

describe('scenarios', () => {
  it('copies the plan from the viewed year on, every covered year present', () => {
    expect(saved.name).toBe('Try S3 back in G1');
    expect(Object.keys(saved.placements).sort()).toEqual(['2026-27', '2027-28', '2028-29', '2029-30']);
    expect(saved.placements[YEAR]).toEqual(school.placements[YEAR]);
    expect(saved.placements['2027-28']).toEqual({});
    expect(saved.advisors['G2']).toEqual({ [YEAR]: { lead: 'T3', co: null } });
    expect(saved.advisors['G4']).toEqual({});
  });

  it('saves, renames and deletes with one undoable command each', () => {
    const save = applyCommand(school, saveScenarioCommand(saved));
    expect(save.school.scenarios['SC1']).toEqual(saved);
    expect(applyCommand(save.school, save.inverse).school).toEqual(school);
    const rename = applyCommand(save.school, renameScenarioCommand(saved, ' Plan B '));
    expect(rename.school.scenarios['SC1']?.name).toBe('Plan B');
    expect(applyCommand(rename.school, rename.inverse).school).toEqual(save.school);
    const remove = applyCommand(save.school, deleteScenarioCommand(saved));
    expect(remove.school.scenarios['SC1']).toBeUndefined();
    expect(applyCommand(remove.school, remove.inverse).school).toEqual(save.school);
  });

  it('an unchanged copy made the plan changes nothing', () => {
    const made = makePlanCommand(school, saved);
    expect(made).toMatchObject({ placementsChanged: 0, groupsChanged: 0, skipped: 0, command: { type: 'batch', commands: [] } });
  });

  it('makes the plan with one batch of only the differences, undone in one step', () => {
    const made = makePlanCommand(school, edited());
    expect(made.placementsChanged).toBe(2);
    expect(made.groupsChanged).toBe(1);
    const applied = applyCommand(school, made.command);
    expect(applied.school.placements[YEAR]?.['S3']).toEqual({ studentId: 'S3', groupId: 'G1', locked: true, origin: 'hand' });
    expect(applied.school.placements[YEAR]?.['S10']).toBeUndefined();
    expect(applied.school.groups['G2']?.advisors).toEqual({ '2025-26': { lead: 'T2', co: null }, [YEAR]: { lead: 'T2', co: null } });
    expect(applyCommand(applied.school, applied.inverse).school).toEqual(school);
  });

  it('skips students and groups the school no longer has', () => {
    const ghost = edited();
    const withGhost: Scenario = {
      ...ghost,
      placements: { ...ghost.placements, [YEAR]: { ...ghost.placements[YEAR], GONE: { studentId: 'GONE', groupId: 'G1', locked: false, origin: 'plan' } } },
      advisors: { ...ghost.advisors, GX: { [YEAR]: { lead: 'T1', co: null } } },
    };
    const made = makePlanCommand(school, withGhost);
    expect(made.skipped).toBe(2);
    expect(() => applyCommand(school, made.command)).not.toThrow();
  });

  it('compares the scenario with the plan for a year without saving anything', () => {
    const { plan, scenario } = compareScenario(school, edited(), YEAR);
    expect(plan.continuity.percent).toBe(50);
    // S3 back with Okafor and G2 keeping T2: all six returning students keep group and adult.
    expect(scenario.continuity).toEqual({ returning: 6, sameGroupSameLead: 6, sameGroupNewAdult: 0, percent: 100 });
    expect(scenario.placed).toBe(9);
    expect(school.placements[YEAR]?.['S3']?.groupId).toBe('G2');
  });
});
