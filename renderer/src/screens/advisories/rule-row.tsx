/** One rule in the Rules tab: what it says, who made it and why, whether the viewed year meets it, Edit… and Delete. */
import type { Rule } from '../../../../shared/domain/types';
import type { RuleStatus } from '../../lib/rules/rule-status';
import { dateWords, kindWords, ruleSentence, type PeopleNames } from '../../lib/rules/rule-words';

interface Props {
  readonly rule: Rule;
  readonly status: RuleStatus;
  readonly names: PeopleNames;
  readonly onEdit: (rule: Rule) => void;
  readonly onDelete: (rule: Rule) => void;
}

const stateWords: Readonly<Record<RuleStatus['state'], string>> = { met: 'Met', broken: 'Broken', waiting: 'Not decided' };

/** A rule's card in the list. */
export function RuleRow({ rule, status, names, onEdit, onDelete }: Props) {
  const sentence = ruleSentence(rule, names, 100);
  const author = rule.author.trim() || 'no author given';
  return (
    <li className={`rule-row is-${rule.strength}`} aria-label={sentence}>
      <div className="rule-row-head">
        <span className={`rule-strength is-${rule.strength}`} title={rule.strength === 'hard' ? 'The planner never breaks it.' : 'The planner tries, and says so when it can’t.'}>
          {rule.strength} rule
        </span>
        <span className={`rule-state is-${status.state}`}>{stateWords[status.state]}</span>
      </div>
      <p className="rule-sentence" title={kindWords[rule.kind]}>{sentence}</p>
      <p className="rule-reason">
        <span className="muted">Why: </span>
        {rule.reason.trim() || <span className="muted">no reason given</span>}
      </p>
      <p className="rule-meta muted">
        By {author} on {dateWords(rule.createdAt)}
      </p>
      <p className={`rule-status is-${status.state}`}>{status.text}</p>
      <div className="rule-row-actions">
        <button type="button" aria-haspopup="dialog" aria-label={`Edit rule: ${sentence}`} onClick={() => onEdit(rule)}>
          Edit…
        </button>
        <button type="button" className="danger" aria-label={`Delete rule: ${sentence}`} onClick={() => onDelete(rule)}>
          Delete
        </button>
      </div>
    </li>
  );
}
