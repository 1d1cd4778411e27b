/**
 * The incremental penalty tables of a plan: per-group sizes and attribute counts, and the running
 * objective parts. `delta(u, to)` prices moving unit u to group `to` in O(attributes + members +
 * their rules) without changing anything; `apply` makes the move. The totals always equal
 * evaluateAssignment() of `groupOf` (a test checks it).
 */
import type { Instance } from './instance-types';
import { mixChange as mixChangeOf, personalCost as personalCostOf } from './group-price';
import { MoveCost } from './move-cost';
import { evaluateAssignment, internalTotal, sizeCost as sizeCostOf, withFriend as withFriendOf, type RawParts } from './objective';

// Read the hot helpers once: some transpilers (tsx, CommonJS interop) turn every call of an imported
// binding into a getter call, which costs a third of the search time in this inner loop.
const sizeCost = sizeCostOf;
const withFriend = withFriendOf;
const mixChange = mixChangeOf;
const personalCost = personalCostOf;

export class PlanState {
  readonly groupOf: Int32Array;
  readonly unitGroup: Int32Array;
  readonly size: Int32Array;
  readonly count: Int32Array;
  readonly groupUnits: number[][];
  /** Per group × attribute: the signed mix term c·N − A·n (its absolute value is the cost). */
  readonly signed: Float64Array;
  readonly raw: RawParts;
  /**
   * Per group: a signature of who is in it (the sum of its units' hashes, wrapping), so "has it
   * changed since" is one comparison, and a tried move that was undone leaves it as it was.
   */
  readonly members: Int32Array;
  /** Counts apply() calls that moved something (what MoveCost's cached prices are checked against). */
  version = 0;
  /** delta(u, to) as a number, for scans over many groups (move-cost.ts). */
  readonly cost: MoveCost = new MoveCost(this);
  /** Parts of the last delta() (weighted; mix raw). */
  dCont = 0;
  dSize = 0;
  dMix = 0;
  dRules = 0;
  dRel = 0;
  dAnchor = 0;
  private readonly unitPos: Int32Array;
  private readonly stamp: Int32Array;
  private tick = 0;

  constructor(readonly inst: Instance) {
    this.groupOf = new Int32Array(inst.n).fill(-1);
    this.unitGroup = new Int32Array(inst.unitMembers.length).fill(-1);
    this.size = new Int32Array(inst.g);
    this.count = new Int32Array(inst.g * inst.a);
    this.signed = new Float64Array(inst.g * inst.a);
    this.members = new Int32Array(inst.g);
    this.groupUnits = Array.from({ length: inst.g }, () => []);
    this.unitPos = new Int32Array(inst.unitMembers.length).fill(-1);
    this.stamp = new Int32Array(inst.softRules.length);
    this.raw = evaluateAssignment(inst, this.groupOf);
  }

  /** The exact objective being minimised. */
  total(): number {
    return internalTotal(this.inst, this.raw);
  }

  /** True when unit u has seats in `to` and no hard keep-apart partner there. */
  fits(u: number, to: number): boolean {
    const inst = this.inst;
    if ((this.size[to] as number) + (inst.unitMembers[u] as Int32Array).length > (inst.cap[to] as number)) return false;
    return this.apartOk(u, to);
  }

  /** True when every member of unit u sits in last year's group (moving it breaks a loop). */
  anchored(u: number): boolean {
    const inst = this.inst;
    const g = this.unitGroup[u] as number;
    const members = inst.unitMembers[u] as Int32Array;
    for (let i = 0; i < members.length; i++) {
      const s = members[i] as number;
      if ((inst.contCost[s] as number) === 0 || inst.prevGroup[s] !== g) return false;
    }
    return true;
  }

  /** True when no hard keep-apart partner of unit u sits in group g. */
  apartOk(u: number, g: number): boolean {
    const partners = this.inst.unitApart[u] as Int32Array;
    for (let i = 0; i < partners.length; i++) if (this.unitGroup[partners[i] as number] === g) return false;
    return true;
  }

  /** The change of the objective if unit u moved to `to` (−1: unplaced); fills the d* parts. */
  delta(u: number, to: number): number {
    const inst = this.inst;
    const from = this.unitGroup[u] as number;
    this.dCont = this.dSize = this.dMix = this.dRules = this.dRel = this.dAnchor = 0;
    if (from === to) return 0;
    const members = inst.unitMembers[u] as Int32Array;
    const k = members.length;
    if (from >= 0) this.groupDelta(u, from, -k, -1);
    if (to >= 0) this.groupDelta(u, to, k, 1);
    let dCont = 0;
    let dRel = 0;
    let dAnchor = 0;
    let dRules = 0;
    const prevGroup = inst.prevGroup;
    const contCost = inst.contCost;
    const relCost = inst.relCost;
    const anchorCost = inst.anchorCost;
    const rulesOfStudent = inst.rulesOfStudent;
    for (let i = 0; i < k; i++) {
      const s = members[i] as number;
      const cont = contCost[s] as number;
      if (cont !== 0) {
        const prev = prevGroup[s] as number;
        dCont += (to !== prev ? cont : 0) - (from !== prev ? cont : 0);
      }
      const rel = relCost[s] as number;
      if (rel !== 0) dRel += (withFriend(inst, s, to) ? 0 : rel) - (withFriend(inst, s, from) ? 0 : rel);
      if (anchorCost !== 0) {
        const cur = inst.currentGroup[s] as number;
        if (cur >= 0) dAnchor += (to !== cur ? anchorCost : 0) - (from !== cur ? anchorCost : 0);
      }
      const rules = rulesOfStudent[s] as Int32Array;
      if (rules.length !== 0) dRules += this.rulesDelta(rules, u, from, to);
    }
    this.dCont = dCont;
    this.dRel = dRel;
    this.dAnchor = dAnchor;
    this.dRules = dRules;
    return inst.scale * (dCont + this.dSize + dRules + dRel + dAnchor) + inst.weights.mix * this.dMix;
  }

  /**
   * The change of the objective if units u and v swapped groups, without moving them. Only for
   * one-student units in different groups with no soft rules (their parts then add up; the two
   * groups' sizes stay the same, so only their mix is priced jointly). Four deltas and applies cost
   * ~4× this.
   */
  swapDelta(u: number, v: number): number {
    const inst = this.inst;
    const g = this.unitGroup[u] as number;
    const h = this.unitGroup[v] as number;
    const su = (inst.unitMembers[u] as Int32Array)[0] as number;
    const sv = (inst.unitMembers[v] as Int32Array)[0] as number;
    const rest = this.personalDelta(su, g, h) + this.personalDelta(sv, h, g);
    return inst.scale * rest + inst.weights.mix * this.swapMix(u, v);
  }

  /**
   * The mix part of swapDelta(), raw (before the mix weight): the two groups' change on the
   * attributes where u and v differ. All of a swap's change for students with no own cost.
   */
  swapMix(u: number, v: number): number {
    const inst = this.inst;
    const g = this.unitGroup[u] as number;
    const h = this.unitGroup[v] as number;
    const a = inst.a;
    const N = inst.scale;
    const signed = this.signed;
    const unitAttr = inst.unitAttr;
    let mix = 0;
    for (let q = 0; q < a; q++) {
      const shift = N * ((unitAttr[v * a + q] as number) - (unitAttr[u * a + q] as number));
      if (shift === 0) continue;
      const sg = signed[g * a + q] as number;
      const sh = signed[h * a + q] as number;
      mix += Math.abs(sg + shift) - Math.abs(sg) + Math.abs(sh - shift) - Math.abs(sh);
    }
    return mix;
  }

  /**
   * Continuity, relationship and (re-plan) anchor change of student s moving from → to, weighted,
   * before × scale: the sums delta() makes inline, where it also needs them apart for apply().
   */
  private personalDelta(s: number, from: number, to: number): number {
    return personalCost(this.inst, s, to) - personalCost(this.inst, s, from);
  }

  /** Weighted change of the soft rules of one moving student (pair rules once per move). */
  private rulesDelta(rules: Int32Array, u: number, from: number, to: number): number {
    const inst = this.inst;
    const wRules = inst.weights.rules;
    let d = 0;
    if (rules.length > 0) this.tick++;
    for (let j = 0; j < rules.length; j++) {
      const r = rules[j] as number;
      const rule = inst.softRules[r];
      if (!rule) continue;
      if (rule.kind === 'place-with-staff') {
        const sg = rule.staffGroups as Uint8Array;
        d += wRules * ((to >= 0 && sg[to] ? 0 : 1) - (from >= 0 && sg[from] ? 0 : 1));
      } else if (rule.kind === 'keep-away-from-staff') {
        const sg = rule.staffGroups as Uint8Array;
        d += wRules * ((to >= 0 && sg[to] ? 1 : 0) - (from >= 0 && sg[from] ? 1 : 0));
      } else if (this.stamp[r] !== this.tick) {
        this.stamp[r] = this.tick;
        d += wRules * (rule.kind === 'keep-apart' ? this.apartDelta(rule.members, u, from, to) : this.togetherDelta(rule.members, u, to));
      }
    }
    return d;
  }

  /** Moves unit u to `to` (−1: unplaced), keeping every table and total exact. */
  apply(u: number, to: number): void {
    const inst = this.inst;
    const from = this.unitGroup[u] as number;
    if (from === to) return;
    this.version++;
    this.delta(u, to);
    const raw = this.raw;
    raw.continuity += this.dCont;
    raw.size += this.dSize;
    raw.mixRaw += this.dMix;
    raw.rules += this.dRules;
    raw.relationship += this.dRel;
    raw.anchor += this.dAnchor;
    const members = inst.unitMembers[u] as Int32Array;
    if (from >= 0) {
      this.members[from] = ((this.members[from] as number) - Math.imul(u + 1, 0x9e3779b1)) | 0;
      this.account(u, from, -1);
      const list = this.groupUnits[from] as number[];
      const pos = this.unitPos[u] as number;
      const last = list.pop() as number;
      if (last !== u) {
        list[pos] = last;
        this.unitPos[last] = pos;
      }
    }
    if (to >= 0) {
      this.members[to] = ((this.members[to] as number) + Math.imul(u + 1, 0x9e3779b1)) | 0;
      this.account(u, to, 1);
      const list = this.groupUnits[to] as number[];
      this.unitPos[u] = list.length;
      list.push(u);
    } else this.unitPos[u] = -1;
    this.unitGroup[u] = to;
    for (let i = 0; i < members.length; i++) this.groupOf[members[i] as number] = to;
  }

  /** Size and mix change of group g when unit u (k students, sign ±1) enters or leaves it. */
  private groupDelta(u: number, g: number, k: number, sign: number): void {
    const n = this.size[g] as number;
    this.dSize += sizeCost(this.inst, g, n + k) - sizeCost(this.inst, g, n);
    this.dMix += mixChange(this.inst, this.signed, u, g, k, sign);
  }

  /** Adds a unit's students (sign ±1) to group g's tables. */
  private account(u: number, g: number, sign: number): void {
    const inst = this.inst;
    const members = inst.unitMembers[u] as Int32Array;
    const a = inst.a;
    const k = sign * members.length;
    this.size[g] = (this.size[g] as number) + k;
    for (let q = 0; q < a; q++) {
      const c = sign * (inst.unitAttr[u * a + q] as number);
      this.count[g * a + q] = (this.count[g * a + q] as number) + c;
      this.signed[g * a + q] = (this.signed[g * a + q] as number) + c * inst.scale - (inst.attrTotal[q] as number) * k;
    }
  }

  /** Change in the number of keep-apart pairs sharing a group when unit u moves from → to. */
  private apartDelta(m: Int32Array, u: number, from: number, to: number): number {
    let moving = 0;
    let withTo = 0;
    let withFrom = 0;
    for (let i = 0; i < m.length; i++) {
      const t = m[i] as number;
      if (this.inst.unitOf[t] === u) {
        moving++;
        continue;
      }
      const gt = this.groupOf[t] as number;
      if (gt < 0) continue;
      if (gt === to) withTo++;
      if (gt === from) withFrom++;
    }
    return moving * (withTo - withFrom);
  }

  /** Change (0/±1) in whether a keep-together rule is unmet when unit u moves to `to`. */
  private togetherDelta(m: Int32Array, u: number, to: number): number {
    const unitOf = this.inst.unitOf;
    const first = m[0] as number;
    const g0 = this.groupOf[first] as number;
    const h0 = unitOf[first] === u ? to : g0;
    let before = g0 < 0;
    let after = h0 < 0;
    for (let i = 1; i < m.length; i++) {
      const t = m[i] as number;
      const g = this.groupOf[t] as number;
      const h = unitOf[t] === u ? to : g;
      if (g !== g0) before = true;
      if (h !== h0) after = true;
    }
    return (after ? 1 : 0) - (before ? 1 : 0);
  }
}
