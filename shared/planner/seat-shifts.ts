/**
 * Seat shifts, for fresh plans after the loose annealing: for each pair of groups A, B of a part,
 * the one or two loose students of A whose move costs least go to B, then trades of loose students
 * (a swap descent that starts at A and B and follows every group a trade changes) re-deal the mix
 * around the new sizes; the whole is kept when the plan is better, else undone.
 *
 * Why: what the annealing leaves on a grade-level cohort is often at the best mix its group sizes
 * allow, while a better plan has other sizes. On 4,000×250 grade-level, seed 1, the proven optimum
 * of the 10th-grade cohort (58 groups, 100 loose students) differs in six groups' sizes; 3 million
 * annealing trades at the plan's sizes find nothing, while moving two students from one group to
 * another and trading the mix around that gains 0.38 at once. A size change costs mix rounding in
 * both groups (an odd size cannot split 50:50) before the trades pay it back, so no single move,
 * and rarely the walk, takes it.
 *
 * Deterministic (no randomness; groups and students in index order). Never makes the plan worse;
 * every move and trade is checked for seats and hard keep-aparts as the search's own are.
 */
import { workedParts } from './loose-parts';
import { LooseLists } from './loose-lists';
import type { PlanState } from './plan-state';

/** Improves the plan in place (never worse); returns the improvement in the internal objective (≥ 0). */
export function seatShifts(state: PlanState, onTick?: (share: number) => void): number {
  if (state.inst.anchorCost !== 0) return 0;
  // Parts with many loose students are left alone (loose-parts.ts, MAX_LOOSE).
  const parts = workedParts(state);
  let gain = 0;
  parts.forEach((units, i) => {
    onTick?.(i / parts.length);
    gain += new Shifter(state, units).run();
  });
  return gain;
}

class Shifter {
  private readonly lists: LooseLists;
  /** The part's groups, in index order. */
  private readonly groups: number[];
  private readonly dirty: number[] = [];
  /** Per unit: its attributes as a bit mask, and whether it has an own cost (a loop, an adult who knows them). */
  private readonly bits: Int32Array;
  private readonly personal: Uint8Array;

  constructor(
    private readonly state: PlanState,
    private readonly loose: readonly number[],
  ) {
    const inst = state.inst;
    // Its journal holds the moves since the last kept shift, to undo one that does not pay.
    this.lists = new LooseLists(state, loose);
    const inPart = new Uint8Array(inst.g);
    for (const u of loose) for (const g of inst.unitDomain[u] as Int32Array) inPart[g] = 1;
    this.groups = [];
    for (let g = 0; g < inst.g; g++) if (inPart[g]) this.groups.push(g);
    this.bits = new Int32Array(inst.unitMembers.length);
    this.personal = new Uint8Array(inst.unitMembers.length);
    for (const u of loose) {
      const s = (inst.unitMembers[u] as Int32Array)[0] as number;
      for (let q = 0; q < inst.a; q++) this.bits[u] = (this.bits[u] as number) | ((inst.unitAttr[u * inst.a + q] as number) << q);
      this.personal[u] = (inst.contCost[s] as number) !== 0 || (inst.relCost[s] as number) !== 0 ? 1 : 0;
    }
  }

  /** One pass over all pairs (on 4,000×250 grade-level, seeds 1–8, a second pass kept nothing). */
  run(): number {
    let gain = 0;
    for (const a of this.groups) {
      for (const b of this.groups) {
        if (a === b) continue;
        for (let k = 1; k <= 2 && (this.lists.inGroup[a] as number[]).length >= k; k++) gain -= this.tryShift(a, b, k);
      }
    }
    return gain;
  }

  /** Shifts k students from a to b and re-deals; keeps it and returns the change when it pays, else undoes it and returns 0. */
  private tryShift(a: number, b: number, k: number): number {
    this.lists.journal.length = 0;
    let d = 0;
    for (let i = 0; i < k; i++) {
      const step = this.bestMove(a, b);
      if (step === null) return this.undo();
      d += step;
    }
    d += this.descend(a, b);
    return d < 0 ? d : this.undo();
  }

  /** Moves the loose student of a whose move to b costs least; null when none may go. */
  private bestMove(a: number, b: number): number | null {
    const { state } = this;
    const inst = state.inst;
    let best = -1;
    let bestD = Infinity;
    for (const u of this.lists.inGroup[a] as number[]) {
      if (!inst.unitDomainMask[u]?.[b] || !state.fits(u, b)) continue;
      const d = state.delta(u, b);
      if (d < bestD) {
        bestD = d;
        best = u;
      }
    }
    if (best < 0) return null;
    this.lists.shift(best, b);
    return bestD;
  }

  /**
   * Trades that pay, first found first taken, starting from the students of a and b and then of
   * every group a trade changed (only a trade touching a changed group can have begun to pay).
   */
  private descend(a: number, b: number): number {
    const { state, loose, bits, personal } = this;
    const inst = state.inst;
    const wMix = inst.weights.mix;
    const dirty = this.dirty;
    dirty.length = 0;
    dirty.push(a, b);
    let d = 0;
    while (dirty.length > 0) {
      const g = dirty.pop() as number;
      const units = this.lists.inGroup[g] as number[];
      for (let i = 0; i < units.length; i++) {
        const u = units[i] as number;
        for (let j = 0; j < loose.length; j++) {
          const v = loose[j] as number;
          const gv = state.unitGroup[v] as number;
          if (gv === g || !inst.unitDomainMask[u]?.[gv] || !inst.unitDomainMask[v]?.[g]) continue;
          if (!state.apartOk(u, gv) || !state.apartOk(v, g)) continue;
          // Most loose students have no own cost: then a trade changes only the two groups' mix,
          // and none at all between students alike (this loop prices ~6 million trades per plan on
          // 4,000×250; skipping swapDelta()'s own-cost part saves about a third of its time).
          const plain = !personal[u] && !personal[v];
          if (plain && bits[u] === bits[v]) continue;
          const sd = plain ? wMix * state.swapMix(u, v) : state.swapDelta(u, v);
          if (sd >= 0) continue;
          this.lists.shift(u, gv);
          this.lists.shift(v, g);
          d += sd;
          dirty.push(gv, g);
          break;
        }
        // The trade changed this group's list: start it again from the next dirty group (g is on the stack again).
        if (state.unitGroup[u] !== g) break;
      }
    }
    return d;
  }

  private undo(): 0 {
    this.lists.undo();
    return 0;
  }
}
