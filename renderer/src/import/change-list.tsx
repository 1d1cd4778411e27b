/** What the import would change, person by person ("Grade: 09 → 10"), with a filter by kind. */
import { useMemo, useState } from 'react';
import type { RecordChange } from '../../../shared/import/plan/plan-types';
import { formatCount } from '../lib/format';

const kindWords: Readonly<Record<RecordChange['kind'], string>> = {
  added: 'New',
  changed: 'Changed',
  left: 'Marked as left',
  returned: 'Back again',
};

const whatWords: Readonly<Record<RecordChange['what'], string>> = { student: 'Student', staff: 'Staff', group: 'Advisory' };

const SHOWN = 300;

export function ChangeList({ changes, total }: { readonly changes: readonly RecordChange[]; readonly total: number }) {
  const [kind, setKind] = useState<RecordChange['kind'] | 'all'>('all');
  const visible = useMemo(() => (kind === 'all' ? changes : changes.filter((c) => c.kind === kind)), [changes, kind]);
  if (total === 0) return null;
  return (
    <section aria-labelledby="import-changes-title">
      <div className="import-changes-head">
        <h3 id="import-changes-title">Changes ({formatCount(total)})</h3>
        <label>
          Show{' '}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as RecordChange['kind'] | 'all')}>
            <option value="all">all changes</option>
            <option value="added">new only</option>
            <option value="changed">changed only</option>
            <option value="left">marked as left only</option>
            <option value="returned">back again only</option>
          </select>
        </label>
      </div>
      <div className="import-table-wrap">
        <table className="import-table" aria-label="Changes">
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">Who</th>
              <th scope="col">ID</th>
              <th scope="col">Name</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {visible.slice(0, SHOWN).map((c) => (
              <tr key={`${c.what}:${c.id}`}>
                <td>{kindWords[c.kind]}</td>
                <td>{whatWords[c.what]}</td>
                <td className="mono">{c.id}</td>
                <td>{c.name}</td>
                <td>{c.fields.map((f) => `${f.field}: ${f.before} → ${f.after}`).join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(visible.length > SHOWN || total > changes.length) && (
        <p className="hint">
          Showing the first {formatCount(Math.min(visible.length, SHOWN))}; all {formatCount(total)} changes are applied.
        </p>
      )}
    </section>
  );
}
