/** What a plan could not satisfy, and every student it moves with why: the planner explains itself. */
import type { FeasibilityProblem, PlanFinding, PlanMove } from '../../../../shared/planner/planner-types';
import type { School } from '../../../../shared/domain/types';
import { formatCount } from '../../lib/format';
import { studentName } from '../../lib/names';

const findingTitles: Readonly<Record<PlanFinding['kind'], string>> = {
  'soft-rule-unmet': 'Soft rules not kept',
  'size-outside-band': 'Groups outside the size band',
  'mix-outside-band': 'Groups whose mix is far from the school’s',
  'no-connected-adult': 'Students with no connected adult',
  'continuity-broken': 'Returning students who change advisor',
};

const SHOWN = 200;

/**
 * Problems found before planning, in plain words. `blocking`: they stopped the planner (nothing
 * was planned); otherwise they are decisions the rollover leaves to the scheduler.
 */
export function FeasibilityList({ problems, blocking = true }: { readonly problems: readonly Pick<FeasibilityProblem, 'message'>[]; readonly blocking?: boolean }) {
  if (problems.length === 0) return null;
  const count = `${formatCount(problems.length)} ${problems.length === 1 ? 'problem' : 'problems'}`;
  return (
    <section className="plan-problems" aria-labelledby="plan-problems-title">
      <h3 id="plan-problems-title">{blocking ? `The year cannot be planned as it is (${count})` : `Needs your decision (${count})`}</h3>
      <p className="hint">
        {blocking
          ? 'Nothing was changed. Fix these (rules, locks, advisors or policy), then plan again.'
          : 'The rollover below works around these as well as it can; you can apply it and fix them afterwards, or fix them first and roll over again.'}
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.message}</li>
        ))}
      </ul>
    </section>
  );
}

/** The findings, grouped by kind, each a sentence. */
export function FindingsList({ findings }: { readonly findings: readonly PlanFinding[] }) {
  if (findings.length === 0) return <p className="import-ok">Every soft goal is met: sizes in band, mixes close, soft rules kept.</p>;
  const kinds = [...new Set(findings.map((f) => f.kind))];
  return (
    <section aria-labelledby="plan-findings-title">
      <h3 id="plan-findings-title">What the plan could not do ({formatCount(findings.length)})</h3>
      {kinds.map((kind) => {
        const list = findings.filter((f) => f.kind === kind);
        return (
          <details key={kind} className="plan-findings" open={list.length <= 5}>
            <summary>
              {findingTitles[kind]} ({formatCount(list.length)})
            </summary>
            <ul>
              {list.slice(0, SHOWN).map((f, i) => (
                <li key={i}>{f.message}</li>
              ))}
            </ul>
            {list.length > SHOWN && <p className="hint">and {formatCount(list.length - SHOWN)} more.</p>}
          </details>
        );
      })}
    </section>
  );
}

interface MovesTableProps {
  readonly school: School;
  readonly moves: readonly PlanMove[];
  readonly caption: string;
  /** Column headers: where each student was (e.g. last year) and where the plan puts them. */
  readonly fromHeader: string;
  readonly toHeader: string;
}

/** Every student the plan moves, from where to where, and why. */
export function MovesTable({ school, moves, caption, fromHeader, toHeader }: MovesTableProps) {
  if (moves.length === 0) return null;
  const groupName = (id: string | null): string => (id ? (school.groups[id]?.name ?? id) : 'No group');
  return (
    <section aria-labelledby="plan-moves-title">
      <h3 id="plan-moves-title">
        {caption} ({formatCount(moves.length)})
      </h3>
      <div className="import-table-wrap">
        <table className="import-table" aria-label="Moves">
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col">{fromHeader}</th>
              <th scope="col">{toHeader}</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {moves.slice(0, SHOWN).map((m) => {
              const student = school.students[m.studentId];
              return (
                <tr key={m.studentId}>
                  <td>{student ? studentName(student) : m.studentId}</td>
                  <td>{groupName(m.from)}</td>
                  <td>{groupName(m.to)}</td>
                  <td>{m.reason}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {moves.length > SHOWN && (
        <p className="hint">
          Showing the first {SHOWN} of {formatCount(moves.length)}.
        </p>
      )}
    </section>
  );
}
