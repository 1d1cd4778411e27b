/**
 * Step 4: new groups for Y+1, led by the adults still free after step 3.
 *
 * - Grade-cohort: when the youngest grade of the policy has no group of its class in Y+1, the
 *   class gets ceil(n / targetMax) groups (`g-<classOf>-<k>`, "<Lead> advisory, class of <classOf>",
 *   looping `loopYears` years).
 * - Vertical: no new groups unless the seats of the open groups are short of the students; then
 *   groups are added until they are not.
 *
 * Leads are chosen by NEW_GROUP_COST. Every new group is the same (empty, same class), so every
 * row of the assignment matrix is the same and the optimal assignment is simply the k cheapest
 * adults (ties by id); no O(n³) solve is needed for it.
 */
import { classOfGrade } from '../../domain/dates';
import { newAdvisoryGroup, newGroupName, unusedGroupId } from '../../domain/new-group';
import type { AdvisoryGroup, Staff, Student } from '../../domain/types';
import { plural } from '../../domain/wording';
import { problem, type RolloverContext } from './context';
import type { AdvisorPair, NewGroup, RolloverProblem } from './rollover-types';

/**
 * Cost of adult a leading a new group: base − loopingBack (a's group just graduated, so they loop
 * back to the youngest grade) + perDuty × other duties. Looping back outweighs up to 11 duties.
 * Adults whose maxAdvisees is below min(targetMin, the class's share per group) are not chosen.
 */
export const NEW_GROUP_COST = { base: 1_000, loopingBack: 600, perDuty: 50 } as const;

export type NewGroupStep = {
  readonly groups: readonly AdvisoryGroup[];
  readonly summaries: readonly NewGroup[];
  readonly problems: readonly RolloverProblem[];
};

/** Creates the Y+1 groups the incoming class (or a vertical school short of seats) needs. */
export function createNewGroups(
  ctx: RolloverContext,
  students: readonly Student[],
  open: ReadonlyMap<string, { readonly group: AdvisoryGroup; readonly advisors: AdvisorPair }>,
  free: readonly Staff[],
  load: ReadonlyMap<string, number>,
  loopingBack: ReadonlySet<string>,
): NewGroupStep {
  const policy = ctx.school.info.policy;
  const cost = (a: Staff): number => NEW_GROUP_COST.base - (loopingBack.has(a.id) ? NEW_GROUP_COST.loopingBack : 0) + NEW_GROUP_COST.perDuty * (load.get(a.id) ?? 0);
  const ranked = [...free].sort((a, b) => cost(a) - cost(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = new Set(Object.keys(ctx.school.groups));
  const make = (lead: Staff, classOf: number | undefined): AdvisoryGroup => {
    const id = unusedGroupId(taken, classOf, ctx.to);
    taken.add(id);
    return newAdvisoryGroup(policy, { id, name: newGroupName(lead.lastName, classOf), room: '', ...(classOf === undefined ? {} : { classOf }), yearId: ctx.to, lead: lead.id, co: null });
  };
  const groups: AdvisoryGroup[] = [];
  const problems: RolloverProblem[] = [];
  if (policy.grouping === 'grade-cohort') {
    const youngest = [...policy.grades].sort()[0] ?? '09';
    const classOf = classOfGrade(Number(youngest), ctx.to);
    const incoming = students.filter((s) => s.classOf === classOf);
    const hasGroup = [...open.values()].some((o) => o.group.classOf === classOf);
    if (incoming.length > 0 && !hasGroup) {
      const want = Math.ceil(incoming.length / Math.max(1, policy.targetMax));
      const share = Math.ceil(incoming.length / want);
      const able = ranked.filter((a) => a.maxAdvisees >= Math.min(policy.targetMin, share));
      for (const lead of able.slice(0, want)) groups.push(make(lead, classOf));
      if (groups.length < want) {
        const have = groups.length === 0 ? 'no adult is free to lead one' : `only ${plural(groups.length, 'adult is', 'adults are')} free to lead one`;
        problems.push(
          problem(
            'short-of-adults',
            `The incoming class of ${classOf} (${plural(incoming.length, 'student')}) needs ${plural(want, 'group')} of at most ${policy.targetMax}, but ${have}: every other available adult already leads a group.${groups.length > 0 ? ' Its groups will be larger than the target.' : ''} Free adults to lead more groups, then add them with New group… on the board.`,
            { studentIds: incoming.map((s) => s.id), groupIds: groups.map((g) => g.id) },
          ),
        );
      }
    }
  } else {
    let seats = 0;
    for (const { advisors } of open.values()) {
      const lead = advisors.lead ? ctx.school.staff[advisors.lead] : undefined;
      if (lead) seats += Math.min(policy.hardMax, lead.maxAdvisees);
    }
    const before = seats;
    for (const lead of ranked) {
      if (seats >= students.length) break;
      groups.push(make(lead, undefined));
      seats += Math.min(policy.hardMax, lead.maxAdvisees);
    }
    if (before < students.length) {
      const added = groups.length > 0 ? `added ${plural(groups.length, 'new group')}` : 'no adult is free to lead a new group';
      const still = seats < students.length ? ` ${plural(students.length - seats, 'student')} still have no seat.` : '';
      problems.push(problem('too-few-seats', `${ctx.toLabel} has ${plural(students.length, 'student')} but the continuing groups seat only ${before}: ${added}.${still}`, { groupIds: groups.map((g) => g.id) }));
    }
  }
  const named = disambiguate(ctx, groups);
  const summaries: NewGroup[] = named.map((g) => ({ groupId: g.id, name: g.name, ...(g.classOf !== undefined ? { classOf: g.classOf } : {}), lead: g.advisors[ctx.to]?.lead ?? '' }));
  return { groups: named, summaries, problems };
}

/** Two new groups named after leads who share a last name get the first initial too. */
function disambiguate(ctx: RolloverContext, groups: readonly AdvisoryGroup[]): AdvisoryGroup[] {
  const taken = new Set(Object.values(ctx.school.groups).map((g) => g.name));
  const count = new Map<string, number>();
  for (const g of groups) count.set(g.name, (count.get(g.name) ?? 0) + 1);
  return groups.map((g) => {
    if ((count.get(g.name) ?? 0) < 2 && !taken.has(g.name)) return g;
    const lead = ctx.school.staff[g.advisors[ctx.to]?.lead ?? ''];
    return lead ? { ...g, name: `${lead.firstName.slice(0, 1)}. ${g.name}` } : g;
  });
}
