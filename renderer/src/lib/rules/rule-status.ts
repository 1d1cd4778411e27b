/**
 * Whether a rule is met by one year's placements, with the board's reading of a break (see
 * ../board/rule-warnings.ts): a student counts as placed only in a group open that year, and a
 * student not placed yet breaks nothing, so the rule is "waiting" until everyone is placed.
 */
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Rule, School } from '../../../../shared/domain/types';
import { listWords } from '../board/rule-warnings';
import { plural } from '../format';
import type { PeopleNames } from './rule-words';

export type RuleState = 'met' | 'broken' | 'waiting';

export interface RuleStatus {
  readonly state: RuleState;
  /** One sentence, e.g. "Broken: Ana Rivera and Ben Carter are both in Okafor advisory." */
  readonly text: string;
}

/** The status of `rule` in `yearId`. */
export function ruleStatus(school: School, yearId: SchoolYearId, rule: Rule, names: PeopleNames): RuleStatus {
  const placements = school.placements[yearId] ?? {};
  const byGroup = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const id of rule.studentIds) {
    const groupId = placements[id]?.groupId;
    if (groupId && school.groups[groupId]?.advisors[yearId]) byGroup.set(groupId, [...(byGroup.get(groupId) ?? []), id]);
    else unplaced.push(id);
  }
  const groupName = (id: string): string => school.groups[id]?.name ?? id;
  const who = (ids: readonly string[]): string => listWords(ids.map(names.student));
  const advises = (groupId: string): boolean => {
    const a = school.groups[groupId]?.advisors[yearId];
    return !!rule.staffId && !!a && (a.lead === rule.staffId || a.co === rule.staffId);
  };
  const breaks: string[] = [];
  switch (rule.kind) {
    case 'keep-apart':
      for (const [g, ids] of byGroup) if (ids.length > 1) breaks.push(`${who(ids)} are ${ids.length === 2 ? 'both' : 'all'} in ${groupName(g)}`);
      break;
    case 'keep-together':
      if (byGroup.size > 1) breaks.push(`they are split over ${listWords([...byGroup.keys()].map(groupName))}`);
      break;
    case 'place-with-staff':
      for (const [g, ids] of byGroup) if (!advises(g)) breaks.push(`${who(ids)} ${ids.length === 1 ? 'is' : 'are'} in ${groupName(g)}, not with ${names.staff(rule.staffId ?? '')}`);
      break;
    case 'keep-away-from-staff':
      for (const [g, ids] of byGroup) if (advises(g)) breaks.push(`${who(ids)} ${ids.length === 1 ? 'is' : 'are'} in ${groupName(g)}, with ${names.staff(rule.staffId ?? '')}`);
      break;
  }
  const year = schoolYearLabel(yearId);
  if (breaks.length > 0) return { state: 'broken', text: `Broken in ${year}: ${breaks.join('; ')}.` };
  if (unplaced.length > 0) {
    return { state: 'waiting', text: `Not decided in ${year}: ${plural(unplaced.length, 'student')} not placed yet (${who(unplaced)}).` };
  }
  return { state: 'met', text: `Met in ${year}.` };
}
