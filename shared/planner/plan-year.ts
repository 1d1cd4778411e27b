/**
 * Plans one school year: check → greedy construction → local search → (fresh plans) goal chains,
 * exchange cycles, rebuild rounds, exchange cycles again, goal chains again where they paid, loose
 * annealing, seat shifts and (where they paid) exchange cycles once more → findings.
 * Deterministic for a seed (the budget is a number of tries, not a time); never breaks a hard
 * constraint when the year is feasible (hard rules are built into the moves, seats are checked on
 * every move), and reports what it could not do.
 */
import type { School } from '../domain/types';
import { construct } from './construct';
import { feasibilityOf } from './feasibility';
import { planFindings } from './findings';
import { countHardViolations } from './hard-constraints';
import { buildInstance } from './instance';
import type { Instance } from './instance-types';
import { planMoves } from './moves';
import { toObjectiveParts } from './objective';
import { PlanState } from './plan-state';
import { defaultIterations, defaultRebuildRounds } from './planner-defaults';
import type { PlanProgress, PlanRequest, PlanResult } from './planner-types';
import { localSearch } from './local-search';
import { namer } from './names';
import { plannerRandom } from './random';
import { rebuild } from './rebuild';
import { chainMemo, goalChains } from './goal-chains';
import { exchangeCycles } from './exchange-cycles';
import { replanScope } from './replan-scope';
import { looseAnneal } from './loose-anneal';
import { seatShifts } from './seat-shifts';
import { likelyWorkedParts } from './loose-parts';

const ROUND_TRIES = 50;
/** Loose annealing (loose-anneal.ts): tries per loose student of a part, and per part at most. */
const ANNEAL_PER_UNIT = 3_000;
const ANNEAL_PER_PART = 300_000;

/** Plans one school year; deterministic for a seed; never violates a hard constraint when feasible. */
export function planYear(school: School, request: PlanRequest, report?: PlanProgress): PlanResult {
  const started = Date.now();
  const onProgress = throttled(report);
  const inst = buildInstance(school, request.yearId, request.weights, request.mode);
  const planned = Math.max(0, Math.floor(request.iterations ?? defaultIterations(inst.n, request.mode)));
  // A request that names a budget scales the rebuild rounds with it (tests ask for small budgets).
  const fullRounds = request.mode === 'fresh' ? defaultRebuildRounds(inst.n) : 0;
  const rounds = request.iterations === undefined ? fullRounds : Math.round((fullRounds * planned) / Math.max(1, defaultIterations(inst.n, request.mode)));
  // Progress counts in tries; a rebuild round takes about as long as ROUND_TRIES of them, the
  // loose annealing about as long as half the tries, the seat shifts a third — when they will
  // run: on a vertical school they find no part to work on, and the bar would jump at the end.
  const late = request.mode === 'fresh' && likelyWorkedParts(inst);
  const annealSlots = late ? Math.ceil(planned / 2) : 0;
  const shiftSlots = late ? Math.ceil(planned / 3) : 0;
  const total = planned + rounds * ROUND_TRIES + annealSlots + shiftSlots + 3;
  onProgress?.(0, total, 'checking');
  const problems = feasibilityOf(inst);
  onProgress?.(1, total, 'placing');
  const state = new PlanState(inst);
  const unplacedUnits = construct(state, request.mode);
  const constructMs = Date.now() - started;
  const searchStart = Date.now();
  const random = plannerRandom(request.seed);
  const scope = request.mode === 'replan' ? replanScope(state, random) : undefined;
  // A re-plan given no budget sizes it by the students in its scope, not the school's (so a
  // one-student edit is not searched like a new year); progress keeps the scale it announced.
  const budget = scope && request.iterations === undefined ? Math.min(planned, defaultIterations(scope.units.length, 'replan')) : planned;
  const tries = localSearch(state, {
    budget,
    strict: request.mode === 'replan',
    random,
    ...(scope ? { scope } : {}),
    ...(onProgress ? { onTick: (done: number) => onProgress(2 + Math.floor((done * planned) / Math.max(1, budget)), total, 'improving') } : {}),
  });
  // Fresh plans: goal chains, exchange cycles, the rebuild rounds, exchange cycles on what the
  // rounds left, and, where chains paid, goal chains again on what changed. Cycles before the
  // rounds as well as after: the rounds then re-deal groups the cycles already balanced, and find
  // what neither finds alone (4,000×250 grade-level, seeds 1–6: mean 15,296.0 → 15,293.2; vertical
  // and 500×40 no worse, 1,500×120 vertical mean 10,089.3 → 10,087.4; ~+30 ms). Last, loose
  // annealing (loose-anneal.ts), seat shifts (seat-shifts.ts) and, where they paid, the cycles
  // once more on what they changed.
  const fresh = request.mode === 'fresh';
  const memo = fresh ? chainMemo(inst.unitMembers.length) : undefined;
  let chains = memo ? goalChains(state, random, memo) : 0;
  let cycles = fresh ? exchangeCycles(state).applied : 0;
  const kept = rounds > 0 ? rebuild(state, { rounds, random, ...(onProgress ? { onTick: (done: number) => onProgress(2 + planned + done * ROUND_TRIES, total, 'improving') } : {}) }) : 0;
  if (fresh) cycles += exchangeCycles(state).applied;
  if (chains > 0) chains += goalChains(state, random, memo);
  const perUnit = request.iterations === undefined ? ANNEAL_PER_UNIT : Math.round((ANNEAL_PER_UNIT * planned) / Math.max(1, defaultIterations(inst.n, request.mode)));
  const annealFrom = 2 + planned + rounds * ROUND_TRIES;
  const shiftFrom = annealFrom + annealSlots;
  const annealed = fresh ? looseAnneal(state, { perUnit, perPart: ANNEAL_PER_PART, random, ...(onProgress ? { onTick: (share: number) => onProgress(annealFrom + Math.floor(share * annealSlots), total, 'improving') } : {}) }) : 0;
  const shifted = fresh ? seatShifts(state, onProgress ? (share: number) => onProgress(shiftFrom + Math.floor(share * shiftSlots), total, 'improving') : undefined) : 0;
  if (annealed > 0 || shifted > 0) cycles += exchangeCycles(state).applied;
  const searchMs = Date.now() - searchStart;
  onProgress?.(total - 1, total, 'explaining');
  const placements: Record<string, string> = {};
  inst.students.forEach((s, i) => {
    const g = state.groupOf[i] as number;
    if (g >= 0) placements[s.id] = inst.groups[g]?.id ?? '';
  });
  const result: PlanResult = {
    yearId: request.yearId,
    placements,
    unplaced: unplacedUnits.flatMap((u) => [...(inst.unitMembers[u] as Int32Array)].map((s) => ({ studentId: inst.students[s]?.id ?? '', reason: unplacedReason(inst, u) }))),
    objective: toObjectiveParts(inst, state.raw),
    findings: planFindings(state),
    moves: planMoves(state, request.mode),
    hardViolations: countHardViolations(inst, state.groupOf),
    problems,
    stats: {
      students: inst.n,
      groups: inst.g,
      constructMs,
      searchMs,
      iterations: tries,
      rebuildRounds: rounds,
      rebuildsKept: kept,
      goalChains: chains,
      exchangeCycles: cycles,
      annealGain: Math.round((100 * annealed) / inst.scale) / 100,
      seatShiftGain: Math.round((100 * shifted) / inst.scale) / 100,
      continuityPercent: continuityPercent(inst, state),
      maxSizeDeviation: maxSizeDeviation(inst, state),
    },
  };
  onProgress?.(total, total, 'done');
  return result;
}

/**
 * Progress at most every 2% of the work, at each new phase and at the end: the steps tick at
 * their own pace (the search ~30 times, each rebuild round, the annealing and the seat shifts once
 * a part), and each call is a message from the worker to main (which passes the window at most
 * ~20 a second); this keeps a plan to ~50 of them.
 */
function throttled(report: PlanProgress | undefined): PlanProgress | undefined {
  if (!report) return undefined;
  let last = -Infinity;
  let lastPhase = '';
  return (done, total, phase) => {
    if (phase === lastPhase && done < total && done - last < total / 50) return;
    last = done;
    lastPhase = phase;
    report(done, total, phase);
  };
}

function unplacedReason(inst: Instance, u: number): string {
  const name = namer(inst.school);
  const members = inst.unitMembers[u] as Int32Array;
  const together = members.length > 1 ? ' (with those they must be kept together with)' : '';
  if ((inst.unitDomain[u] as Int32Array).length === 0) {
    return `no open group in ${name.year(inst.yearId)} may take them${together}: the grade policy, a hard rule or the group sizes rule out every group`;
  }
  return `every group that may take them${together} is full, or holds someone they must be kept apart from`;
}

/** % of returning students who stay with the same group and adult. */
function continuityPercent(inst: Instance, state: PlanState): number {
  let returning = 0;
  let kept = 0;
  for (let s = 0; s < inst.n; s++) {
    if (inst.prevGroupId[s] === null) continue;
    returning++;
    const p = inst.prevGroup[s] as number;
    const group = inst.groups[p];
    if (p >= 0 && state.groupOf[s] === p && group?.advisors[inst.prevYearId]?.lead === group?.advisors[inst.yearId]?.lead) kept++;
  }
  return returning === 0 ? 100 : Math.round((1000 * kept) / returning) / 10;
}

/** Largest distance of a group's size from its target band. */
function maxSizeDeviation(inst: Instance, state: PlanState): number {
  let max = 0;
  for (let g = 0; g < inst.g; g++) {
    const n = state.size[g] as number;
    max = Math.max(max, (inst.lo[g] as number) - n, n - (inst.hi[g] as number));
  }
  return max;
}
