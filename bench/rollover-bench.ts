/**
 * Rollover figures: the demo school and the planned 4,000×250 schools rolled to the next year
 * (graduates leave, a leaving adult's group moves intact, the incoming class gets groups, new
 * students are placed). The issue sets no target; the figure shows what a scheduler waits for.
 */
import { generateDemoSchool } from '../shared/demo/demo-school';
import { schoolYearId, schoolYearStart } from '../shared/domain/dates';
import type { School } from '../shared/domain/types';
import { formatCount } from '../shared/domain/wording';
import { planRollover, solveAssignment } from '../shared/planner/rollover';

const ms = (x: number): string => `${formatCount(Math.round(x))} ms`;

function rollOnce(log: (line: string) => void, label: string, school: School, fromYearId: string): void {
  const toYearId = schoolYearId(schoolYearStart(fromYearId) + 1);
  const started = performance.now();
  const plan = planRollover(school, fromYearId, toYearId, { seed: 2026 });
  log(`  ${label}, ${fromYearId} → ${toYearId}: ${ms(performance.now() - started)} — ${plan.summary}`);
}

/** Prints the rollover figures; `planned` are the 4,000×250 schools with their first year planned. */
export function runRolloverBench(log: (line: string) => void, planned: readonly { readonly label: string; readonly school: School; readonly yearId: string }[]): void {
  log('Rollover (seed 2026)');
  const demo = generateDemoSchool();
  rollOnce(log, 'demo school (1,200 students)', demo, demo.info.currentYearId);
  for (const entry of planned) rollOnce(log, entry.label, entry.school, entry.yearId);
  // The orphan groups' new adults are an assignment problem (Hungarian method); a large one here.
  let x = 12345;
  const cost = Array.from({ length: 300 }, () => Array.from({ length: 300 }, () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % 10_000));
  const started = performance.now();
  solveAssignment(cost);
  log(`  assignment of 300 groups to 300 adults (Hungarian method): ${ms(performance.now() - started)}`);
}
