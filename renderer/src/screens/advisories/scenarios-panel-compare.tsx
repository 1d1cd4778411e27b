/** A scenario's metrics beside the plan's for one year, each difference marked better or worse. */
import { useMemo } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { Scenario, School } from '../../../../shared/domain/types';
import { compareScenario } from '../../../../shared/metrics/scenarios';
import { metricLines, type MetricLine } from '../../lib/metrics-words';

function difference(line: MetricLine): { readonly text: string; readonly tone: 'better' | 'worse' | 'same' | 'changed' } {
  const delta = line.other - line.plan;
  // Rounded as shown, so "0%" against "0%" never reads as a change.
  if (line.text(line.other) === line.text(line.plan)) return { text: 'Same', tone: 'same' };
  const text = `${delta > 0 ? '+' : '−'}${(line.deltaText ?? line.text)(Math.abs(delta))}`;
  // Fewer "kept the group, new adult" can mean students left the group: a change, not a gain.
  if (line.better === 'neutral') return { text, tone: 'changed' };
  const better = line.better === 'up' ? delta > 0 : delta < 0;
  return { text, tone: better ? 'better' : 'worse' };
}

interface Props {
  readonly school: School;
  readonly scenario: Scenario;
  readonly yearId: string;
  readonly onClose: () => void;
}

/** The comparison table: metric, plan, scenario, difference. */
export function ScenarioComparison({ school, scenario, yearId, onClose }: Props) {
  const lines = useMemo(() => {
    const { plan, scenario: other } = compareScenario(school, scenario, yearId);
    return metricLines(plan, other);
  }, [school, scenario, yearId]);
  const covered = scenario.placements[yearId] !== undefined;
  return (
    <section className="scenario-compare" aria-label={`Compare ${scenario.name} with the plan`}>
      <div className="scenario-compare-head">
        <h3>
          “{scenario.name}” compared with the plan, {schoolYearLabel(yearId)}
        </h3>
        <button type="button" onClick={onClose}>
          Close comparison
        </button>
      </div>
      {!covered && <p className="hint">This scenario starts after {schoolYearLabel(yearId)}, so this year is the same as in the plan.</p>}
      <table className="mini-table">
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col" className="num">
              Plan
            </th>
            <th scope="col" className="num">
              Scenario
            </th>
            <th scope="col" className="num">
              Difference
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const diff = difference(line);
            return (
              <tr key={line.key} className={`is-${diff.tone}`}>
                <th scope="row">{line.label}</th>
                <td className="num">{line.text(line.plan)}</td>
                <td className="num">{line.text(line.other)}</td>
                <td className="num scenario-diff">
                  {diff.tone === 'same' ? <span className="muted">Same</span> : <strong>{diff.text}</strong>}
                  {(diff.tone === 'better' || diff.tone === 'worse') && <span className="visually-hidden">{diff.tone === 'better' ? ' (better)' : ' (worse)'}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
