/** How rules are put into words on screen: kinds, strengths, people, and the labels Undo shows. */
import type { Rule, School } from '../../../../shared/domain/types';
import { listWords } from '../board/rule-warnings';
import { staffName, studentName } from '../names';

export type RuleKind = Rule['kind'];
export type RuleStrength = Rule['strength'];

export const ruleKinds: readonly RuleKind[] = ['keep-apart', 'keep-together', 'place-with-staff', 'keep-away-from-staff'];

/** The kind as the form and the list name it. */
export const kindWords: Readonly<Record<RuleKind, string>> = {
  'keep-apart': 'Keep apart',
  'keep-together': 'Keep together',
  'place-with-staff': 'Place with an adult',
  'keep-away-from-staff': 'Keep away from an adult',
};

/** One plain sentence per strength, shown next to its radio button. */
export const strengthWords: Readonly<Record<RuleStrength, string>> = {
  hard: 'The planner never breaks it.',
  soft: 'The planner tries, and says so when it can’t.',
};

/** True for the two kinds that name an adult. */
export function needsStaff(kind: RuleKind): boolean {
  return kind === 'place-with-staff' || kind === 'keep-away-from-staff';
}

/** How rule sentences name people; ids stand in for anyone no longer in the school. */
export interface PeopleNames {
  readonly student: (id: string) => string;
  readonly staff: (id: string) => string;
}

/** Full names ("Ana Rivera", "Jo Smith") from the school. */
export function schoolNames(school: School): PeopleNames {
  return {
    student: (id) => {
      const s = school.students[id];
      return s ? studentName(s) : `student ${id}`;
    },
    staff: (id) => {
      const s = school.staff[id];
      return s ? staffName(s) : `adult ${id}`;
    },
  };
}

/** "Ana Rivera and Ben Carter"; past `max` names, "Ana Rivera, Ben Carter and 3 more" so labels stay short. */
export function studentsWords(ids: readonly string[], names: PeopleNames, max = 3): string {
  if (ids.length <= max) return listWords(ids.map(names.student));
  return `${ids.slice(0, 2).map(names.student).join(', ')} and ${ids.length - 2} more`;
}

/** What the rule says, e.g. "Keep apart Ana Rivera and Ben Carter" or "Place Ana Rivera with Jo Smith". */
export function ruleSentence(rule: Pick<Rule, 'kind' | 'studentIds' | 'staffId'>, names: PeopleNames, max = 3): string {
  const who = studentsWords(rule.studentIds, names, max);
  const adult = rule.staffId ? names.staff(rule.staffId) : 'an adult';
  switch (rule.kind) {
    case 'keep-apart':
      return `Keep apart ${who}`;
    case 'keep-together':
      return `Keep together ${who}`;
    case 'place-with-staff':
      return `Place ${who} with ${adult}`;
    case 'keep-away-from-staff':
      return `Keep ${who} away from ${adult}`;
  }
}

/** "hard rule by J. Smith" or "hard rule, no author given". */
export function authorWords(rule: Pick<Rule, 'strength' | 'author'>): string {
  const author = rule.author.trim();
  return author ? `${rule.strength} rule by ${author}` : `${rule.strength} rule, no author given`;
}

/** The date part of an ISO time, "2026-08-20", or the text as written when it is not one. */
export function dateWords(createdAt: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(createdAt) ? createdAt.slice(0, 10) : createdAt;
}
