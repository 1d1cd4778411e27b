/** A short list of plain sentences, each led by its number, for the summary screens. */
import type { ReactNode } from 'react';

export interface Fact {
  readonly key: string;
  readonly text: ReactNode;
  readonly attention?: boolean;
}

export function FactList({ label, facts }: { readonly label: string; readonly facts: readonly Fact[] }) {
  return (
    <section className="card facts-card" aria-label={label}>
      <ul className="fact-list">
        {facts.map((f) => (
          <li key={f.key} className={f.attention ? 'is-attention' : undefined}>
            {f.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
