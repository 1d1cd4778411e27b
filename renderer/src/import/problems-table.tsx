/** The problems found in the source: errors (which block the import) first, each with file, row and column. */
import { useMemo, useState } from 'react';
import type { Diagnostic } from '../../../shared/import/diagnostics';
import { formatCount } from '../lib/format';

const SHOWN = 200;

export function ProblemsTable({ diagnostics }: { readonly diagnostics: readonly Diagnostic[] }) {
  const [all, setAll] = useState(false);
  const sorted = useMemo(() => [...diagnostics].sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1)), [diagnostics]);
  const errors = diagnostics.filter((d) => d.level === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length === 0) return <p className="import-ok">No problems found in the file.</p>;
  const shown = all ? sorted : sorted.slice(0, SHOWN);
  return (
    <section aria-labelledby="import-problems-title">
      <h3 id="import-problems-title">
        Problems: {errors > 0 && <span className="import-errors">{formatCount(errors)} {errors === 1 ? 'error' : 'errors'}</span>}
        {errors > 0 && warnings > 0 && ', '}
        {warnings > 0 && <span>{formatCount(warnings)} {warnings === 1 ? 'warning' : 'warnings'}</span>}
      </h3>
      <p className="hint">Errors must be fixed in the file before it can be imported. Warnings say what the app assumed; they do not stop the import.</p>
      <div className="import-table-wrap">
        <table className="import-table" aria-label="Problems">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">File</th>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">What is wrong</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d, i) => (
              <tr key={i} className={d.level === 'error' ? 'is-error' : 'is-warning'}>
                <td>{d.level === 'error' ? 'Error' : 'Warning'}</td>
                <td className="mono">{d.file || '—'}</td>
                <td>{d.row ?? '—'}</td>
                <td className="mono">{d.column ?? '—'}</td>
                <td>{d.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!all && sorted.length > SHOWN && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          Show all {formatCount(sorted.length)} problems
        </button>
      )}
    </section>
  );
}
