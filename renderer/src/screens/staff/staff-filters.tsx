/** The Staff filter bar: role, department and availability in the viewed year, and the Columns menu. */
import type { Table } from '@tanstack/react-table';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Availability, Staff } from '../../../../shared/domain/types';
import { ColumnMenu } from '../../components/data-table/column-menu';
import { FilterSelect } from '../../components/data-table/filter-select';
import { availabilityWords, roleWords, type StaffRow } from '../../lib/staff-rows';

export interface StaffFilterValues {
  readonly role: string;
  readonly department: string;
  readonly availability: string;
}

export const noStaffFilters: StaffFilterValues = { role: '', department: '', availability: '' };

interface Props {
  readonly table: Table<StaffRow>;
  readonly yearId: SchoolYearId;
  readonly values: StaffFilterValues;
  readonly onChange: (values: StaffFilterValues) => void;
  readonly departments: readonly string[];
}

const roles = (Object.keys(roleWords) as Staff['role'][]).map((r) => ({ value: r, label: roleWords[r] }));
const availabilities = (Object.keys(availabilityWords) as Availability[]).map((a) => ({ value: a, label: availabilityWords[a] }));

/** The filters; "Clear filters" appears as soon as one narrows the list. */
export function StaffFilters({ table, yearId, values, onChange, departments }: Props) {
  const narrowed = values.role !== '' || values.department !== '' || values.availability !== '';
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <FilterSelect label="Role" anyLabel="Any role" value={values.role} onChange={(role) => onChange({ ...values, role })} options={roles} />
      <FilterSelect
        label="Department"
        anyLabel="Any department"
        value={values.department}
        onChange={(department) => onChange({ ...values, department })}
        options={departments.map((d) => ({ value: d, label: d }))}
      />
      <FilterSelect
        label={`Availability in ${schoolYearLabel(yearId)}`}
        anyLabel="Any availability"
        value={values.availability}
        onChange={(availability) => onChange({ ...values, availability })}
        options={availabilities}
      />
      {narrowed && (
        <button type="button" className="link-button" onClick={() => onChange(noStaffFilters)}>
          Clear filters
        </button>
      )}
      <div className="filter-bar-end">
        <ColumnMenu table={table} />
      </div>
    </div>
  );
}
