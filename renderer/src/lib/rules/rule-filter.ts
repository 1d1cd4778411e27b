/** The Rules tab's filters: by kind, by strength, and by a student's name. */
import type { Rule } from '../../../../shared/domain/types';
import { matchesWords, queryWords } from '../filter-rows';
import type { PeopleNames, RuleKind, RuleStrength } from './rule-words';

export interface RuleFilter {
  readonly kind: RuleKind | 'all';
  readonly strength: RuleStrength | 'all';
  /** Words that must all appear in one of the rule's students' names (or SIS ids). */
  readonly query: string;
}

export const noRuleFilter: RuleFilter = { kind: 'all', strength: 'all', query: '' };

/** The rules that pass the filter, newest first (a rule just made is on top). */
export function filterRules(rules: readonly Rule[], filter: RuleFilter, names: PeopleNames): readonly Rule[] {
  const words = queryWords(filter.query);
  return rules
    .filter((r) => filter.kind === 'all' || r.kind === filter.kind)
    .filter((r) => filter.strength === 'all' || r.strength === filter.strength)
    .filter((r) => words.length === 0 || r.studentIds.some((id) => matchesWords(`${names.student(id)} ${id}`.toLowerCase(), words)))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}
