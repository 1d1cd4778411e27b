/**
 * The advisory metrics of one school year, for the metrics panel and for comparing a scenario
 * with the plan. Definitions (each also on the field in metrics-types.ts):
 *
 * - Enrolled: students enrolled in the year (shared/domain/summary.ts `isEnrolled`); placed: those
 *   of them with a placement. Placements of students not enrolled that year are ignored everywhere.
 * - Open group: a group with advisors for the year (the `advisors` argument, when given, is the
 *   whole year's map). A group holding placements but not open still counts for size and mix.
 * - Continuity: returning = enrolled this year and placed last year (the school year before, in
 *   the plan) in a group open this year. Of them: same group and same non-empty lead advisor, and
 *   same group with a new (or no) lead. A student who changed group or is not placed is neither.
 * - Size: a group's distance is how many students it is outside the target band; empty open groups
 *   are counted apart (a year not planned yet would otherwise read as "every group far too small").
 * - Spread, rule violations and unconnected students: see metric-spread.ts, metric-rules.ts and
 *   metric-connections.ts.
 */
import type { Placement, School } from '../domain/types';
import { unconnectedOf } from './metric-connections';
import { ruleViolationsOf } from './metric-rules';
import { spreadOf } from './metric-spread';
import { planAdvisors, yearView, type YearAdvisors, type YearView } from './metric-year';
import type { AdvisoryMetrics, ContinuityMetrics, SizeMetrics } from './metrics-types';

/** The school year before `yearId` among the school's years, or null. */
export function previousYearOf(school: School, yearId: string): string | null {
  const earlier = Object.keys(school.years).filter((y) => y < yearId).sort();
  return earlier[earlier.length - 1] ?? null;
}

function continuityOf(view: YearView, previousYearId: string | null): ContinuityMetrics {
  if (previousYearId === null) return { returning: 0, sameGroupSameLead: 0, sameGroupNewAdult: 0, percent: null };
  const before = view.school.placements[previousYearId] ?? {};
  const leadsBefore = planAdvisors(view.school, previousYearId);
  let returning = 0;
  let same = 0;
  let newAdult = 0;
  for (const s of view.enrolled) {
    const was = before[s.id]?.groupId;
    if (was === undefined || !view.advisors[was]) continue;
    returning++;
    if (view.groupOf.get(s.id) !== was) continue;
    const lead = view.advisors[was]?.lead ?? null;
    if (lead !== null && lead === (leadsBefore[was]?.lead ?? null)) same++;
    else newAdult++;
  }
  return { returning, sameGroupSameLead: same, sameGroupNewAdult: newAdult, percent: returning ? (same / returning) * 100 : null };
}

function sizeOf(view: YearView): SizeMetrics {
  const { targetMin, targetMax, softMin, softMax, hardMax } = view.school.info.policy;
  const sizes = [...view.members.values()].map((ids) => ids.length);
  const counted = sizes.filter((n) => n > 0);
  const distances = counted.map((n) => Math.max(0, targetMin - n, n - targetMax));
  return {
    groupsCounted: counted.length,
    emptyGroups: Object.keys(view.advisors).filter((g) => (view.members.get(g)?.length ?? 0) === 0).length,
    meanDistance: distances.length ? distances.reduce((a, b) => a + b, 0) / distances.length : 0,
    maxDistance: distances.reduce((a, b) => Math.max(a, b), 0),
    outsideSoftBand: counted.filter((n) => n < softMin || n > softMax).length,
    overHardMax: counted.filter((n) => n > hardMax).length,
  };
}

/** The advisory metrics of one school year, from a set of placements (the plan's, or a scenario's). */
export function advisoryMetrics(
  school: School,
  yearId: string,
  placements?: Readonly<Record<string, Placement>>,
  advisors?: YearAdvisors,
): AdvisoryMetrics {
  const view = yearView(school, yearId, placements, advisors);
  const previousYearId = previousYearOf(school, yearId);
  return {
    yearId,
    previousYearId,
    enrolled: view.enrolled.length,
    placed: view.groupOf.size,
    groupsOpen: Object.keys(view.advisors).length,
    continuity: continuityOf(view, previousYearId),
    size: sizeOf(view),
    spread: spreadOf(view),
    violations: ruleViolationsOf(view),
    unconnected: unconnectedOf(view),
  };
}
