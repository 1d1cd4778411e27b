/** "Mark as left after <year>" / "Mark as returned" for one staff member (nobody is ever deleted). */
import { useId, useState } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Staff } from '../../../../shared/domain/types';
import { useMutations } from '../../hooks/use-mutations';
import { staffName } from '../../lib/names';

interface Props {
  readonly staff: Staff;
  readonly years: readonly SchoolYearId[];
  readonly yearId: SchoolYearId;
}

/** Each action is its own undoable command, apart from the form's Save. */
export function StaffLeaving({ staff, years, yearId }: Props) {
  const { commit } = useMutations();
  const id = useId();
  const [year, setYear] = useState(yearId);
  const name = staffName(staff);

  if (staff.leftAfterYearId) {
    const { leftAfterYearId: _left, ...rest } = staff;
    return (
      <section className="detail-section" aria-label="Leaving">
        <h3>Leaving</h3>
        <p>Left after {schoolYearLabel(staff.leftAfterYearId)}; not listed in later years.</p>
        <div>
          <button type="button" onClick={() => void commit({ type: 'upsert', collection: 'staff', entity: rest }, `Mark ${name} as returned`)}>
            Mark as returned
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="detail-section" aria-label="Leaving">
      <h3>Leaving</h3>
      <p className="hint">People are never deleted: their history stays. After the year chosen they are no longer listed.</p>
      <div className="inline-form">
        <div className="field">
          <label htmlFor={id}>Last year here</label>
          <select id={id} value={year} onChange={(e) => setYear(e.currentTarget.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {schoolYearLabel(y)}
              </option>
            ))}
          </select>
        </div>
        <div className="inline-form-buttons">
          <button
            type="button"
            onClick={() => void commit({ type: 'upsert', collection: 'staff', entity: { ...staff, leftAfterYearId: year } }, `Mark ${name} as left after ${schoolYearLabel(year)}`)}
          >
            Mark as left after {schoolYearLabel(year)}
          </button>
        </div>
      </div>
    </section>
  );
}
