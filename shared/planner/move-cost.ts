/**
 * delta(u, to) as a number only, for the scans that price one unit against many groups in a row
 * (the search's best move, construction, goal chains, rebuild rounds): what leaving u's group costs
 * is priced once and only joining is priced per group. Same integers as delta() (a test checks it);
 * units in soft rules, whose price depends on both groups at once, are priced by delta().
 *
 * Why: these scans make 58% (grade-level) to 89% (vertical) of the 2.1–2.4 million delta() calls
 * of a 4,000-student fresh plan, and half of each call is the leaving side.
 */
import { mixChange as mixChangeOf, personalCost as personalCostOf } from './group-price';
import { sizeCost as sizeCostOf } from './objective';
import type { PlanState } from './plan-state';

const mixChange = mixChangeOf;
const personalCost = personalCostOf;
const sizeCost = sizeCostOf;

export class MoveCost {
  /** The unit whose leaving side is priced, and the state's version it was priced at. */
  private unit = -1;
  private version = -1;
  private from = -1;
  private leave = 0;
  /** True when the unit is in a soft rule (priced by delta()). */
  private ruled = false;

  constructor(private readonly state: PlanState) {}

  /** The change of the objective if unit u moved to `to`; nothing changes. */
  of(u: number, to: number): number {
    const state = this.state;
    if (u !== this.unit || state.version !== this.version) this.prepare(u);
    if (this.ruled) return state.delta(u, to);
    if (to === this.from) return 0;
    const inst = state.inst;
    const members = inst.unitMembers[u] as Int32Array;
    const k = members.length;
    let personal = 0;
    for (let i = 0; i < k; i++) personal += personalCost(inst, members[i] as number, to);
    if (to < 0) return this.leave + inst.scale * personal;
    const n = state.size[to] as number;
    return this.leave + inst.scale * (personal + sizeCost(inst, to, n + k) - sizeCost(inst, to, n)) + inst.weights.mix * mixChange(inst, state.signed, u, to, k, 1);
  }

  private prepare(u: number): void {
    const state = this.state;
    const inst = state.inst;
    const members = inst.unitMembers[u] as Int32Array;
    const k = members.length;
    const from = state.unitGroup[u] as number;
    this.unit = u;
    this.version = state.version;
    this.from = from;
    this.ruled = false;
    let personal = 0;
    for (let i = 0; i < k; i++) {
      const s = members[i] as number;
      if ((inst.rulesOfStudent[s] as Int32Array).length !== 0) this.ruled = true;
      personal -= personalCost(inst, s, from);
    }
    if (from < 0) {
      this.leave = inst.scale * personal;
      return;
    }
    const n = state.size[from] as number;
    this.leave = inst.scale * (personal + sizeCost(inst, from, n - k) - sizeCost(inst, from, n)) + inst.weights.mix * mixChange(inst, state.signed, u, from, -k, -1);
  }
}
