/** One plain finding per unmet soft rule, with the reason it could not be met. */
import { assertNever } from '../domain/ids';
import { whyNotIn } from './explain';
import type { CompiledRule } from './instance-types';
import { listNames, namer } from './names';
import type { PlanState } from './plan-state';
import type { PlanFinding } from './planner-types';

/** The best other group for unit u (with seats, by objective), or −1. */
function bestOther(state: PlanState, u: number, avoid: (g: number) => boolean): number {
  let best = -1;
  let bestDelta = Infinity;
  for (const g of state.inst.unitDomain[u] as Int32Array) {
    if (avoid(g) || !state.fits(u, g)) continue;
    const d = state.delta(u, g);
    if (d < bestDelta) {
      bestDelta = d;
      best = g;
    }
  }
  return best;
}

/** Why student s cannot go to any group outside `avoid`, or to the best of them. */
function whyStuck(state: PlanState, s: number, avoid: (g: number) => boolean, what: string): string {
  const inst = state.inst;
  const u = inst.unitOf[s] as number;
  if ((inst.unitLocked[u] as number) >= 0) return `${what} is locked in ${inst.groups[inst.unitLocked[u] as number]?.name ?? 'their group'}`;
  const other = bestOther(state, u, avoid);
  if (other < 0) {
    const any = [...(inst.unitDomain[u] as Int32Array)].find((g) => !avoid(g));
    return any === undefined ? `no other group may take ${what}` : `moving ${what} would put every group that may take them over its maximum`;
  }
  return `moving ${what} to ${inst.groups[other]?.name ?? 'another group'} costs more: ${whyNotIn(state, u, other)}`;
}

/** A finding for an unmet soft rule. */
export function ruleFinding(state: PlanState, rule: CompiledRule): PlanFinding {
  const inst = state.inst;
  const name = namer(inst.school);
  const ids = [...rule.members].map((s) => inst.students[s]?.id ?? '');
  const who = (s: number): string => name.student(inst.students[s]?.id ?? '');
  const groupOf = (s: number): number => state.groupOf[s] as number;
  const gname = (g: number): string => inst.groups[g]?.name ?? 'no group';
  const base = { kind: 'soft-rule-unmet' as const, studentIds: ids, ruleId: rule.ruleId };
  const staff = rule.staffId ? name.staff(rule.staffId) : 'the adult';
  const m = [...rule.members];
  switch (rule.kind) {
    case 'keep-apart': {
      const [a, b] = m.flatMap((x, i) => m.slice(i + 1).filter((y) => groupOf(x) >= 0 && groupOf(x) === groupOf(y)).map((y) => [x, y] as const))[0] ?? [m[0] ?? 0, m[1] ?? 0];
      const g = groupOf(a);
      return { ...base, groupIds: [inst.groups[g]?.id ?? ''], message: `${who(a)} and ${who(b)} should be kept apart but are both in ${gname(g)}: ${whyStuck(state, b, (x) => x === g, who(b))}.` };
    }
    case 'keep-together': {
      const groups = [...new Set(m.map(groupOf))];
      const where = groups.map((g) => `${listNames(m.filter((s) => groupOf(s) === g).map(who), 4)} in ${gname(g)}`).join('; ');
      const main = groups[0] ?? -1;
      const out = m.find((s) => groupOf(s) !== main) ?? (m[0] as number);
      const reason = main >= 0 ? whyNotIn(state, inst.unitOf[out] as number, main) : 'one of them could not be placed';
      return { ...base, groupIds: groups.filter((g) => g >= 0).map((g) => inst.groups[g]?.id ?? ''), message: `The students to keep together are split (${where}): for ${who(out)}, ${reason}.` };
    }
    case 'place-with-staff': {
      const out = m.filter((s) => groupOf(s) < 0 || !rule.staffGroups?.[groupOf(s)]);
      const s = out[0] as number;
      const target = [...(rule.staffGroups ?? [])].findIndex((x) => x === 1);
      const reason = target < 0 ? `${staff} advises no open group in ${name.year(inst.yearId)}` : whyNotIn(state, inst.unitOf[s] as number, target);
      return { ...base, groupIds: target >= 0 ? [inst.groups[target]?.id ?? ''] : [], message: `${listNames(out.map(who))} should be with ${staff} but ${out.length === 1 ? 'is' : 'are'} not: ${reason}.` };
    }
    case 'keep-away-from-staff': {
      const inside = m.filter((s) => groupOf(s) >= 0 && rule.staffGroups?.[groupOf(s)]);
      const s = inside[0] as number;
      const reason = whyStuck(state, s, (g) => !!rule.staffGroups?.[g], who(s));
      return { ...base, groupIds: [inst.groups[groupOf(s)]?.id ?? ''], message: `${listNames(inside.map(who))} should be kept away from ${staff} but ${inside.length === 1 ? 'is' : 'are'} in ${gname(groupOf(s))}: ${reason}.` };
    }
    default:
      return assertNever(rule.kind, 'rule kind');
  }
}
