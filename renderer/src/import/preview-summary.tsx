/** The counts at the top of the preview: what will be added, changed, unchanged and no longer present. */
import type { ImportPreview } from '../../../shared/import/preview';
import type { ImportCounts } from '../../../shared/import/plan/plan-types';
import { formatCount } from '../lib/format';

function CountsCard({ title, counts, missingWords }: { readonly title: string; readonly counts: ImportCounts; readonly missingWords: string }) {
  return (
    <div className="card import-card" role="group" aria-label={title}>
      <h4>{title}</h4>
      <dl>
        <dt>New</dt>
        <dd>{formatCount(counts.added)}</dd>
        <dt>Changed</dt>
        <dd>{formatCount(counts.changed)}</dd>
        <dt>Unchanged</dt>
        <dd>{formatCount(counts.unchanged)}</dd>
        <dt>{missingWords}</dt>
        <dd>{formatCount(counts.missing)}</dd>
      </dl>
    </div>
  );
}

export function PreviewSummary({ plan }: { readonly plan: ImportPreview['plan'] }) {
  return (
    <div className="import-cards">
      {plan.students && <CountsCard title="Students" counts={plan.students} missingWords="Not in the file (marked as left)" />}
      {plan.staff && <CountsCard title="Staff" counts={plan.staff} missingWords="Not in the file (marked as left)" />}
      {plan.groups && (
        <div className="card import-card" role="group" aria-label="Advisory groups">
          <h4>Advisory groups</h4>
          <dl>
            <dt>New</dt>
            <dd>{formatCount(plan.groups.added)}</dd>
            <dt>Changed</dt>
            <dd>{formatCount(plan.groups.changed)}</dd>
            <dt>Unchanged</dt>
            <dd>{formatCount(plan.groups.unchanged)}</dd>
          </dl>
        </div>
      )}
      {plan.placements && (
        <div className="card import-card" role="group" aria-label="Placements">
          <h4>Placements</h4>
          <dl>
            <dt>New</dt>
            <dd>{formatCount(plan.placements.added)}</dd>
            <dt>Moved</dt>
            <dd>{formatCount(plan.placements.moved)}</dd>
            <dt>Removed</dt>
            <dd>{formatCount(plan.placements.removed)}</dd>
            <dt>Unchanged</dt>
            <dd>{formatCount(plan.placements.unchanged)}</dd>
            {plan.placements.keptLocked > 0 && (
              <>
                <dt>Kept locked</dt>
                <dd>{formatCount(plan.placements.keptLocked)}</dd>
              </>
            )}
          </dl>
        </div>
      )}
      {(plan.yearsAdded.length > 0 || plan.yearsChanged.length > 0) && (
        <div className="card import-card" role="group" aria-label="School years">
          <h4>School years</h4>
          {plan.yearsAdded.length > 0 && <p>New: {plan.yearsAdded.map((y) => y.replace('-', '–')).join(', ')}</p>}
          {plan.yearsChanged.length > 0 && <p>First and last day from the file: {plan.yearsChanged.map((y) => y.replace('-', '–')).join(', ')}</p>}
        </div>
      )}
    </div>
  );
}
