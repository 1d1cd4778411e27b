/**
 * Loose annealing, last step of a fresh plan: simulated annealing over the loose students only
 * (placed, unlocked, with a choice of group, not sitting with last year's adult), starting from the
 * finished plan at a low temperature, with three moves — one student to another group, two
 * students trading groups, and two students of one group moving to another together — and the plan
 * put back to the best one it passed through. A fourth move, the goal move, decides who keeps a
 * contested seat: a returning student who sits elsewhere goes back to last year's group while a
 * student there leaves it (4,000×250 grade-level, seeds 1–6: mean 15,290.26 → 15,290.17, seed 1
 * 15,291.10 → 15,290.62; 500×40 unchanged).
 *
 * Why: what the earlier steps leave differs from the proven optimum in ~20 loose students moved
 * over 14–17 groups at once, which no move, swap, cycle of up to eight groups or eight-group
 * re-deal improves on its own (each step of the way first makes two groups' sizes odd, and an odd
 * size costs ~3 in unavoidable mix rounding). Annealing walks through those worse plans, and the
 * pair move changes a group's size by two without passing through an odd one. Each part of the
 * school (with grade-level groups, each cohort) walks on its own and keeps its own best plan. On
 * 4,000×250 grade-level, seeds 1–6, this took the finished plans from 15,293.5 / 15,291.0 /
 * 15,291.1 / 15,290.2 / 15,297.3 / 15,296.2 (mean 15,293.2) to 15,291.1 / 15,290.5 / 15,290.5 /
 * 15,290.2 / 15,289.9 / 15,289.4 (mean 15,290.3; HiGHS's best in 15 minutes is 15,290.27), for
 * ~250–450 ms. In a part with many loose students (the new 9th-grade cohort, 970 of them; a
 * vertical school, 1,159) the walk found nothing in 300,000 tries (new cohort, seeds 1 and 5;
 * vertical, seeds 1 and 2), so parts with more than MAX_LOOSE are left alone.
 *
 * Deterministic: a number of tries from the seeded source, no time limit. Never makes the plan
 * worse (it ends on the best plan seen, which is at worst where it started); never breaks a seat or
 * a hard keep-apart (every move is checked as the search's own moves are).
 */
import type { PlanState } from './plan-state';
import type { PlannerRandom } from './random';
import { twoMovesDelta } from './two-moves';
import { LooseLists } from './loose-lists';
import { isFreeUnit, looseByPart, MAX_LOOSE, partOfGroup } from './loose-parts';

/** Temperature at the start and at the end, in students' worth of the objective (× scale). */
const START_TEMPERATURE = 2;
const END_TEMPERATURE = 0.05;
/** Cooling is geometric; the temperature is recomputed every STEP tries (Math.exp is the slow part). */
const STEP = 256;

export type AnnealOptions = {
  /** Tries per loose student of a part, and per part at most. */
  readonly perUnit: number;
  readonly perPart: number;
  readonly random: PlannerRandom;
  /** Called before each part's walk with the share of the tries made so far (0…1). */
  readonly onTick?: (share: number) => void;
};

/** Improves the plan in place (never worse); returns the improvement in the internal objective (≥ 0). */
export function looseAnneal(state: PlanState, options: AnnealOptions): number {
  const inst = state.inst;
  if (inst.anchorCost !== 0 || options.perUnit <= 0) return 0;
  const part = partOfGroup(inst);
  const loose = looseByPart(state, part);
  const returners: number[][] = [];
  const contested = new Uint8Array(inst.g);
  for (const units of loose) {
    for (const u of units ?? []) {
      const s = (inst.unitMembers[u] as Int32Array)[0] as number;
      const prev = inst.prevGroup[s] as number;
      if ((inst.contCost[s] as number) !== 0 && prev >= 0 && inst.unitDomainMask[u]?.[prev]) contested[prev] = 1;
    }
  }
  // Who keeps a contested seat (last year's group of a returning student who sits elsewhere) is
  // the walk's to choose as well: the goal move sends one of its returning students back there and
  // one of the students there elsewhere. Only the goal move moves those who sit at home.
  for (let u = 0; u < inst.unitMembers.length; u++) {
    if (!isFreeUnit(state, u)) continue;
    const s = (inst.unitMembers[u] as Int32Array)[0] as number;
    const prev = inst.prevGroup[s] as number;
    if ((inst.contCost[s] as number) === 0 || prev < 0 || !contested[prev] || !inst.unitDomainMask[u]?.[prev]) continue;
    (returners[part[prev] as number] ??= []).push(u);
  }
  // A part with many loose students (a new cohort, a vertical school) is what the earlier steps
  // re-deal best; the walk found nothing there (see the module comment).
  const walks = [...loose.entries()].filter(([, units]) => units && units.length >= 2 && units.length <= MAX_LOOSE);
  const triesOf = (units: readonly number[]): number => Math.min(options.perUnit * units.length, options.perPart);
  const all = walks.reduce((sum, [, units]) => sum + triesOf(units), 0);
  let done = 0;
  let gain = 0;
  for (const [p, units] of walks) {
    const tries = triesOf(units);
    options.onTick?.(done / all);
    gain += new Walk(state, units, returners[p] ?? [], options.random).run(tries);
    done += tries;
  }
  return gain;
}

class Walk {
  /** The loose units (and returners) by group; its journal holds the moves since the best plan seen, to go back to it at the end. */
  private readonly lists: LooseLists;
  private temperature = 0;

  constructor(
    private readonly state: PlanState,
    private readonly loose: readonly number[],
    private readonly returners: readonly number[],
    private readonly random: PlannerRandom,
  ) {
    this.lists = new LooseLists(state, [...loose, ...returners]);
  }

  run(tries: number): number {
    const scale = this.state.inst.scale;
    const ratio = END_TEMPERATURE / START_TEMPERATURE;
    let current = 0;
    let best = 0;
    for (let t = 0; t < tries; t++) {
      if (t % STEP === 0) this.temperature = START_TEMPERATURE * scale * Math.pow(ratio, t / tries);
      const kind = this.random.below(this.returners.length === 0 ? 3 : 4);
      const d = kind === 0 ? this.move() : kind === 1 ? this.swap() : kind === 2 ? this.pair() : this.goal();
      if (d === null) continue;
      current += d;
      if (current < best) {
        best = current;
        this.lists.journal.length = 0;
      }
    }
    // Back to the best plan seen: undo the moves made after it, last first.
    this.lists.undo();
    return -best;
  }

  private accept(d: number): boolean {
    if (d <= 0) return true;
    return this.random.below(1 << 30) < (1 << 30) * Math.exp(-d / this.temperature);
  }

  /** One loose student to another group it may join. */
  private move(): number | null {
    const { state, loose, random } = this;
    const u = loose[random.below(loose.length)] as number;
    const domain = state.inst.unitDomain[u] as Int32Array;
    const to = domain[random.below(domain.length)] as number;
    if (to === state.unitGroup[u] || !state.fits(u, to)) return null;
    const d = state.delta(u, to);
    if (!this.accept(d)) return null;
    this.lists.shift(u, to);
    return d;
  }

  /** Two loose students in different groups trade places. */
  private swap(): number | null {
    const { state, loose, random } = this;
    const inst = state.inst;
    const u = loose[random.below(loose.length)] as number;
    const v = loose[random.below(loose.length)] as number;
    const gu = state.unitGroup[u] as number;
    const gv = state.unitGroup[v] as number;
    if (gu === gv || !inst.unitDomainMask[u]?.[gv] || !inst.unitDomainMask[v]?.[gu]) return null;
    if (!state.apartOk(u, gv) || !state.apartOk(v, gu)) return null;
    const d = state.swapDelta(u, v);
    if (!this.accept(d)) return null;
    this.lists.shift(u, gv);
    this.lists.shift(v, gu);
    return d;
  }

  /**
   * A returning student goes back to last year's group and a student there leaves it: for one
   * who keeps a connected adult, to another group with such an adult (the seat is contested, and
   * who keeps it decides where the other may sit); else to the returner's group or any other.
   */
  private goal(): number | null {
    const { state, returners, random } = this;
    const inst = state.inst;
    const u = returners[random.below(returners.length)] as number;
    const from = state.unitGroup[u] as number;
    const prev = inst.prevGroup[(inst.unitMembers[u] as Int32Array)[0] as number] as number;
    const there = this.lists.inGroup[prev] as number[];
    if (from === prev || there.length === 0) return null;
    const v = there[random.below(there.length)] as number;
    const sv = (inst.unitMembers[v] as Int32Array)[0] as number;
    const friendly = inst.friendlyGroups[sv];
    const domain = inst.unitDomain[v] as Int32Array;
    const to =
      (inst.relCost[sv] as number) !== 0 && friendly && friendly.length > 0
        ? (friendly[random.below(friendly.length)] as number)
        : random.below(2) === 0
          ? from
          : (domain[random.below(domain.length)] as number);
    if (to === prev || !inst.unitDomainMask[v]?.[to] || !state.apartOk(u, prev)) return null;
    return this.both(u, prev, v, to);
  }

  /** Two loose students of one group move to another group together (its size changes by two). */
  private pair(): number | null {
    const { state, loose, random } = this;
    const inst = state.inst;
    const u = loose[random.below(loose.length)] as number;
    const from = state.unitGroup[u] as number;
    const mates = this.lists.inGroup[from] as number[];
    if (mates.length < 2) return null;
    let v = mates[random.below(mates.length - 1)] as number;
    if (v === u) v = mates[mates.length - 1] as number;
    const domain = inst.unitDomain[u] as Int32Array;
    const to = domain[random.below(domain.length)] as number;
    if (to === from || !inst.unitDomainMask[v]?.[to] || (state.size[to] as number) + 2 > (inst.cap[to] as number)) return null;
    if (!state.apartOk(u, to) || !state.apartOk(v, to)) return null;
    return this.both(u, to, v, to);
  }

  /**
   * u to uTo, then v to vTo, priced together (v's move after u's: v's partner or seat may be u's
   * doing; two-moves.ts) and made when the walk accepts them; the caller has checked u's move.
   */
  private both(u: number, uTo: number, v: number, vTo: number): number | null {
    const d = twoMovesDelta(this.state, u, uTo, v, vTo);
    if (!Number.isFinite(d) || !this.accept(d)) return null;
    this.lists.shift(u, uTo);
    this.lists.shift(v, vTo);
    return d;
  }
}
