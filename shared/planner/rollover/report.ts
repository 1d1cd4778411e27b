/**
 * Step 7: what the rollover tells the scheduler — every returning student who changes group with
 * why, the counts, and the one-sentence summary.
 */
import type { PlanMove, PlanResult } from '../planner-types';
import { plural } from '../../domain/wording';
import type { RolloverContext } from './context';
import type { AdvisorChange, NewGroup, RolloverProblem } from './rollover-types';
import type { Roster } from './year-roster';

export type Outcome = {
  readonly moves: readonly PlanMove[];
  readonly returningStayed: number;
  readonly placedNew: number;
  readonly unplaced: readonly { readonly studentId: string; readonly reason: string }[];
};

/** Compares Y with the final Y+1 placements: moves with reasons, stayers, new students placed, unplaced. */
export function outcome(ctx: RolloverContext, roster: Roster, final: ReadonlyMap<string, string | null>, plan: PlanResult | null): Outcome {
  const before = ctx.school.placements[ctx.from] ?? {};
  const next = ctx.school.placements[ctx.to] ?? {};
  const ended = new Map(roster.ending.map((e) => [e.group.id, e.reason]));
  const continuing = new Set(roster.continuing.map((g) => g.id));
  const planMoves = new Map((plan?.moves ?? []).map((m) => [m.studentId, m.reason]));
  const planUnplaced = new Map((plan?.unplaced ?? []).map((u) => [u.studentId, u.reason]));
  const moves: PlanMove[] = [];
  const unplaced: { studentId: string; reason: string }[] = [];
  let returningStayed = 0;
  let placedNew = 0;
  for (const s of roster.students) {
    const now = final.get(s.id) ?? null;
    if (now === null) {
      unplaced.push({ studentId: s.id, reason: planUnplaced.get(s.id) ?? `the planner found no group for them in ${ctx.toLabel}` });
      continue;
    }
    if (!roster.returning.has(s.id)) {
      placedNew++;
      continue;
    }
    const prev = before[s.id]?.groupId ?? '';
    if (prev === now) {
      returningStayed++;
      continue;
    }
    let reason = ended.get(prev);
    if (reason === undefined && next[s.id]?.locked) reason = `locked in ${ctx.name.group(now)} for ${ctx.toLabel}`;
    if (reason === undefined && !continuing.has(prev)) reason = `${ctx.name.group(prev)} does not continue into ${ctx.toLabel}`;
    moves.push({ studentId: s.id, from: prev, to: now, reason: reason ?? planMoves.get(s.id) ?? 'moved by the planner' });
  }
  return { moves, returningStayed, placedNew, unplaced };
}

/** "300 new students placed in 18 new groups, 6 groups get a new advisor, 5 returning students move — here is why each moves. …" */
export function summarize(
  ctx: RolloverContext,
  o: Outcome,
  changes: readonly AdvisorChange[],
  newGroups: readonly NewGroup[],
  graduated: number,
  leftSchool: number,
  endedGroups: number,
  problems: readonly RolloverProblem[],
): string {
  const newAdvisor = changes.filter((c) => c.to.lead !== null && c.to.lead !== c.from.lead).length;
  const placed = `${plural(o.placedNew, 'new student')} placed${newGroups.length > 0 ? ` (${plural(newGroups.length, 'new group')})` : ''}`;
  const stay = o.returningStayed;
  // With no moves, how many stay is said once, in the head; with moves, in the tail.
  const allStay = stay === 0 ? 'no returning students' : stay === 1 ? 'the 1 returning student stays with their group' : `all ${plural(stay, 'returning student')} stay with their group`;
  const moves = o.moves.length === 0 ? allStay : `${plural(o.moves.length, 'returning student')} ${o.moves.length === 1 ? 'moves' : 'move'} — here is why each moves`;
  const head = `${ctx.toLabel}: ${placed}, ${plural(newAdvisor, 'group')} ${newAdvisor === 1 ? 'gets' : 'get'} a new advisor, ${moves}.`;
  const tail = [
    ...(o.moves.length > 0 ? [`${plural(stay, 'returning student')} ${stay === 1 ? 'stays' : 'stay'} with their group`] : []),
    `${plural(graduated, 'senior')} ${graduated === 1 ? 'graduates' : 'graduate'}`,
    ...(leftSchool > 0 ? [`${plural(leftSchool, 'other student')} ${leftSchool === 1 ? 'leaves' : 'leave'} the school`] : []),
    ...(endedGroups > 0 ? [`${plural(endedGroups, 'group')} ${endedGroups === 1 ? 'ends' : 'end'}`] : []),
    ...(o.unplaced.length > 0 ? [`${plural(o.unplaced.length, 'student')} could not be placed`] : []),
  ];
  const check = problems.length > 0 ? ` ${plural(problems.length, 'problem')} ${problems.length === 1 ? 'needs' : 'need'} a decision.` : '';
  return `${head} ${tail.join('; ')}.${check}`;
}
