/** How many adults each student is connected to: 0, 1, or 2 or more, as one bar and three numbers. */
import type { SchoolSummary } from '../../../shared/domain/summary';
import { formatCount, formatPercent } from '../lib/format';

interface Props {
  readonly connected: SchoolSummary['connected'];
  readonly students: number;
}

export function CoveragePanel({ connected, students }: Props) {
  const parts = [
    { key: 'none', label: 'No connected adult', count: connected.none },
    { key: 'one', label: 'One connected adult', count: connected.one },
    { key: 'two', label: 'Two or more', count: connected.twoPlus },
  ] as const;
  return (
    <section className="card coverage" aria-labelledby="coverage-title">
      <h3 id="coverage-title">Connected adults per student</h3>
      <div className="coverage-bar" aria-hidden="true">
        {parts.map((p) =>
          p.count > 0 ? <div key={p.key} className={`coverage-part is-${p.key}`} style={{ flexGrow: p.count }} /> : null,
        )}
      </div>
      <ul className="coverage-legend">
        {parts.map((p) => (
          <li key={p.key}>
            <span className={`swatch is-${p.key}`} aria-hidden="true" />
            <span className="legend-label">{p.label}</span>
            <strong>{formatCount(p.count)}</strong>
            <span className="muted">{formatPercent(p.count, students)}</span>
          </li>
        ))}
      </ul>
      <p className="card-detail">
        An adult counts as connected when they advise the student, sponsor one of their clubs, mentor them, or marked a positive
        relationship with them in this year’s relationship mapping.
      </p>
    </section>
  );
}
