/**
 * Staff: a sortable, filterable table of everyone working here in the viewed year, with their
 * availability that year, multi-select to set availability at once, in-place edits and the form.
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
import { departmentOptions, staffRows } from '../../lib/staff-rows';
import { openDialog } from '../../state/dialog-store';
import { StaffBulkBar } from './staff-bulk-bar';
import { staffColumns, staffColumnsHidden } from './staff-columns';
import { StaffDetail } from './staff-detail';
import { noStaffFilters, StaffFilters, type StaffFilterValues } from './staff-filters';

type Panel = { readonly kind: 'staff'; readonly id: string } | { readonly kind: 'add' } | null;

const initialSorting = [{ id: 'name', desc: false }];
const columns = staffColumns();

/** The Staff screen. */
export function StaffScreen() {
  const school = useSchool();
  const yearId = useViewYearId();
  const year = schoolYearLabel(yearId);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<StaffFilterValues>(noStaffFilters);
  const [panel, setPanel] = useState<Panel>(null);
  const rows = useMemo(() => staffRows(school, yearId), [school, yearId]);
  const departments = useMemo(() => departmentOptions(rows), [rows]);
  const columnFilters = useMemo(() => toColumnFilters(filters), [filters]);
  const { table } = usePeopleTable({ tableId: 'staff', data: rows, columns, query, columnFilters, initialSorting, initiallyHidden: staffColumnsHidden });
  const shownRows = table.getRowModel().rows;
  const selection = table.getState().rowSelection;
  const selected = useMemo(() => selectedOf(selection, rows).map((r) => r.staff), [selection, rows]);
  const shownIds = useMemo(() => shownRows.map((r) => r.id), [shownRows]);
  const open = panel?.kind === 'staff' ? school.staff[panel.id] : undefined;

  return (
    <>
      <ScreenHeader
        title="Staff"
        subtitle={`Staff working here in ${year}, and whether they are available that year. Tick boxes to change several at once.`}
        actions={
          <div className="header-actions">
            <button type="button" onClick={() => openDialog('import')}>
              Import…
            </button>
            <button type="button" className="primary" onClick={() => setPanel({ kind: 'add' })}>
              Add staff member
            </button>
          </div>
        }
      />
      <SearchBox label="Search staff" placeholder="Name, ID, role or department" value={query} onChange={setQuery}>
        {formatCount(shownRows.length)} of {formatCount(rows.length)} staff
      </SearchBox>
      <StaffFilters table={table} yearId={yearId} values={filters} onChange={setFilters} departments={departments} />
      {selected.length > 0 && (
        <StaffBulkBar
          staff={selected}
          hidden={selected.length - countShownSelected(selection, shownIds)}
          years={Object.keys(school.years).sort()}
          yearId={yearId}
          onClear={() => table.resetRowSelection()}
        />
      )}
      <div className={`list-with-detail${panel ? ' has-detail' : ''}`}>
        <DataTable
          table={table}
          label="Staff"
          openId={open?.id ?? null}
          onOpen={(r) => setPanel({ kind: 'staff', id: r.id })}
          emptyText={rows.length === 0 ? `No staff are listed for ${year}.` : 'Nobody matches the search and filters.'}
        />
        {panel?.kind === 'add' && <StaffDetail key="new" staff={null} yearId={yearId} onClose={() => setPanel(null)} onAdded={(id) => setPanel({ kind: 'staff', id })} />}
        {open && <StaffDetail key={open.id} staff={open} yearId={yearId} onClose={() => setPanel(null)} onAdded={() => undefined} />}
      </div>
    </>
  );
}
