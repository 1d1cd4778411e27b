/**
 * Step 3: advisors of the continuing groups in Y+1, and orphan groups moved intact to free adults.
 *
 * Each continuing group keeps its lead and co from Y (`advisors[Y+1]` when the scheduler already
 * set it, else a copy of `advisors[Y]`). A group whose lead cannot take it on (on leave in Y+1,
 * leaving after Y, gone, or no lead set) is an orphan. Orphans × free adults is an assignment
 * problem, solved optimally (hungarian.ts) with the integer costs in ORPHAN_COST, so the whole
 * group goes to one adult and no group is scattered. An orphan nobody can take keeps no lead and
 * is reported in words.
 */
import type { AdvisoryGroup } from '../../domain/types';
import { freeAdults, leadStatus, linksTo, statusWords } from './adults';
import { plural } from '../../domain/wording';
import { problem, type RolloverContext } from './context';
import { solveAssignment } from './hungarian';
import type { AdvisorChange, AdvisorPair, RolloverProblem } from './rollover-types';

/**
 * Cost of adult a leading orphan group g (lower is better; null = not allowed):
 * - g's own co-advisor: 0 (the students already know them), always first;
 * - anyone else: base − perLink × (links to g's students, at most maxLinks) + perDuty × (clubs,
 *   mentees, co-advised groups) + loopingBack (adults whose seniors just graduated are kept for
 *   the incoming class) − sameDepartment (same department as the old lead);
 * - null when the adult's maxAdvisees is below g's size.
 * One link (a mark, a name, a mentorship) outweighs two duties; the department only breaks ties.
 */
export const ORPHAN_COST = { coAdvisor: 0, base: 10_000, perLink: 100, maxLinks: 60, perDuty: 50, loopingBack: 300, sameDepartment: 25 } as const;

export type AdvisorStep = {
  /** Final Y+1 advisors of every continuing group. */
  readonly advisors: ReadonlyMap<string, AdvisorPair>;
  readonly changes: readonly AdvisorChange[];
  readonly problems: readonly RolloverProblem[];
  /** Orphan groups no adult could take: they keep no lead in Y+1. */
  readonly leaderless: ReadonlySet<string>;
  /** Adults leading a continuing group in Y+1. */
  readonly leading: ReadonlySet<string>;
};

type Orphan = { readonly group: AdvisoryGroup; readonly from: AdvisorPair; readonly co: string | null; readonly why: string };

/** Keeps every continuing group's adults, and gives each orphan group one free adult (optimal assignment). */
export function assignAdvisors(
  ctx: RolloverContext,
  continuing: readonly AdvisoryGroup[],
  members: ReadonlyMap<string, readonly string[]>,
  load: ReadonlyMap<string, number>,
  loopingBack: ReadonlySet<string>,
): AdvisorStep {
  const { school, from, to, name } = ctx;
  const ok = (id: string | null | undefined): id is string => !!id && leadStatus(school, id, from, to) === 'available';
  const advisors = new Map<string, AdvisorPair>();
  const changes: AdvisorChange[] = [];
  const orphans: Orphan[] = [];
  const leading = new Set<string>();
  for (const group of continuing) {
    const was: AdvisorPair = group.advisors[from] ?? { lead: null, co: null };
    const base: AdvisorPair = group.advisors[to] ?? was;
    const co = ok(base.co) && base.co !== base.lead ? base.co : null;
    const coNote = base.co && !co ? `; co-advisor ${name.staff(base.co)} ${statusWords(leadStatus(school, base.co, from, to), ctx.toLabel)}` : '';
    if (ok(base.lead)) {
      leading.add(base.lead);
      const now = { lead: base.lead, co };
      advisors.set(group.id, now);
      const scheduler = group.advisors[to] && (base.lead !== was.lead || base.co !== was.co) ? `set by the scheduler for ${ctx.toLabel}` : '';
      if (now.lead !== was.lead || now.co !== was.co) changes.push(change(group, was, now, [scheduler, coNote.slice(2)].filter(Boolean).join('; ')));
      continue;
    }
    const gone = base.lead ?? was.lead;
    const why = gone && !ok(gone) ? `${name.staff(gone)} ${statusWords(leadStatus(school, gone, from, to), ctx.toLabel)}` : `no lead is set for ${ctx.toLabel}`;
    orphans.push({ group, from: was, co, why: why + coNote });
  }
  const free = freeAdults(school, from, to, leading);
  const size = (g: AdvisoryGroup): number => members.get(g.id)?.length ?? 0;
  const cost = orphans.map((o) =>
    free.map((a) => {
      if (a.maxAdvisees < size(o.group)) return null;
      if (a.id === o.co) return ORPHAN_COST.coAdvisor;
      const oldDept = school.staff[o.from.lead ?? '']?.department;
      const links = Math.min(ORPHAN_COST.maxLinks, linksTo(ctx.links, a.id, members.get(o.group.id) ?? []));
      return (
        ORPHAN_COST.base -
        ORPHAN_COST.perLink * links +
        ORPHAN_COST.perDuty * (load.get(a.id) ?? 0) +
        (loopingBack.has(a.id) ? ORPHAN_COST.loopingBack : 0) -
        (oldDept !== undefined && a.department === oldDept ? ORPHAN_COST.sameDepartment : 0)
      );
    }),
  );
  const { rowToCol } = solveAssignment(cost);
  const problems: RolloverProblem[] = [];
  const leaderless = new Set<string>();
  orphans.forEach((o, i) => {
    const adult = free[rowToCol[i] ?? -1];
    if (!adult) {
      leaderless.add(o.group.id);
      advisors.set(o.group.id, { lead: null, co: o.co });
      problems.push(noFreeAdult(ctx, o, size(o.group), free.length));
      changes.push(change(o.group, o.from, { lead: null, co: o.co }, `${o.why}; no free adult can take the group`));
      return;
    }
    leading.add(adult.id);
    const promoted = adult.id === o.co;
    const now: AdvisorPair = { lead: adult.id, co: promoted ? null : o.co };
    advisors.set(o.group.id, now);
    const known = [...(members.get(o.group.id) ?? [])].filter((s) => (ctx.links.get(adult.id)?.get(s) ?? 0) > 0).length;
    const how = promoted
      ? `co-advisor ${name.staff(adult.id)} now leads it (the students already know them)`
      : `${name.staff(adult.id)} takes the group on intact (${known > 0 ? `knows ${known === 1 ? 'one' : known} of its students` : 'a free adult with a light load'})`;
    changes.push(change(o.group, o.from, now, `${o.why}; ${how}`));
  });
  return { advisors, changes, problems, leaderless, leading };
}

function change(group: AdvisoryGroup, from: AdvisorPair, to: AdvisorPair, reason: string): AdvisorChange {
  return { groupId: group.id, groupName: group.name, from, to, reason };
}

/** "No free adult for Rivera advisory, class of 2028 (16 students): every available adult already leads a group. …" */
function noFreeAdult(ctx: RolloverContext, o: Orphan, size: number, freeCount: number): RolloverProblem {
  const why =
    freeCount === 0
      ? 'every available adult already leads a group'
      : `the ${plural(freeCount, 'free adult')} either took another orphan group or may not take ${size} advisees`;
  return problem(
    'no-free-adult',
    `No free adult for ${o.group.name} (${plural(size, 'student')}): ${why}. ${o.why[0]?.toUpperCase() ?? ''}${o.why.slice(1)}. Free an adult or merge groups; until then its students stay together in the group without an adult.`,
    { studentIds: [], groupIds: [o.group.id] },
  );
}
