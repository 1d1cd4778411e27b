/**
 * Scenarios as commands: save the plan as a named copy, rename, delete, and make one the plan.
 * Pure builders; the renderer sends what they return through `commit`, so every step is undoable.
 */
import type { Command } from '../domain/commands';
import { applyCommand } from '../domain/reducer';
import type { AdvisoryGroup, Placement, Scenario, School } from '../domain/types';
import { advisoryMetrics } from './advisory-metrics';
import type { AdvisoryMetrics } from './metrics-types';

type Advisors = { readonly lead: string | null; readonly co: string | null };

/** A scenario copying the plan: placements of every year from `fromYearId` on, and every group's advisors in those years. */
export function scenarioFromPlan(school: School, fields: { readonly id: string; readonly name: string; readonly createdAt: string; readonly fromYearId: string }): Scenario {
  const years = Object.keys(school.years).filter((y) => y >= fields.fromYearId).sort();
  const placements: Record<string, Readonly<Record<string, Placement>>> = {};
  // Every covered year gets an entry, even an empty one, so "covered" is explicit when made the plan.
  for (const y of years) placements[y] = school.placements[y] ?? {};
  const advisors: Record<string, Record<string, Advisors>> = {};
  for (const g of Object.values(school.groups)) {
    const own: Record<string, Advisors> = {};
    for (const y of years) {
      const a = g.advisors[y];
      if (a) own[y] = a;
    }
    advisors[g.id] = own;
  }
  return { id: fields.id, name: fields.name.trim(), createdAt: fields.createdAt, placements, advisors };
}

/** A scenario id the school does not use yet: SC1, SC2, … */
export function nextScenarioId(school: School): string {
  let n = Object.keys(school.scenarios).length + 1;
  while (school.scenarios[`SC${n}`]) n++;
  return `SC${n}`;
}

/** "Save the plan as a scenario…": one upsert. */
export function saveScenarioCommand(scenario: Scenario): Command {
  return { type: 'upsert', collection: 'scenarios', entity: scenario };
}

/** Renames a scenario: one upsert. */
export function renameScenarioCommand(scenario: Scenario, name: string): Command {
  return { type: 'upsert', collection: 'scenarios', entity: { ...scenario, name: name.trim() } };
}

/** Deletes a scenario: one remove (the plan is untouched). */
export function deleteScenarioCommand(scenario: Scenario): Command {
  return { type: 'remove', collection: 'scenarios', id: scenario.id };
}

function samePlacement(a: Placement | undefined, b: Placement | undefined): boolean {
  if (!a || !b) return a === b;
  return a.groupId === b.groupId && a.locked === b.locked && a.origin === b.origin;
}

/** True when two years' lead and co-advisor are the same (both absent counts as the same). */
export function sameAdvisors(a: Advisors | undefined, b: Advisors | undefined): boolean {
  if (!a || !b) return a === b;
  return a.lead === b.lead && a.co === b.co;
}

export interface MakePlan {
  /** One batch: group upserts, then setPlacement per student whose placement differs. */
  readonly command: Command;
  readonly placementsChanged: number;
  readonly groupsChanged: number;
  /** Students or groups the scenario names that the school no longer has (left out). */
  readonly skipped: number;
}

/**
 * "Make this the plan": in every year the scenario covers (that the school still has), each student
 * gets the scenario's placement — or none, if the scenario places them nowhere — and each group the
 * scenario knows gets its advisors (a covered year without advisors closes the group that year).
 * Groups created after the scenario was saved are left as they are.
 */
export function makePlanCommand(school: School, scenario: Scenario): MakePlan {
  const years = Object.keys(scenario.placements).filter((y) => school.years[y]).sort();
  const groupCommands: Command[] = [];
  const placementCommands: Command[] = [];
  let skipped = 0;
  const staffOk = (id: string | null): string | null => (id !== null && school.staff[id] ? id : null);
  for (const [groupId, byYear] of Object.entries(scenario.advisors).sort(([a], [b]) => a.localeCompare(b))) {
    const group = school.groups[groupId];
    if (!group) {
      skipped++;
      continue;
    }
    const next: Record<string, Advisors> = { ...group.advisors };
    for (const y of years) {
      const a = byYear[y];
      if (a) next[y] = { lead: staffOk(a.lead), co: staffOk(a.co) };
      else delete next[y];
    }
    const changed = [...new Set([...Object.keys(next), ...Object.keys(group.advisors)])].some((y) => !sameAdvisors(next[y], group.advisors[y]));
    if (changed) groupCommands.push({ type: 'upsert', collection: 'groups', entity: { ...group, advisors: next } satisfies AdvisoryGroup });
  }
  for (const y of years) {
    const plan = school.placements[y] ?? {};
    const wanted = scenario.placements[y] ?? {};
    const ids = [...new Set([...Object.keys(plan), ...Object.keys(wanted)])].sort();
    for (const studentId of ids) {
      const target = wanted[studentId];
      if (samePlacement(plan[studentId], target)) continue;
      if (!school.students[studentId] || (target && !school.groups[target.groupId])) {
        skipped++;
        continue;
      }
      placementCommands.push({ type: 'setPlacement', yearId: y, studentId, placement: target ?? null });
    }
  }
  return {
    command: { type: 'batch', commands: [...groupCommands, ...placementCommands] },
    placementsChanged: placementCommands.length,
    groupsChanged: groupCommands.length,
    skipped,
  };
}

/** The school as it would be with the scenario made the plan (for comparing; nothing is saved). */
export function schoolWithScenario(school: School, scenario: Scenario): School {
  return applyCommand(school, makePlanCommand(school, scenario).command).school;
}

/** The plan's metrics and the scenario's for one year, side by side. */
export function compareScenario(school: School, scenario: Scenario, yearId: string): { readonly plan: AdvisoryMetrics; readonly scenario: AdvisoryMetrics } {
  return { plan: advisoryMetrics(school, yearId), scenario: advisoryMetrics(schoolWithScenario(school, scenario), yearId) };
}
