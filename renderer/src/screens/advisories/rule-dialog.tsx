/**
 * The rule form, for a new rule (from the board's selection) or to edit one (from the Rules tab).
 * A native modal <dialog> as in start-real-school-dialog.tsx: focus trap, Escape and the dialog
 * role for free. Mounted only while open. Saving is ONE upsert through `commit`, so Undo takes it back.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Rule, School } from '../../../../shared/domain/types';
import { useMutations } from '../../hooks/use-mutations';
import { draftOf, draftProblem, newDraft, nextRuleId, ruleOf, type RuleDraft } from '../../lib/rules/rule-draft';
import { staffChoices } from '../../lib/staff-choices';
import { kindWords, needsStaff, ruleKinds, ruleSentence, schoolNames, strengthWords, studentsWords } from '../../lib/rules/rule-words';
import { useModalDialog } from '../../hooks/use-modal-dialog';
import { FormFooter } from '../../components/form-footer';
import { StaffSelect } from '../../components/staff-select';

// The author is remembered for the session: a scheduler making five rules types their name once.
let rememberedAuthor = '';

interface Props {
  readonly school: School;
  readonly yearId: SchoolYearId;
  /** The students of a new rule; ignored when editing. */
  readonly studentIds?: readonly string[];
  /** The rule to edit; absent for a new one. */
  readonly rule?: Rule;
  readonly onClose: () => void;
}

/** The modal "Make a rule" / "Edit rule" form. */
export function RuleDialog({ school, yearId, studentIds = [], rule, onClose }: Props) {
  const ref = useModalDialog();
  const id = useId();
  const { commit } = useMutations();
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? draftOf(rule) : newDraft(studentIds, rememberedAuthor)));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const names = useMemo(() => schoolNames(school), [school]);
  const keepStaff = rule?.staffId;
  const adults = useMemo(() => staffChoices(school, yearId, keepStaff ? [keepStaff] : []), [school, yearId, keepStaff]);
  const few = draft.studentIds.length < 2;

  const change = (patch: Partial<RuleDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblem(null);
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    // No form submission: the CSP forbids form actions, and main does the work.
    event.preventDefault();
    if (busy) return;
    const found = draftProblem(school, yearId, draft, rule?.id ?? null, names);
    setProblem(found);
    if (found) return;
    rememberedAuthor = draft.author.trim();
    const saved = ruleOf(draft, rule?.id ?? nextRuleId(school.rules, Date.now()), rule?.createdAt ?? new Date().toISOString());
    const sentence = ruleSentence(saved, names);
    setBusy(true);
    const ok = await commit({ type: 'upsert', collection: 'rules', entity: saved }, rule ? `Edit rule: ${sentence}` : sentence);
    setBusy(false);
    if (ok) onClose();
  }

  return (
    // Keys stay in the dialog: the board's own M and Escape shortcuts must not fire under it.
    <dialog ref={ref} className="dialog rule-dialog" aria-labelledby={`${id}-title`} onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>{rule ? 'Edit rule' : 'Make a rule'}</h2>
        <p className="rule-who">
          <span className="muted">For </span>
          <strong>{studentsWords(draft.studentIds, names, 6)}</strong>
        </p>
        <fieldset className="rule-choices rule-kinds">
          <legend>What should the planner do?</legend>
          {ruleKinds.map((kind) => (
            <label key={kind} className="rule-radio">
              <input type="radio" name={`${id}-kind`} value={kind} checked={draft.kind === kind} onChange={() => change({ kind })} />
              <span>
                {kindWords[kind]}
                {!needsStaff(kind) && few && <span className="muted"> — needs 2 or more students</span>}
              </span>
            </label>
          ))}
        </fieldset>
        {needsStaff(draft.kind) && (
          <div className="field">
            <label htmlFor={`${id}-staff`}>Adult</label>
            <StaffSelect id={`${id}-staff`} value={draft.staffId} choices={adults} none="Choose an adult…" onChange={(staffId) => change({ staffId })} />
          </div>
        )}
        <fieldset className="rule-choices">
          <legend>How strict?</legend>
          {(['hard', 'soft'] as const).map((strength) => (
            <label key={strength} className="rule-radio">
              <input type="radio" name={`${id}-strength`} value={strength} checked={draft.strength === strength} onChange={() => change({ strength })} />
              <span>
                <strong>{strength === 'hard' ? 'Hard' : 'Soft'}</strong> — {strengthWords[strength]}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reason</label>
          <textarea id={`${id}-reason`} rows={2} maxLength={2000} value={draft.reason} placeholder="e.g. Conflict reported by the dean" onChange={(e) => change({ reason: e.currentTarget.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-author`}>Author</label>
          <input id={`${id}-author`} maxLength={200} autoComplete="off" value={draft.author} placeholder="Your name or office" aria-describedby={`${id}-author-hint`} onChange={(e) => change({ author: e.currentTarget.value })} />
          <p id={`${id}-author-hint`} className="hint">
            Remembered for your next rule until you close the app.
          </p>
        </div>
        <FormFooter problem={problem} busy={busy} saveLabel="Save rule" onCancel={onClose} />
      </form>
    </dialog>
  );
}
