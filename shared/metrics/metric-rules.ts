/**
 * Rule violations of one year's placements, each with a plain sentence. Only placed, enrolled
 * students count: a rule about a student who has no group yet is not broken, just not tested.
 */
import type { Rule } from '../domain/types';
import type { RuleViolation } from './metrics-types';
import { joinNames, personName, type YearView } from './metric-year';

function byGroup(view: YearView, studentIds: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of studentIds) {
    const g = view.groupOf.get(id);
    if (g === undefined) continue;
    out.set(g, [...(out.get(g) ?? []), id]);
  }
  return out;
}

function advises(view: YearView, groupId: string, staffId: string): boolean {
  const a = view.advisors[groupId];
  return a?.lead === staffId || a?.co === staffId;
}

/** The violations of one rule (a keep-apart rule can be broken in several groups at once). */
function ruleViolations(view: YearView, rule: Rule): RuleViolation[] {
  const groups = byGroup(view, rule.studentIds);
  const names = (ids: readonly string[]): string => joinNames(ids.map(view.name));
  const base = { ruleId: rule.id, kind: rule.kind, strength: rule.strength } as const;
  const adult = rule.staffId ? personName(view.school.staff[rule.staffId], rule.staffId) : 'the named adult';
  switch (rule.kind) {
    case 'keep-apart':
      return [...groups]
        .filter(([, ids]) => ids.length > 1)
        .map(([g, ids]) => ({ ...base, studentIds: ids, groupIds: [g], sentence: `Keep apart: ${names(ids)} are ${ids.length === 2 ? 'both' : 'all'} in ${view.ref(g).name}` }));
    case 'keep-together': {
      if (groups.size < 2) return [];
      const parts = [...groups].map(([g, ids]) => `${names(ids)} in ${view.ref(g).name}`);
      const ids = [...groups.values()].flat();
      return [{ ...base, studentIds: ids, groupIds: [...groups.keys()], sentence: `Keep together: ${joinNames(parts)}` }];
    }
    case 'place-with-staff': {
      if (!rule.staffId) return [];
      const staffId = rule.staffId;
      const away = [...groups].filter(([g]) => !advises(view, g, staffId));
      if (away.length === 0) return [];
      const ids = away.flatMap(([, list]) => list);
      const where = away.map(([g, list]) => `${names(list)} ${list.length === 1 ? 'is' : 'are'} in ${view.ref(g).name}`);
      return [{ ...base, studentIds: ids, groupIds: away.map(([g]) => g), sentence: `Place with ${adult}: ${joinNames(where)}, which ${adult} does not advise` }];
    }
    case 'keep-away-from-staff': {
      if (!rule.staffId) return [];
      const staffId = rule.staffId;
      const near = [...groups].filter(([g]) => advises(view, g, staffId));
      if (near.length === 0) return [];
      const ids = near.flatMap(([, list]) => list);
      return [{ ...base, studentIds: ids, groupIds: near.map(([g]) => g), sentence: `Keep away from ${adult}: ${names(ids)} ${ids.length === 1 ? 'is' : 'are'} in a group ${adult} advises` }];
    }
  }
}

/** Every rule's violations in the year, split into hard and soft, in rule id order. */
export function ruleViolationsOf(view: YearView): { readonly hard: readonly RuleViolation[]; readonly soft: readonly RuleViolation[] } {
  const all = Object.values(view.school.rules)
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((rule) => ruleViolations(view, rule));
  return { hard: all.filter((v) => v.strength === 'hard'), soft: all.filter((v) => v.strength === 'soft') };
}
