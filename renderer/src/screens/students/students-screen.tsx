/**
 * Students: a sortable, filterable table of everyone enrolled in the viewed year (or everyone who
 * left, or all), with multi-select and bulk changes, in-place edits, and the detail form.
 */
import { useMemo, useState } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import { DataTable } from '../../components/data-table/data-table';
import { toColumnFilters } from '../../components/data-table/filter-select';
import { countShownSelected, selectedOf } from '../../components/data-table/selection';
import { usePeopleTable } from '../../components/data-table/use-people-table';
import { ScreenHeader } from '../../components/screen-header';
import { SearchBox } from '../../components/search-box';
import { useSchool } from '../../hooks/use-school';
import { useViewYearId } from '../../hooks/use-view-year';
import { formatCount } from '../../lib/format';
import { advisoryOptions, gradeOptions } from '../../lib/student-filters';
import { rowsInStatus, studentRows, type StudentStatus } from '../../lib/student-rows';
import { openDialog } from '../../state/dialog-store';
import { StudentBulkBar } from './student-bulk-bar';
import { studentColumns, studentColumnsHidden } from './student-columns';
import { StudentDetail } from './student-detail';
import { noStudentFilters, StudentFilters, type StudentFilterValues } from './student-filters';

type Panel = { readonly kind: 'student'; readonly id: string } | { readonly kind: 'add' } | null;

const initialSorting = [{ id: 'name', desc: false }];

/** The Students screen. */
export function StudentsScreen() {
  const school = useSchool();
  const yearId = useViewYearId();
  const year = schoolYearLabel(yearId);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StudentStatus>('enrolled');
  const [filters, setFilters] = useState<StudentFilterValues>(noStudentFilters);
  const [panel, setPanel] = useState<Panel>(null);
  const allRows = useMemo(() => studentRows(school, yearId), [school, yearId]);
  const rows = useMemo(() => rowsInStatus(allRows, status), [allRows, status]);
  const policyGrades = school.info.policy.grades;
  const columns = useMemo(() => studentColumns(yearId, policyGrades), [yearId, policyGrades]);
  const columnFilters = useMemo(() => toColumnFilters(filters), [filters]);
  const grades = useMemo(() => gradeOptions(school, rows), [school, rows]);
  const advisories = useMemo(() => advisoryOptions(school, yearId), [school, yearId]);
  const { table } = usePeopleTable({
    tableId: 'students',
    data: rows,
    columns,
    query,
    columnFilters,
    initialSorting,
    initiallyHidden: studentColumnsHidden,
  });
  const shownRows = table.getRowModel().rows;
  const selection = table.getState().rowSelection;
  const selected = useMemo(() => selectedOf(selection, rows).map((r) => r.student), [selection, rows]);
  const shownIds = useMemo(() => shownRows.map((r) => r.id), [shownRows]);
  const hiddenSelected = selected.length - countShownSelected(selection, shownIds);
  const open = panel?.kind === 'student' ? school.students[panel.id] : undefined;
  const scope = status === 'enrolled' ? `enrolled in ${year}` : status === 'left' ? 'who have left' : 'in the school’s records';

  return (
    <>
      <ScreenHeader
        title="Students"
        subtitle={`Students ${scope}. Click a student to see and edit them; tick boxes to change several at once.`}
        actions={
          <div className="header-actions">
            <button type="button" onClick={() => openDialog('import')}>
              Import…
            </button>
            <button type="button" className="primary" onClick={() => setPanel({ kind: 'add' })}>
              Add student
            </button>
          </div>
        }
      />
      <SearchBox label="Search students" placeholder="Name, ID or advisory" value={query} onChange={setQuery}>
        {formatCount(shownRows.length)} of {formatCount(rows.length)} students
      </SearchBox>
      <StudentFilters
        table={table}
        yearId={yearId}
        status={status}
        onStatus={(next) => {
          setStatus(next);
          // Outside "Enrolled", why and when each student left is the point of the list.
          if (next !== 'enrolled') table.getColumn('status')?.toggleVisibility(true);
        }}
        values={filters}
        onChange={setFilters}
        grades={grades}
        advisories={advisories}
      />
      {selected.length > 0 && (
        <StudentBulkBar
          students={selected}
          hidden={hiddenSelected}
          years={Object.keys(school.years).sort()}
          yearId={yearId}
          onClear={() => table.resetRowSelection()}
        />
      )}
      <div className={`list-with-detail${panel ? ' has-detail' : ''}`}>
        <DataTable
          table={table}
          label="Students"
          openId={open?.id ?? null}
          onOpen={(r) => setPanel({ kind: 'student', id: r.id })}
          emptyText={rows.length === 0 ? `No students are listed here for ${year}.` : 'No student matches the search and filters.'}
        />
        {panel?.kind === 'add' && (
          <StudentDetail key="new" student={null} yearId={yearId} onClose={() => setPanel(null)} onAdded={(id) => setPanel({ kind: 'student', id })} />
        )}
        {open && <StudentDetail key={open.id} student={open} yearId={yearId} onClose={() => setPanel(null)} onAdded={() => undefined} />}
      </div>
    </>
  );
}
