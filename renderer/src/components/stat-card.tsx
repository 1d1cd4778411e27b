/** One figure on the dashboard: a title, the number, and a sentence saying what it means. */
import { useId, type ReactNode } from 'react';

interface Props {
  readonly title: string;
  readonly figure: string;
  readonly detail?: ReactNode;
  readonly tone?: 'plain' | 'attention';
  readonly children?: ReactNode;
}

export function StatCard({ title, figure, detail, tone = 'plain', children }: Props) {
  const titleId = useId();
  return (
    <section className={`card is-${tone}`} aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <p className="card-figure">{figure}</p>
      {detail !== undefined && <p className="card-detail">{detail}</p>}
      {children}
    </section>
  );
}
