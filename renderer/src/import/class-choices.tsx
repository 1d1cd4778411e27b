/**
 * Which classes are advisories. Real exports often send advisories as ordinary `scheduled`
 * classes, so the user can tick any class; the ones the file marks as homeroom come ticked.
 */
import { useMemo, useState } from 'react';
import type { ImportedClassChoice } from '../../../shared/import/model';
import { formatCount } from '../lib/format';

interface Props {
  readonly choices: readonly ImportedClassChoice[];
  readonly extra: readonly string[];
  readonly not: readonly string[];
  readonly disabled: boolean;
  readonly onChange: (extra: readonly string[], not: readonly string[]) => void;
}

export function ClassChoices({ choices, extra, not, disabled, onChange }: Props) {
  const [query, setQuery] = useState('');
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = q ? choices.filter((c) => c.title.toLowerCase().includes(q) || c.key.toLowerCase().includes(q)) : choices;
    return list.slice(0, 200);
  }, [choices, query]);
  if (choices.length === 0) return null;
  const ticked = (c: ImportedClassChoice): boolean => (c.isAdvisory ? !not.includes(c.key) : extra.includes(c.key));
  const count = choices.filter(ticked).length;

  function toggle(c: ImportedClassChoice, on: boolean): void {
    if (c.isAdvisory) onChange(extra, on ? not.filter((k) => k !== c.key) : [...not, c.key]);
    else onChange(on ? [...extra, c.key] : extra.filter((k) => k !== c.key), not);
  }

  return (
    <details className="import-classes" open={count === 0}>
      <summary>
        Advisory classes: {formatCount(count)} of {formatCount(choices.length)} classes are read as advisories
      </summary>
      <p className="hint">
        {count === 0
          ? 'The file marks no class as an advisory (homeroom). If your advisories are sent as ordinary classes, tick them here.'
          : 'Classes marked as homeroom are ticked. Tick any other class that is an advisory, or untick one that is not.'}
      </p>
      {choices.length > 10 && (
        <input type="search" aria-label="Find a class" placeholder="Find a class" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
      )}
      <ul className="import-class-list">
        {visible.map((c) => (
          <li key={c.key}>
            <label>
              <input type="checkbox" checked={ticked(c)} disabled={disabled} onChange={(e) => toggle(c, e.currentTarget.checked)} />
              {c.title} <span className="muted">({c.yearId ? c.yearId.replace('-', '–') : 'year unknown'}, {formatCount(c.students)} students)</span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
