/**
 * The yearly rollover, Y → Y+1, pure and deterministic for a seed. The steps, each in its file:
 * 1–2. year-roster.ts: who is in Y+1 (seniors graduate, leavers go), which groups continue/end;
 * 3.   orphans.ts: continuing groups keep their adults; orphan groups move intact to free adults
 *      (optimal assignment, hungarian.ts);
 * 4.   new-groups.ts: groups for the incoming class (or seats a vertical school lacks);
 * 5.   placement.ts: `planYear` places everyone on a copy with those groups, continuity first;
 * 6.   rollover-command.ts: one undoable `batch`;
 * 7.   report.ts: moves with reasons, counts, the summary sentence.
 * Nothing here changes the school: the caller commits `command` (or not).
 */
import { schoolYearId, schoolYearLabel, schoolYearStart } from '../../domain/dates';
import type { AdvisoryGroup, School } from '../../domain/types';
import type { PlanProgress, PlanResult } from '../planner-types';
import { dutyLoad, freeAdults } from './adults';
import { problem, rolloverContext, type RolloverContext } from './context';
import { createNewGroups } from './new-groups';
import { assignAdvisors, type AdvisorStep } from './orphans';
import { placeWithPlanner, planningSchool } from './placement';
import { outcome, summarize } from './report';
import { rolloverCommand } from './rollover-command';
import type { AdvisorPair, RolloverOptions, RolloverPlan, RolloverProblem } from './rollover-types';
import { buildRoster, groupMembers, type Roster } from './year-roster';

/** Progress is reported on a fixed scale: steps 1–4 up to 5, the planner 5–95, the rest to 100. */
const SCALE = 100;

/** Prepares next year: orphan groups get a free adult (intact), new students are placed, with the fewest moves. */
export function planRollover(school: School, fromYearId: string, toYearId: string, options: RolloverOptions, onProgress?: PlanProgress): RolloverPlan {
  if (toYearId !== schoolYearId(schoolYearStart(fromYearId) + 1)) {
    const message = `A rollover goes from one school year to the next: ${schoolYearLabel(toYearId)} does not follow ${schoolYearLabel(fromYearId)}.`;
    return emptyPlan(fromYearId, toYearId, message);
  }
  const ctx = rolloverContext(school, fromYearId, toYearId);
  onProgress?.(0, SCALE, 'rollover: students and groups');
  const roster = buildRoster(school, fromYearId, toYearId);
  const members = groupMembers(school, roster, fromYearId, toYearId);
  const load = dutyLoad(school, fromYearId, toYearId, coAdvising(roster, fromYearId, toYearId));
  // Leads of groups that end after Y are free to loop back to the youngest grade.
  const loopingBack = new Set(roster.ending.map((e) => e.group.advisors[fromYearId]?.lead).filter((id): id is string => !!id));
  onProgress?.(2, SCALE, 'rollover: advisors');
  const advisors = assignAdvisors(ctx, roster.continuing, members, load, loopingBack);
  const open = new Map(
    roster.continuing.filter((g) => !advisors.leaderless.has(g.id)).map((g) => [g.id, { group: g, advisors: advisors.advisors.get(g.id) ?? { lead: null, co: null } }]),
  );
  const free = freeAdults(school, fromYearId, toYearId, advisors.leading);
  const fresh = createNewGroups(ctx, roster.students, open, free, load, loopingBack);
  const upserts = [...groupUpserts(ctx, roster, advisors), ...fresh.groups];
  onProgress?.(5, SCALE, 'rollover: placing');
  const heldBack = new Set([...advisors.leaderless].flatMap((id) => members.get(id) ?? []));
  const copy = planningSchool(ctx, upserts, heldBack);
  const plan = placeWithPlanner(ctx, copy, options, onProgress ? (done, total, phase) => onProgress(5 + Math.floor((90 * done) / Math.max(1, total)), SCALE, `rollover: ${phase}`) : undefined);
  const final = finalPlacements(ctx, roster, heldBack, members, plan);
  const placedIn = new Set([...open.keys(), ...advisors.leaderless, ...fresh.groups.map((g) => g.id)]);
  const feasibility = dedupe([...advisors.problems, ...fresh.problems, ...lockProblems(ctx, roster, placedIn), ...plan.problems]);
  const result = outcome(ctx, roster, final, plan);
  onProgress?.(SCALE, SCALE, 'rollover: done');
  return {
    fromYearId,
    toYearId,
    command: rolloverCommand(ctx, roster, upserts, final),
    summary: summarize(ctx, result, advisors.changes, fresh.summaries, roster.graduated, roster.leftSchool, roster.ending.length, feasibility),
    advisorChanges: advisors.changes,
    newGroups: fresh.summaries,
    placedNew: result.placedNew,
    returningStayed: result.returningStayed,
    moves: result.moves,
    graduated: roster.graduated,
    leftSchool: roster.leftSchool,
    leftGroups: roster.ending.map((e) => ({ groupId: e.group.id, reason: e.reason })),
    unplaced: result.unplaced,
    feasibility,
    plan,
  };
}

/** Co-advising roles in Y+1 as they stand before the rollover (a duty in the load). */
function coAdvising(roster: Roster, from: string, to: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of roster.continuing) {
    const co = (g.advisors[to] ?? g.advisors[from])?.co;
    if (co) out.set(co, (out.get(co) ?? 0) + 1);
  }
  return out;
}

/** Continuing groups whose Y+1 advisors change, and groups whose record must say they ended after Y. */
function groupUpserts(ctx: RolloverContext, roster: Roster, step: AdvisorStep): AdvisoryGroup[] {
  const same = (a: AdvisorPair | undefined, b: AdvisorPair): boolean => !!a && a.lead === b.lead && a.co === b.co;
  const out: AdvisoryGroup[] = [];
  for (const g of roster.continuing) {
    const now = step.advisors.get(g.id);
    if (now && !same(g.advisors[ctx.to], now)) out.push({ ...g, advisors: { ...g.advisors, [ctx.to]: now } });
  }
  for (const e of roster.ending) if (e.setLastYear) out.push({ ...e.group, lastYearId: ctx.from });
  return out;
}

/** Student → Y+1 group: locks as they are, held-back students in their group, the rest as planned. */
function finalPlacements(
  ctx: RolloverContext,
  roster: Roster,
  heldBack: ReadonlySet<string>,
  members: ReadonlyMap<string, readonly string[]>,
  plan: PlanResult,
): Map<string, string | null> {
  const next = ctx.school.placements[ctx.to] ?? {};
  const groupOfHeld = new Map<string, string>();
  for (const [groupId, ids] of members) for (const id of ids) if (heldBack.has(id)) groupOfHeld.set(id, groupId);
  const final = new Map<string, string | null>();
  for (const s of roster.students) {
    const locked = next[s.id]?.locked ? next[s.id]?.groupId : undefined;
    final.set(s.id, locked ?? groupOfHeld.get(s.id) ?? plan.placements[s.id] ?? null);
  }
  return final;
}

/** Y+1 locks in a group that does not meet in Y+1: kept (never moved), but said. */
function lockProblems(ctx: RolloverContext, roster: Roster, open: ReadonlySet<string>): RolloverProblem[] {
  const next = ctx.school.placements[ctx.to] ?? {};
  return roster.students
    .filter((s) => next[s.id]?.locked && !open.has(next[s.id]?.groupId ?? ''))
    .map((s) => {
      const groupId = next[s.id]?.groupId ?? '';
      return problem(
        'locked-in-closed-group',
        `${ctx.name.student(s.id)} is locked in ${ctx.name.group(groupId)}, which does not meet in ${ctx.toLabel}. The lock is kept; unlock them to let the rollover place them.`,
        { studentIds: [s.id], groupIds: [groupId] },
      );
    });
}

function dedupe(problems: readonly RolloverProblem[]): RolloverProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.message) && (seen.add(p.message), true));
}

function emptyPlan(fromYearId: string, toYearId: string, message: string): RolloverPlan {
  return {
    fromYearId,
    toYearId,
    command: null,
    summary: message,
    advisorChanges: [],
    newGroups: [],
    placedNew: 0,
    returningStayed: 0,
    moves: [],
    graduated: 0,
    leftSchool: 0,
    leftGroups: [],
    unplaced: [],
    feasibility: [problem('year-mismatch', message)],
    plan: null,
  };
}
