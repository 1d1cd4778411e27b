/** The rule form's draft: made from a selection or a rule, checked, and turned into a Rule. */
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Rule, School } from '../../../../shared/domain/types';
import { ruleConflict } from './rule-conflicts';
import { needsStaff, type PeopleNames, type RuleKind, type RuleStrength } from './rule-words';

export interface RuleDraft {
  readonly kind: RuleKind;
  readonly studentIds: readonly string[];
  /** '' until an adult is chosen; ignored for keep apart / keep together. */
  readonly staffId: string;
  readonly strength: RuleStrength;
  readonly reason: string;
  readonly author: string;
}

/** A new draft for these students: keep apart for a pair or more, place with an adult for one. */
export function newDraft(studentIds: readonly string[], author: string): RuleDraft {
  return { kind: studentIds.length >= 2 ? 'keep-apart' : 'place-with-staff', studentIds, staffId: '', strength: 'hard', reason: '', author };
}

/** The draft that edits `rule`. */
export function draftOf(rule: Rule): RuleDraft {
  return { kind: rule.kind, studentIds: rule.studentIds, staffId: rule.staffId ?? '', strength: rule.strength, reason: rule.reason, author: rule.author };
}

/** Groups open in the year: those with advisors for it, as on the board. */
export function openGroupCount(school: School, yearId: SchoolYearId): number {
  return Object.values(school.groups).filter((g) => g.advisors[yearId]).length;
}

/** The first thing wrong with the draft, in plain words, or null when it can be saved. `editingId`: the rule it replaces. */
export function draftProblem(school: School, yearId: SchoolYearId, draft: RuleDraft, editingId: string | null, names: PeopleNames): string | null {
  const ids = [...new Set(draft.studentIds)];
  if (ids.length === 0) return 'Select at least one student on the board first.';
  if (!needsStaff(draft.kind) && ids.length < 2) {
    return `${draft.kind === 'keep-apart' ? 'Keeping apart' : 'Keeping together'} needs at least 2 students; only ${names.student(ids[0] ?? '')} is selected. Ctrl-click (⌘-click) another student on the board.`;
  }
  if (needsStaff(draft.kind) && !draft.staffId) return 'Choose the adult.';
  if (!draft.reason.trim()) return 'Write the reason, so whoever plans next year knows why the rule is there.';
  if (draft.strength === 'hard' && draft.kind === 'keep-apart') {
    const groups = openGroupCount(school, yearId);
    if (ids.length > groups) {
      return `These ${ids.length} students must all be apart, but ${schoolYearLabel(yearId)} has only ${groups} open ${groups === 1 ? 'group' : 'groups'}. Make the rule soft, or split it into smaller ones.`;
    }
  }
  return ruleConflict(school, { ...draft, studentIds: ids }, editingId, names);
}

/** The rule the draft describes (trimmed text; no adult for the student-only kinds). */
export function ruleOf(draft: RuleDraft, id: string, createdAt: string): Rule {
  const base = { id, kind: draft.kind, studentIds: [...new Set(draft.studentIds)], strength: draft.strength, reason: draft.reason.trim(), author: draft.author.trim(), createdAt };
  return needsStaff(draft.kind) ? { ...base, staffId: draft.staffId } : base;
}

/** `rule-<timestamp>-<n>` with the smallest n ≥ 1 that no rule has yet. */
export function nextRuleId(rules: Readonly<Record<string, Rule>>, now: number): string {
  let n = 1;
  while (rules[`rule-${now}-${n}`]) n++;
  return `rule-${now}-${n}`;
}
