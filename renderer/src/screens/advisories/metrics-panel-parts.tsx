/** Parts of the metrics panel: the subgroup spread table, the rule list and the unconnected students. */
import { useId, useState } from 'react';
import type { AdvisoryMetrics, RuleViolation } from '../../../../shared/metrics/metrics-types';
import { countStart, plural } from '../../lib/format';
import { attributeName, knownByWords, percentText, pointsText } from '../../lib/metrics-words';

/** Each attribute's share in the school and in the group furthest from it. */
export function SpreadTable({ spread }: { readonly spread: AdvisoryMetrics['spread'] }) {
  return (
    <table className="mini-table metrics-spread">
      <caption>Mix of the groups compared with the school’s (placed students)</caption>
      <thead>
        <tr>
          <th scope="col">Students</th>
          <th scope="col" className="num">
            School
          </th>
          <th scope="col">Furthest group</th>
          <th scope="col" className="num">
            Its share
          </th>
          <th scope="col" className="num">
            Gap
          </th>
        </tr>
      </thead>
      <tbody>
        {spread.map((s) => (
          <tr key={s.attribute}>
            <th scope="row">{attributeName(s.attribute)}</th>
            <td className="num">{percentText(s.schoolPercent)}</td>
            <td>{s.worstGroup ? s.worstGroup.name : <span className="muted">No group</span>}</td>
            <td className="num">{s.worstGroup ? percentText(s.worstGroup.percent) : '—'}</td>
            <td className="num">{pointsText(s.maxGapPoints)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RuleList({ title, violations, tone }: { readonly title: string; readonly violations: readonly RuleViolation[]; readonly tone: 'hard' | 'soft' }) {
  const id = useId();
  return (
    <div className={`metrics-rules is-${tone}${violations.length > 0 ? ' has-some' : ''}`}>
      <h4 id={id}>
        {title}: {violations.length}
      </h4>
      {violations.length > 0 && (
        <ul aria-labelledby={id}>
          {violations.map((v, i) => (
            <li key={`${v.ruleId}-${i}`}>{v.sentence}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Hard and soft rules the placements break, one sentence each. */
export function ViolationLists({ violations }: { readonly violations: AdvisoryMetrics['violations'] }) {
  if (violations.hard.length + violations.soft.length === 0) return <p>Every placement rule is kept.</p>;
  return (
    <>
      <RuleList title="Hard rules broken" violations={violations.hard} tone="hard" />
      <RuleList title="Soft rules broken" violations={violations.soft} tone="soft" />
    </>
  );
}

/** How many students have no connected adult, and (on request) where each of them went. */
export function UnconnectedList({ unconnected }: { readonly unconnected: AdvisoryMetrics['unconnected'] }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { count, withKnownAdult, students } = unconnected;
  return (
    <>
      <p>
        {countStart(count, 'student')} with no connected adult outside advisory
        {count > 0 && `; ${plural(withKnownAdult, 'is', 'are')} placed with an adult who knows them`}.
      </p>
      {count > 0 && (
        <>
          <div>
            <button type="button" className="link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
              {open ? 'Hide the students' : `Show the ${plural(count, 'student')}`}
            </button>
          </div>
          {open && (
            <ul id={listId} className="metrics-unconnected" aria-label="Students with no connected adult">
              {students.map((s) => (
                <li key={s.studentId} className={s.knownBy ? 'is-known' : undefined}>
                  <strong>{s.name}</strong> — {s.group ? `${s.group.name}, ${knownByWords(s.knownBy)}` : 'not placed yet'}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
