/** Everyone on staff in the viewed year, with their availability for that year. */
import { useDeferredValue, useMemo, useState } from 'react';
import { schoolYearLabel } from '../../../shared/domain/dates';
import { ScreenHeader } from '../components/screen-header';
import { SearchBox } from '../components/search-box';
import { VirtualTable, type Column } from '../components/virtual-table';
import { useSchool } from '../hooks/use-school';
import { useViewYearId } from '../hooks/use-view-year';
import { formatCount } from '../lib/format';
import { availabilityWords, staffRows, type StaffRow } from '../lib/staff-rows';
import { filterRows } from '../lib/filter-rows';

const columns: readonly Column<StaffRow>[] = [
  { header: 'ID', width: '6.5rem', cell: (r) => <span className="mono">{r.id}</span> },
  { header: 'Name', width: 'minmax(12rem, 2fr)', cell: (r) => r.name },
  { header: 'Role', width: 'minmax(8rem, 1fr)', cell: (r) => r.role },
  { header: 'Department', width: 'minmax(10rem, 1.5fr)', cell: (r) => r.department },
  {
    header: 'Availability',
    width: 'minmax(12rem, 1.5fr)',
    cell: (r) => <span className={`availability is-${r.availability}`}>{availabilityWords[r.availability]}</span>,
  },
];

export function StaffScreen() {
  const school = useSchool();
  const yearId = useViewYearId();
  const [query, setQuery] = useState('');
  const rows = useMemo(() => staffRows(school, yearId), [school, yearId]);
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(() => filterRows(rows, deferredQuery), [rows, deferredQuery]);

  return (
    <>
      <ScreenHeader title="Staff" subtitle={`Staff working here in ${schoolYearLabel(yearId)}, and whether they are available that year.`} />
      <SearchBox label="Search staff" placeholder="Name, ID, role or department" value={query} onChange={setQuery}>
        {formatCount(visible.length)} of {formatCount(rows.length)} staff
      </SearchBox>
      <div className="list-with-detail">
        <VirtualTable
          label="Staff"
          rows={visible}
          columns={columns}
          rowKey={(r) => r.id}
          emptyText={rows.length === 0 ? `No staff are listed for ${schoolYearLabel(yearId)}.` : 'Nobody matches the search.'}
        />
      </div>
    </>
  );
}
