/** Short reasons: why a unit is not in a group, why a returning student's group is gone. */
import { assertNever } from '../domain/ids';
import type { Instance } from './instance-types';
import { namer } from './names';
import type { PlanState } from './plan-state';
import { groupStatus } from './year-model';

// Per instance and group id: every returning student of a closed group asks the same question.
const closedReasons = new WeakMap<Instance, Map<string, string | null>>();

/** Why last year's group (id) cannot take a student this year, or null when it is open. */
export function closedGroupReason(inst: Instance, groupId: string): string | null {
  let memo = closedReasons.get(inst);
  if (!memo) closedReasons.set(inst, (memo = new Map()));
  let reason = memo.get(groupId);
  if (reason === undefined) {
    reason = closedReasonOf(inst, groupId);
    memo.set(groupId, reason);
  }
  return reason;
}

function closedReasonOf(inst: Instance, groupId: string): string | null {
  const name = namer(inst.school);
  const group = inst.school.groups[groupId];
  const year = name.year(inst.yearId);
  if (!group) return `last year's group no longer exists`;
  const status = groupStatus(inst.school, group, inst.yearId);
  const lead = group.advisors[inst.yearId]?.lead ?? '';
  switch (status) {
    case 'open':
      return null;
    case 'not-started':
      return `${group.name} does not start until ${name.year(group.firstYearId)}`;
    case 'ended':
      return `${group.name} ended in ${name.year(group.lastYearId ?? inst.prevYearId)}`;
    case 'no-advisor':
      return `${group.name} has no advisor in ${year}`;
    case 'lead-on-leave':
      return `${name.staff(lead)} is on leave in ${year}`;
    case 'lead-gone':
      return `${name.staff(lead)} has left the school`;
    default:
      return assertNever(status, 'group status');
  }
}

/** The largest part of the last delta() that made the move worse, as a phrase. */
export function dominantCost(state: PlanState, groupName: string): string {
  const N = state.inst.scale;
  const parts: [number, string][] = [
    [N * state.dCont, 'it would break another returning student’s place with their advisor'],
    [N * state.dSize, `${groupName} would go further outside its size band`],
    [state.inst.weights.mix * state.dMix, 'the groups’ mix of students would be less even'],
    [N * state.dRules, 'a soft rule would be broken'],
    [N * state.dRel, 'a student with no connected adult would lose the adult who knows them'],
    [N * state.dAnchor, 'the re-plan keeps moves to a minimum'],
  ];
  let best = parts[0] as [number, string];
  for (const p of parts) if (p[0] > best[0]) best = p;
  return best[0] > 0 ? best[1] : 'the search found no better place for them';
}

/** Why unit u is not in group g (g open this year), in a short phrase. */
export function whyNotIn(state: PlanState, u: number, g: number): string {
  const inst = state.inst;
  const name = namer(inst.school);
  const group = inst.groups[g];
  const gname = group?.name ?? 'that group';
  if (state.unitGroup[u] === g) return `already in ${gname}`;
  const lock = inst.unitLocked[u] as number;
  if (lock >= 0) return `locked in ${inst.groups[lock]?.name ?? 'another group'}`;
  if (!inst.unitDomainMask[u]?.[g]) {
    const m = inst.unitMembers[u] as Int32Array;
    const s = m[0] as number;
    const student = inst.students[s];
    if (student && group && !inst.studentDomainMask[s]?.[g] && group.classOf !== undefined && group.classOf !== student.classOf && inst.school.info.policy.grouping === 'grade-cohort') {
      return `${gname} is for the class of ${group.classOf}`;
    }
    return m.length > 1 ? `a hard keep-together rule keeps them with others who may not join ${gname}` : `a hard rule keeps them out of ${gname}`;
  }
  const k = (inst.unitMembers[u] as Int32Array).length;
  if ((state.size[g] as number) + k > (inst.cap[g] as number)) return `${gname} is full (${state.size[g]} of ${inst.cap[g]})`;
  if (!state.apartOk(u, g)) {
    const partner = [...(inst.unitApart[u] as Int32Array)].find((p) => state.unitGroup[p] === g) ?? -1;
    const who = partner >= 0 ? name.student(inst.students[(inst.unitMembers[partner] as Int32Array)[0] as number]?.id ?? '') : 'someone';
    return `a hard rule keeps them apart from ${who}, who is in ${gname}`;
  }
  state.delta(u, g);
  return dominantCost(state, gname);
}
