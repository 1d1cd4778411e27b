/**
 * The Rules tab: every placement rule of the school, filtered by kind and strength and searched by
 * student name, each with whether the viewed year's placements meet it. Edit… opens the same form
 * as "Make a rule…" on the board; Delete is one remove command. Both are undoable.
 */
import { useId, useMemo, useState } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Rule, School } from '../../../../shared/domain/types';
import { useMutations } from '../../hooks/use-mutations';
import { plural } from '../../lib/format';
import { filterRules, noRuleFilter, type RuleFilter } from '../../lib/rules/rule-filter';
import { ruleStatus } from '../../lib/rules/rule-status';
import { kindWords, ruleKinds, ruleSentence, schoolNames } from '../../lib/rules/rule-words';
import { RuleDialog } from './rule-dialog';
import { RuleRow } from './rule-row';

interface Props {
  readonly school: School;
  readonly yearId: SchoolYearId;
}

/** The list of rules with its filters. */
export function RulesPanel({ school, yearId }: Props) {
  const { commit } = useMutations();
  const id = useId();
  const [filter, setFilter] = useState<RuleFilter>(noRuleFilter);
  const [editing, setEditing] = useState<Rule | null>(null);
  const names = useMemo(() => schoolNames(school), [school]);
  const all = useMemo(() => Object.values(school.rules), [school.rules]);
  const shown = useMemo(() => filterRules(all, filter, names), [all, filter, names]);
  const broken = useMemo(() => all.filter((r) => ruleStatus(school, yearId, r, names).state === 'broken').length, [all, school, yearId, names]);
  const year = schoolYearLabel(yearId);
  const filtered = (filter.kind !== 'all' || filter.strength !== 'all' || filter.query.trim() !== '');

  const remove = (rule: Rule): void => {
    void commit({ type: 'remove', collection: 'rules', id: rule.id }, `Delete rule: ${ruleSentence(rule, names)}`);
  };

  return (
    <section className="advisory-panel rules-panel" aria-label="Rules">
      <h2>Rules</h2>
      <p className="muted">
        {all.length === 0
          ? 'No rules yet. To make one, select students on the Board and press “Make a rule…”.'
          : `${plural(all.length, 'rule')}; ${broken === 0 ? `none broken in ${year}` : `${broken} broken in ${year}`}. New rules are made from the Board: select students, then “Make a rule…”.`}
      </p>
      {all.length > 0 && (
        <div className="rules-filters" role="group" aria-label="Filter rules">
          <div className="field">
            <label htmlFor={`${id}-kind`}>Kind</label>
            <select id={`${id}-kind`} value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.currentTarget.value as RuleFilter['kind'] })}>
              <option value="all">All kinds</option>
              {ruleKinds.map((k) => (
                <option key={k} value={k}>
                  {kindWords[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-strength`}>Strength</label>
            <select id={`${id}-strength`} value={filter.strength} onChange={(e) => setFilter({ ...filter, strength: e.currentTarget.value as RuleFilter['strength'] })}>
              <option value="all">Hard and soft</option>
              <option value="hard">Hard only</option>
              <option value="soft">Soft only</option>
            </select>
          </div>
          <div className="field rules-search">
            <label htmlFor={`${id}-query`}>Student</label>
            <input id={`${id}-query`} type="search" value={filter.query} placeholder="Find a student’s rules" onChange={(e) => setFilter({ ...filter, query: e.currentTarget.value })} />
          </div>
        </div>
      )}
      {filtered && <p className="muted" role="status">{`Showing ${shown.length} of ${plural(all.length, 'rule')}.`}</p>}
      {all.length > 0 && shown.length === 0 && <p className="muted">No rule matches these filters.</p>}
      <ul className="rules-list" aria-label="Rules list">
        {shown.map((rule) => (
          <RuleRow key={rule.id} rule={rule} status={ruleStatus(school, yearId, rule, names)} names={names} onEdit={setEditing} onDelete={remove} />
        ))}
      </ul>
      {editing && <RuleDialog school={school} yearId={yearId} rule={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
