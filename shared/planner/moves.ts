/** The students whose group changed (from last year, or from before a re-plan), each with why. */
import { closedGroupReason, whyNotIn } from './explain';
import { continuityReason } from './findings';
import type { PlanState } from './plan-state';
import type { PlanMove } from './planner-types';

/** Every moved student with a short reason. */
export function planMoves(state: PlanState, mode: 'fresh' | 'replan'): PlanMove[] {
  const inst = state.inst;
  const current = inst.school.placements[inst.yearId] ?? {};
  const out: PlanMove[] = [];
  for (let s = 0; s < inst.n; s++) {
    const student = inst.students[s];
    const g = state.groupOf[s] as number;
    const to = inst.groups[g]?.id;
    if (!student || to === undefined) continue;
    const from = mode === 'fresh' ? inst.prevGroupId[s] ?? null : current[student.id]?.groupId ?? null;
    if (from === to) continue;
    let reason: string;
    if (from === null) reason = mode === 'fresh' ? 'new this year' : 'was not placed';
    else if (mode === 'fresh') reason = continuityReason(state, s) ?? 'moved';
    else {
      const closed = closedGroupReason(inst, from);
      const f = inst.groupIndex.get(from);
      reason = closed ?? (f === undefined ? 'their group is not open' : `better here: in ${inst.groups[f]?.name ?? 'their group'}, ${whyNotIn(state, inst.unitOf[s] as number, f)}`);
    }
    out.push({ studentId: student.id, from, to, reason });
  }
  return out;
}
