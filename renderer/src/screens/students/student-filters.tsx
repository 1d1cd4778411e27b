/** The Students filter bar: who is listed (status), then grade, flags and advisory, and the Columns menu. */
import type { Table } from '@tanstack/react-table';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import { ColumnMenu } from '../../components/data-table/column-menu';
import { FilterSelect } from '../../components/data-table/filter-select';
import { NOT_PLACED } from '../../lib/student-filters';
import type { StudentRow, StudentStatus } from '../../lib/student-rows';

export interface StudentFilterValues {
  readonly grade: string;
  readonly flags: string;
  readonly advisory: string;
}

export const noStudentFilters: StudentFilterValues = { grade: '', flags: '', advisory: '' };

interface Props {
  readonly table: Table<StudentRow>;
  readonly yearId: SchoolYearId;
  readonly status: StudentStatus;
  readonly onStatus: (status: StudentStatus) => void;
  readonly values: StudentFilterValues;
  readonly onChange: (values: StudentFilterValues) => void;
  readonly grades: readonly string[];
  readonly advisories: readonly string[];
}

const flagOptions = [
  { value: 'ED', label: 'ED — economically disadvantaged' },
  { value: 'IEP/504', label: 'IEP/504 — IEP or 504 plan' },
  { value: 'EL', label: 'EL — English learner' },
  { value: 'none', label: 'No flags' },
];

/** The filters; "Clear filters" appears as soon as one narrows the list. */
export function StudentFilters({ table, yearId, status, onStatus, values, onChange, grades, advisories }: Props) {
  const year = schoolYearLabel(yearId);
  const narrowed = values.grade !== '' || values.flags !== '' || values.advisory !== '';
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <FilterSelect
        label="Status"
        value={status}
        onChange={(v) => onStatus(v as StudentStatus)}
        options={[
          { value: 'enrolled', label: `Enrolled in ${year}` },
          { value: 'left', label: 'Left' },
          { value: 'everyone', label: 'Everyone' },
        ]}
      />
      <FilterSelect label="Grade" anyLabel="Any grade" value={values.grade} onChange={(grade) => onChange({ ...values, grade })} options={grades.map((g) => ({ value: g, label: g }))} />
      <FilterSelect label="Flags" anyLabel="Any flags" value={values.flags} onChange={(flags) => onChange({ ...values, flags })} options={flagOptions} />
      <FilterSelect
        label="Advisory"
        anyLabel="Any advisory"
        value={values.advisory}
        onChange={(advisory) => onChange({ ...values, advisory })}
        options={[{ value: NOT_PLACED, label: 'Not placed' }, ...advisories.map((a) => ({ value: a, label: a }))]}
      />
      {narrowed && (
        <button type="button" className="link-button" onClick={() => onChange(noStudentFilters)}>
          Clear filters
        </button>
      )}
      <div className="filter-bar-end">
        <ColumnMenu table={table} />
      </div>
    </div>
  );
}
