/**
 * What can be done to the selected staff at once: set their availability for one school year, as
 * ONE batch command ("Mark 12 staff as leaving after 2026–27") that one Undo takes back.
 */
import { useId, useState } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Availability, Staff } from '../../../../shared/domain/types';
import { useMutations } from '../../hooks/use-mutations';
import { setStaffAvailability } from '../../lib/bulk-commands';
import { formatCount } from '../../lib/format';
import { availabilityChoice } from '../../lib/staff-rows';
import { report } from '../../state/feedback-store';

interface Props {
  readonly staff: readonly Staff[];
  readonly hidden: number;
  readonly years: readonly SchoolYearId[];
  readonly yearId: SchoolYearId;
  readonly onClear: () => void;
}

/** The bar shown while at least one staff member is selected. */
export function StaffBulkBar({ staff, hidden, years, yearId, onClear }: Props) {
  const { commit } = useMutations();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(yearId);
  const [value, setValue] = useState<Availability>('leaving');

  async function apply(): Promise<void> {
    const change = setStaffAvailability(staff, year, value);
    if (!change) {
      report('info', `Nothing to change: the selected staff are already “${availabilityChoice(value, year)}”.`);
      setOpen(false);
      return;
    }
    if (await commit(change.command, change.label)) setOpen(false);
  }

  return (
    <section className="bulk-bar" aria-label="Selected staff">
      <p className="bulk-count">
        <strong>{formatCount(staff.length)} selected</strong>
        {hidden > 0 && <span className="muted"> ({formatCount(hidden)} hidden by the filters)</span>}
      </p>
      {!open ? (
        <div className="bulk-actions">
          <button type="button" onClick={() => setOpen(true)}>
            Set availability for {schoolYearLabel(yearId)}…
          </button>
          <button type="button" className="link-button" onClick={onClear}>
            Clear selection
          </button>
        </div>
      ) : (
        <div className="inline-form" role="group" aria-label="Set availability">
          <div className="field">
            <label htmlFor={`${id}-year`}>School year</label>
            <select id={`${id}-year`} value={year} onChange={(e) => setYear(e.currentTarget.value)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {schoolYearLabel(y)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-value`}>Availability</label>
            <select id={`${id}-value`} value={value} onChange={(e) => setValue(e.currentTarget.value as Availability)}>
              {(['active', 'on-leave', 'leaving'] as const).map((a) => (
                <option key={a} value={a}>
                  {availabilityChoice(a, year)}
                </option>
              ))}
            </select>
          </div>
          <div className="inline-form-buttons">
            <button type="button" className="primary" onClick={() => void apply()}>
              Apply to {formatCount(staff.length)} staff
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
