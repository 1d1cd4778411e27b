/**
 * Hard rules that contradict each other, found before saving: a pair both kept together (directly
 * or through a chain of keep-together rules) and kept apart, or one student both placed with and
 * kept away from the same adult. Soft rules never block: the planner may break them.
 */
import type { Rule, School } from '../../../../shared/domain/types';
import { authorWords, type PeopleNames } from './rule-words';
import type { RuleDraft } from './rule-draft';

type Candidate = Pick<Rule, 'kind' | 'studentIds' | 'staffId' | 'strength' | 'reason' | 'author'>;

/** Who is tied together by the hard keep-together rules (union-find, so chains count). */
function togetherRoots(rules: readonly Candidate[]): (id: string) => string {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  for (const rule of rules) {
    if (rule.kind !== 'keep-together') continue;
    const [first, ...rest] = rule.studentIds;
    if (first === undefined) continue;
    for (const id of rest) {
      const a = find(first);
      const b = find(id);
      if (a !== b) parent.set(b, a);
    }
  }
  return find;
}

function because(rule: Candidate): string {
  const reason = rule.reason.trim();
  return `(${authorWords(rule)}${reason ? `: “${reason}”` : ''})`;
}

/** Why saving the draft would make the hard rules impossible to meet together, or null. */
export function ruleConflict(school: School, draft: RuleDraft, editingId: string | null, names: PeopleNames): string | null {
  if (draft.strength !== 'hard') return null;
  const others = Object.values(school.rules).filter((r) => r.id !== editingId && r.strength === 'hard');
  const all: readonly Candidate[] = [...others, { ...draft, staffId: draft.staffId || undefined }];
  const root = togetherRoots(all);
  const direct = draft.kind === 'keep-together' ? new Set(draft.studentIds) : null;
  if (draft.kind === 'keep-together' || draft.kind === 'keep-apart') {
    // Check the new rule against the others, and the others against the new rule.
    const apartRules = draft.kind === 'keep-apart' ? [draft] : others.filter((r) => r.kind === 'keep-apart');
    for (const apart of apartRules) {
      const ids = apart.studentIds;
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const a = ids[i] ?? '';
          const b = ids[j] ?? '';
          if (root(a) !== root(b)) continue;
          const pair = `${names.student(a)} and ${names.student(b)}`;
          if (draft.kind === 'keep-together') {
            const chain = direct?.has(a) && direct.has(b) ? '' : ' Other hard keep-together rules link them to this one.';
            return `${pair} already must be kept apart ${because(apart)}, so a hard rule can’t keep them together.${chain} Make this rule soft, or change the other one first.`;
          }
          const together = others.find((r) => r.kind === 'keep-together' && r.studentIds.includes(a) && r.studentIds.includes(b));
          const why = together ? ` ${because(together)}` : ' through a chain of hard keep-together rules';
          return `${pair} already must be kept together${why}, so a hard rule can’t keep them apart. Make this rule soft, or change the other one first.`;
        }
      }
    }
    return null;
  }
  const opposite = draft.kind === 'place-with-staff' ? 'keep-away-from-staff' : 'place-with-staff';
  const clash = others.find((r) => r.kind === opposite && r.staffId === draft.staffId && r.studentIds.some((id) => draft.studentIds.includes(id)));
  if (!clash) return null;
  const who = names.student(clash.studentIds.find((id) => draft.studentIds.includes(id)) ?? '');
  const adult = names.staff(draft.staffId);
  const already = opposite === 'place-with-staff' ? `must be placed with ${adult}` : `must be kept away from ${adult}`;
  return `${who} already ${already} ${because(clash)}. Make this rule soft, or change the other one first.`;
}
