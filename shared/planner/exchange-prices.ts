/**
 * The price tables of exchange cycles (exchange-cycles.ts): per group, what its cost changes by
 * (internal units, exact) when a student of class x enters and one of class y leaves, or nobody.
 * Built once, then re-priced only for the groups an applied cycle changed.
 */
import type { Classes } from './exchange-classes';
import { sizeCost } from './objective';
import type { PlanState } from './plan-state';

export class GroupPrices {
  /** Row width: the classes and "nobody" (index 0). */
  readonly W: number;
  private readonly C: number;
  /** Per group: cost change when class x enters and class y leaves; index (g·W + x+1)·W + y+1, x or y = −1: nobody. */
  readonly table: Float64Array;
  /** Per group: the classes with a free student there (set by price()). */
  readonly presentAt: number[][];
  /** Scratch for price(): the mix change per attribute mask, one more or one fewer. */
  private readonly up: Float64Array;
  private readonly down: Float64Array;

  constructor(
    private readonly state: PlanState,
    private readonly classes: Classes,
  ) {
    const G = state.inst.g;
    this.C = classes.count;
    this.W = classes.count + 1;
    this.table = new Float64Array(G * this.W * this.W).fill(Infinity);
    this.up = new Float64Array(1 << state.inst.a);
    this.down = new Float64Array(1 << state.inst.a);
    this.presentAt = Array.from({ length: G }, () => []);
    for (let g = 0; g < G; g++) this.price(g);
  }

  /**
   * Fills group g's table from the state, for every class that may enter it (or nobody) and every
   * class that has a free student there (or nobody); records those present. A swap's mix change is
   * a sum over the attributes where the two classes differ, so it is read from two tables over
   * attribute masks (up[m], down[m]: the change if the attributes in m are one more, or one fewer).
   */
  price(g: number): void {
    const { inst, size, signed } = this.state;
    const a = inst.a;
    const N = inst.scale;
    const wMix = inst.weights.mix;
    const n = size[g] as number;
    const { W, C, table, up, down } = this;
    const { bits, attr, units } = this.classes;
    const list = this.classes.allowedAt[g] as Int32Array;
    const present: number[] = [];
    for (let i = 0; i < list.length; i++) if ((units[g * C + (list[i] as number)] as number[]).length > 0) present.push(list[i] as number);
    this.presentAt[g] = present;
    // One student more or fewer (nobody on the other side): attribute by attribute.
    const grow = n >= (inst.cap[g] as number) ? Infinity : N * (sizeCost(inst, g, n + 1) - sizeCost(inst, g, n));
    const shrink = N * (sizeCost(inst, g, n - 1) - sizeCost(inst, g, n));
    for (let i = 0; i < list.length; i++) {
      const x = list[i] as number;
      let inMix = 0;
      for (let q = 0; q < a; q++) {
        const s = signed[g * a + q] as number;
        inMix += Math.abs(s + N * (attr[x * a + q] as number) - (inst.attrTotal[q] as number)) - Math.abs(s);
      }
      table[(g * W + x + 1) * W] = grow + wMix * inMix;
    }
    for (const y of present) {
      let outMix = 0;
      for (let q = 0; q < a; q++) {
        const s = signed[g * a + q] as number;
        outMix += Math.abs(s - N * (attr[y * a + q] as number) + (inst.attrTotal[q] as number)) - Math.abs(s);
      }
      table[g * W * W + y + 1] = shrink + wMix * outMix;
    }
    if (present.length === 0) return;
    // Swaps: sizes stay, so an attribute both classes share or both lack changes nothing.
    const masks = 1 << a;
    for (let q = 0; q < a; q++) {
      const s = signed[g * a + q] as number;
      up[1 << q] = Math.abs(s + N) - Math.abs(s);
      down[1 << q] = Math.abs(s - N) - Math.abs(s);
    }
    up[0] = 0;
    down[0] = 0;
    for (let m = 1; m < masks; m++) {
      const low = m & -m;
      if (low === m) continue;
      up[m] = (up[m ^ low] as number) + (up[low] as number);
      down[m] = (down[m ^ low] as number) + (down[low] as number);
    }
    for (let i = 0; i < list.length; i++) {
      const x = list[i] as number;
      const bx = bits[x] as number;
      const row = (g * W + x + 1) * W + 1;
      for (const y of present) {
        const by = bits[y] as number;
        table[row + y] = wMix * ((up[bx & ~by] as number) + (down[by & ~bx] as number));
      }
    }
  }

  /** Weighted mix change of group h when a student with attributes `bx` replaces one with `by`. */
  swapMix(h: number, bx: number, by: number): number {
    const { inst, signed } = this.state;
    const N = inst.scale;
    let mix = 0;
    for (let q = 0; q < inst.a; q++) {
      const d = ((bx >> q) & 1) - ((by >> q) & 1);
      if (d === 0) continue;
      const v = signed[h * inst.a + q] as number;
      mix += Math.abs(v + N * d) - Math.abs(v);
    }
    return inst.weights.mix * mix;
  }
}
