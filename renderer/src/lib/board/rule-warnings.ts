/**
 * The school's rules (keep apart, keep together, place with / keep away from an adult) checked
 * against the year's placements, as sentences on the cards of the groups that break them.
 */
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { AdvisoryGroup, Rule, School } from '../../../../shared/domain/types';
import type { BoardWarning } from './board-types';

/** How the rule sentences name people. */
export interface RuleNames {
  readonly student: (id: string) => string;
  readonly staff: (id: string) => string;
}

/** "Ana R.", "Ana R. and Ben C.", "Ana R., Ben C. and Cy D.". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function advisesIn(group: AdvisoryGroup | undefined, staffId: string | undefined, yearId: SchoolYearId): boolean {
  const advisors = group?.advisors[yearId];
  return !!staffId && !!advisors && (advisors.lead === staffId || advisors.co === staffId);
}

function strengthWords(rule: Rule): string {
  return rule.strength === 'hard' ? 'Breaks a hard rule' : 'Breaks a soft rule';
}

/** What each group breaks, given where every student of the year is (`groupOf`). */
export function ruleWarnings(
  school: School,
  yearId: SchoolYearId,
  groupOf: (studentId: string) => string | undefined,
  names: RuleNames,
): ReadonlyMap<string, readonly BoardWarning[]> {
  const out = new Map<string, BoardWarning[]>();
  const add = (groupId: string, rule: Rule, text: string): void => {
    const list = out.get(groupId) ?? [];
    list.push({ severity: rule.strength === 'hard' ? 'danger' : 'warning', text: `${strengthWords(rule)}: ${text}` });
    out.set(groupId, list);
  };
  for (const rule of Object.values(school.rules)) {
    const byGroup = new Map<string, string[]>();
    for (const studentId of rule.studentIds) {
      const groupId = groupOf(studentId);
      if (groupId) byGroup.set(groupId, [...(byGroup.get(groupId) ?? []), studentId]);
    }
    switch (rule.kind) {
      case 'keep-apart':
        for (const [groupId, ids] of byGroup) if (ids.length > 1) add(groupId, rule, `keep apart ${listWords(ids.map(names.student))}`);
        break;
      case 'keep-together':
        // Split across groups: every group holding part of the set shows it (an unplaced student is not a break yet).
        if (byGroup.size > 1) {
          const everyone = listWords(rule.studentIds.map(names.student));
          for (const groupId of byGroup.keys()) add(groupId, rule, `keep together ${everyone}`);
        }
        break;
      case 'place-with-staff':
        for (const [groupId, ids] of byGroup) {
          if (!advisesIn(school.groups[groupId], rule.staffId, yearId)) add(groupId, rule, `place ${listWords(ids.map(names.student))} with ${names.staff(rule.staffId ?? '')}`);
        }
        break;
      case 'keep-away-from-staff':
        for (const [groupId, ids] of byGroup) {
          if (advisesIn(school.groups[groupId], rule.staffId, yearId)) add(groupId, rule, `keep ${listWords(ids.map(names.student))} away from ${names.staff(rule.staffId ?? '')}`);
        }
        break;
    }
  }
  return out;
}
