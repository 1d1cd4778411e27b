/**
 * The loose units of each group, kept up to date as they move, and a journal of the moves to undo
 * them — what the annealing walk (loose-anneal.ts) and the seat shifts (seat-shifts.ts) move with.
 */
import type { PlanState } from './plan-state';

export class LooseLists {
  /** Per group: the tracked units in it. */
  readonly inGroup: number[][];
  /** Per unit: its place in its group's list (−1: not tracked). */
  private readonly place: Int32Array;
  /** Moves recorded since the caller last emptied it (unit, group it left), to undo them. */
  readonly journal: number[] = [];

  constructor(
    private readonly state: PlanState,
    units: Iterable<number>,
  ) {
    this.inGroup = Array.from({ length: state.inst.g }, () => []);
    this.place = new Int32Array(state.inst.unitMembers.length).fill(-1);
    for (const u of units) this.track(u);
  }

  /** Tracks unit u where it sits (once). */
  track(u: number): void {
    if ((this.place[u] as number) < 0) this.enter(u, this.state.unitGroup[u] as number);
  }

  /** Moves tracked unit u to group `to`, keeping the lists (and, when `record`, the journal). */
  shift(u: number, to: number, record = true): void {
    const from = this.state.unitGroup[u] as number;
    if (record) this.journal.push(u, from);
    this.leave(u, from);
    this.state.apply(u, to);
    this.enter(u, to);
  }

  /** Undoes the journal's moves, last first, and empties it. */
  undo(): void {
    const journal = this.journal;
    for (let i = journal.length - 2; i >= 0; i -= 2) this.shift(journal[i] as number, journal[i + 1] as number, false);
    journal.length = 0;
  }

  private enter(u: number, g: number): void {
    const list = this.inGroup[g] as number[];
    this.place[u] = list.length;
    list.push(u);
  }

  private leave(u: number, g: number): void {
    const list = this.inGroup[g] as number[];
    const at = this.place[u] as number;
    const last = list.pop() as number;
    if (last !== u) {
      list[at] = last;
      this.place[last] = at;
    }
  }
}
