/**
 * Exchange cycles, for fresh plans before and after the rebuild rounds: students with no tie change places
 * around a ring of up to DEPTH groups at once — A's student goes to B, B's to C, C's back to A —
 * or along a chain that ends in a group with a free seat; and, on a "goal arc", a student comes
 * back into last year's group (or to an adult who knows them) while a classmate leaves it.
 *
 * Why: what is left after the search and the rounds is the groups' mix among loose students, and
 * on a big school no move, swap or eight-group round fixes it: a round meets only 8 of 250
 * groups, and a good exchange often needs three or four groups far apart in the list. On
 * 4,000×250 (seeds 1–4) this took grade-level from 15,302–15,350 to 15,293–15,299 (HiGHS's
 * proven optima per cohort sum to within ~5 of that) and vertical from 29,509–29,568 to
 * 29,390–29,402, for 40–150 ms (bench/planner-bench.ts prints it).
 *
 * This is the cyclic-exchange neighbourhood of Thompson & Orlin (1989) and Ahuja, Orlin & Sharma
 * (2001), searched on a graph of student classes (exchange-classes.ts: students alike in all the
 * objective sees): arc x → y is "a group takes a student of class x and gives one of class y",
 * carried out at the TOP groups where that is cheapest. From every start class a label-correcting
 * search keeps, per depth and class, the cheapest path whose groups all differ, extending only
 * negative partial sums (every improving cycle has a rotation whose partial sums are all
 * negative), and records the best cycle back to the start. "Nobody" is a class too, so a chain
 * (one group loses a student, another gains one) is a cycle through it.
 *
 * Only free students and keepers move, so what a cycle changes is each of its groups' costs and,
 * on goal arcs, two students' own costs; the price is read from per-group tables (exchange-
 * prices.ts; exact integers). Every applied cycle is checked against the state's own total and
 * undone if it does not agree (counted as `disagreed`; tests require 0).
 *
 * Deterministic: no randomness; ties go to the lower index.
 */
import { classesOf, type Classes } from './exchange-classes';
import { GroupPrices } from './exchange-prices';
import type { PlanState } from './plan-state';

/** Groups in a cycle or chain at most. */
const DEPTH = 6;
/** Groups kept per arc of the class graph (the cheapest few, so a path that holds the best one has a stand-in). */
const TOP = 4;
/** Passes at most; a pass applies every improving cycle it found whose groups no other took. */
const PASSES = 60;

/** Mix attributes at most (4 flags + up to 16 grades in vertical groups): price() keeps tables of 2^a. */
const MAX_ATTRIBUTES = 20;

export type ExchangeResult = {
  /** Cycles and chains applied. */
  readonly applied: number;
  /** Cycles whose priced change the state did not confirm (undone; a pricing fault if ever > 0). */
  readonly disagreed: number;
};

/** Improves the plan in place; never makes it worse. */
export function exchangeCycles(state: PlanState, passes = PASSES): ExchangeResult {
  // Re-plans must move as few as possible; the mask tables need 2^attributes entries.
  if (state.inst.anchorCost !== 0 || state.inst.a > MAX_ATTRIBUTES) return { applied: 0, disagreed: 0 };
  const classes = classesOf(state);
  if (classes.count === 0) return { applied: 0, disagreed: 0 };
  const search = new Search(state, classes);
  let applied = 0;
  for (let pass = 0; pass < passes; pass++) {
    const made = search.pass();
    applied += made;
    if (made === 0) break;
  }
  return { applied, disagreed: search.disagreed };
}

/** A cycle found: classes[i] leaves groups[i] for groups[i + 1] (the last for groups[0]); class C is nobody (no one moves); goal[i] = 1 where groups[i]'s arc is a goal arc (a keeper leaves it). */
type Found = { readonly total: number; readonly classes: Int32Array; readonly groups: Int32Array; readonly goal: Uint8Array };

class Search {
  private readonly C: number;
  private readonly W: number;
  private readonly prices: GroupPrices;
  /** Per arc x → y of the class graph (class C = nobody): the TOP cheapest groups that take an x and give a y, and their costs. */
  private readonly arcGroup: Int32Array;
  private readonly arcCost: Float64Array;
  /** 1 where the arc's group entry is a goal arc (a free student back to its goal, a keeper out). */
  private readonly arcGoal: Uint8Array;
  /** Per depth × class: the label of the search from one start class. */
  private readonly label: Float64Array;
  private readonly labelPred: Int32Array;
  private readonly labelGroup: Int32Array;
  private readonly labelGoal: Uint8Array;
  private readonly touched: Uint8Array;
  /** Cycles the state did not confirm (see ExchangeResult). */
  disagreed = 0;

  constructor(
    private readonly state: PlanState,
    private readonly classes: Classes,
  ) {
    const G = state.inst.g;
    this.prices = new GroupPrices(state, classes);
    this.C = classes.count;
    this.W = this.prices.W;
    const V = this.W;
    this.arcGroup = new Int32Array(V * V * TOP);
    this.arcCost = new Float64Array(V * V * TOP);
    this.arcGoal = new Uint8Array(V * V * TOP);
    this.label = new Float64Array((DEPTH + 1) * V);
    this.labelPred = new Int32Array((DEPTH + 1) * V);
    this.labelGroup = new Int32Array((DEPTH + 1) * V);
    this.labelGoal = new Uint8Array((DEPTH + 1) * V);
    this.touched = new Uint8Array(G);
  }

  /** The class graph's arcs: for x → y, the TOP groups that take an x for one of their y's most cheaply. */
  private buildArcs(): void {
    const { C, W, arcGroup, arcCost } = this;
    const { table, presentAt } = this.prices;
    const G = this.state.inst.g;
    arcGroup.fill(-1);
    for (let g = 0; g < G; g++) {
      const list = this.classes.allowedAt[g] as Int32Array;
      const present = presentAt[g] as number[];
      for (let i = -1; i < list.length; i++) {
        const x = i < 0 ? C : (list[i] as number);
        const row = (g * W + (x === C ? 0 : x + 1)) * W;
        // The cheap test first (most entries are not among the TOP): the call is the slow part.
        const arcs = x * W * TOP;
        if (x !== C) {
          const cost = table[row] as number;
          if (cost < (arcCost[arcs + C * TOP + TOP - 1] as number) || (arcGroup[arcs + C * TOP + TOP - 1] as number) < 0) this.insertArc(x, C, g, cost, 0);
        }
        for (let j = 0; j < present.length; j++) {
          const y = present[j] as number;
          const cost = table[row + y + 1] as number;
          if (x !== y && (cost < (arcCost[arcs + y * TOP + TOP - 1] as number) || (arcGroup[arcs + y * TOP + TOP - 1] as number) < 0)) this.insertArc(x, y, g, cost, 0);
        }
      }
      this.goalArcs(g);
    }
  }

  /**
   * Goal arcs into group h: a free student whose only goal is h comes back (gaining what that is
   * worth) while a keeper of h leaves as its carrier class (losing what staying was worth); sizes stay.
   */
  private goalArcs(h: number): void {
    const { C } = this;
    const { goalClassesAt, keepers, keeperLoss, gain, bits } = this.classes;
    const N = this.state.inst.scale;
    const goalClasses = goalClassesAt[h] as Int32Array;
    if (goalClasses.length === 0) return;
    for (let y = 0; y < C; y++) {
      if ((keepers[h * C + y] as number[]).length === 0) continue;
      for (let i = 0; i < goalClasses.length; i++) {
        const x = goalClasses[i] as number;
        const cost = N * ((keeperLoss[h * C + y] as number) - (gain[x] as number)) + this.prices.swapMix(h, bits[x] as number, bits[y] as number);
        this.insertArc(x, y, h, cost, 1);
      }
    }
  }

  /** Keeps (g, cost) among the TOP cheapest groups of arc x → y. */
  private insertArc(x: number, y: number, g: number, cost: number, goal: number): void {
    if (cost === Infinity) return;
    const base = (x * this.W + y) * TOP;
    const { arcGroup, arcCost, arcGoal } = this;
    if ((arcGroup[base + TOP - 1] as number) >= 0 && cost >= (arcCost[base + TOP - 1] as number)) return;
    let k = TOP - 1;
    while (k > 0 && ((arcGroup[base + k - 1] as number) < 0 || cost < (arcCost[base + k - 1] as number))) {
      arcGroup[base + k] = arcGroup[base + k - 1] as number;
      arcCost[base + k] = arcCost[base + k - 1] as number;
      arcGoal[base + k] = arcGoal[base + k - 1] as number;
      k--;
    }
    arcGroup[base + k] = g;
    arcCost[base + k] = cost;
    arcGoal[base + k] = goal;
  }

  /** One search from every start class; applies the improving cycles found on disjoint groups; returns how many. */
  pass(): number {
    this.buildArcs();
    const found: Found[] = [];
    for (let c0 = 0; c0 < this.W; c0++) {
      const f = this.searchFrom(c0);
      if (f) found.push(f);
    }
    return this.apply(found);
  }

  /** Labels by depth from start class c0; returns the best improving cycle back to c0, if any. */
  private searchFrom(c0: number): Found | null {
    const V = this.W;
    const { label, labelPred, labelGroup, labelGoal, arcGroup, arcCost, arcGoal } = this;
    let best: Found | null = null;
    label.fill(Infinity);
    label[c0] = 0;
    for (let depth = 1; depth <= DEPTH; depth++) {
      const from = (depth - 1) * V;
      const to = depth * V;
      for (let x = 0; x < V; x++) {
        const base = label[from + x] as number;
        // Extend only negative partial sums (every improving cycle has a rotation whose partial sums are all negative), and not through c0.
        if (!(base < 0 || (depth === 1 && x === c0)) || (depth > 1 && x === c0)) continue;
        for (let y = 0; y < V; y++) {
          if (x === y || (x === V - 1 && y === V - 1)) continue;
          const arc = (x * V + y) * TOP;
          for (let t = 0; t < TOP; t++) {
            const g = arcGroup[arc + t] as number;
            if (g < 0) break;
            const value = base + (arcCost[arc + t] as number);
            if (value >= (label[to + y] as number)) break;
            if (this.onPath(depth - 1, x, g)) continue;
            label[to + y] = value;
            labelPred[to + y] = x;
            labelGroup[to + y] = g;
            labelGoal[to + y] = arcGoal[arc + t] as number;
            break;
          }
        }
      }
      const closing = label[to + c0] as number;
      if (depth >= 2 && closing < 0 && (!best || closing < best.total)) best = this.cycleAt(depth, c0, closing);
    }
    return best;
  }

  /** True when the label of class x at `depth` passes through group g. */
  private onPath(depth: number, x: number, g: number): boolean {
    const V = this.W;
    for (let d = depth; d >= 1; d--) {
      if (this.labelGroup[d * V + x] === g) return true;
      x = this.labelPred[d * V + x] as number;
    }
    return false;
  }

  /** The cycle closed at `depth` back into c0: arc d enters groups[d − 1] with classes[d − 2] and takes classes[d − 1] out. */
  private cycleAt(depth: number, c0: number, total: number): Found {
    const V = this.W;
    const classes = new Int32Array(depth);
    const groups = new Int32Array(depth);
    const goal = new Uint8Array(depth);
    let x = c0;
    for (let d = depth; d >= 1; d--) {
      classes[d - 1] = x;
      groups[d - 1] = this.labelGroup[d * V + x] as number;
      goal[d - 1] = this.labelGoal[d * V + x] as number;
      x = this.labelPred[d * V + x] as number;
    }
    return { total, classes, groups, goal };
  }

  /**
   * Applies the found cycles, best first, each only if none of its groups was changed by an
   * earlier one. A student who reached their goal, and a keeper who left it, are no longer free:
   * they leave the lists (their class would be another one).
   */
  private apply(found: Found[]): number {
    const { state, C } = this;
    const { units, keepers } = this.classes;
    found.sort((p, q) => p.total - q.total || p.groups.length - q.groups.length);
    this.touched.fill(0);
    let made = 0;
    for (const f of found) {
      const k = f.groups.length;
      if (f.groups.some((g) => this.touched[g] === 1)) continue;
      const moves: { u: number; x: number; list: number[]; from: number; to: number; stays: boolean }[] = [];
      for (let i = 0; i < k; i++) {
        const x = f.classes[i] as number;
        if (x === C) continue;
        const from = f.groups[i] as number;
        const list = (f.goal[i] ? keepers : units)[from * C + x] as number[];
        const next = (i + 1) % k;
        moves.push({ u: list[list.length - 1] as number, x, list, from, to: f.groups[next] as number, stays: f.goal[i] === 0 && f.goal[next] === 0 });
      }
      const before = state.total();
      for (const m of moves) state.apply(m.u, m.to);
      for (const g of f.groups) this.touched[g] = 1;
      if (state.total() - before !== f.total) {
        // The tables disagree with the state (they must not): undo, and leave these groups alone this pass.
        this.disagreed++;
        for (let i = moves.length - 1; i >= 0; i--) state.apply((moves[i] as { u: number }).u, (moves[i] as { from: number }).from);
        continue;
      }
      for (const m of moves) {
        m.list.pop();
        if (m.stays) (units[m.to * C + m.x] as number[]).push(m.u);
      }
      made++;
    }
    for (let g = 0; g < this.touched.length; g++) if (this.touched[g]) this.prices.price(g);
    return made;
  }
}
