/** Everyone enrolled in the viewed year: search, scroll, choose a student to see and edit. */
import { useDeferredValue, useMemo, useState } from 'react';
import { schoolYearLabel } from '../../../shared/domain/dates';
import { ScreenHeader } from '../components/screen-header';
import { SearchBox } from '../components/search-box';
import { VirtualTable, type Column } from '../components/virtual-table';
import { useSchool } from '../hooks/use-school';
import { useViewYearId } from '../hooks/use-view-year';
import { formatCount } from '../lib/format';
import { filterRows } from '../lib/filter-rows';
import { studentRows, type StudentRow } from '../lib/student-rows';
import { StudentDetail } from './student-detail';

const flagTitles = { ED: 'Economically disadvantaged', 'IEP/504': 'IEP or 504 plan', EL: 'English learner' } as const;

const columns: readonly Column<StudentRow>[] = [
  { header: 'ID', width: '5.5rem', cell: (r) => <span className="mono">{r.id}</span> },
  {
    header: 'Name',
    width: 'minmax(9rem, 2fr)',
    cell: (r) => (
      <>
        {r.name}
        {r.legalFirstName && <span className="muted"> ({r.legalFirstName})</span>}
      </>
    ),
  },
  { header: 'Grade', width: '3.5rem', cell: (r) => r.grade },
  {
    header: 'Advisory',
    width: 'minmax(9rem, 2fr)',
    cell: (r) => (r.advisory ? <span title={r.advisory}>{r.advisory}</span> : <span className="muted">Not placed</span>),
  },
  {
    header: 'Flags',
    width: '10rem',
    cell: (r) =>
      r.flags.map((f) => (
        <abbr key={f} className="flag" title={flagTitles[f]}>
          {f}
        </abbr>
      )),
  },
];

export function StudentsScreen() {
  const school = useSchool();
  const yearId = useViewYearId();
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const rows = useMemo(() => studentRows(school, yearId), [school, yearId]);
  // Typing stays instant; filtering 4,000 rows follows a moment later if it must.
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(() => filterRows(rows, deferredQuery), [rows, deferredQuery]);
  const selected = selectedId ? school.students[selectedId] : undefined;

  return (
    <>
      <ScreenHeader title="Students" subtitle={`Students enrolled in ${schoolYearLabel(yearId)}. Choose a student to see details.`} />
      <SearchBox label="Search students" placeholder="Name, ID or advisory" value={query} onChange={setQuery}>
        {formatCount(visible.length)} of {formatCount(rows.length)} students
      </SearchBox>
      <p className="legend muted">
        Flags: <strong>ED</strong> economically disadvantaged · <strong>IEP/504</strong> IEP or 504 plan · <strong>EL</strong> English
        learner
      </p>
      <div className={`list-with-detail${selected ? ' has-detail' : ''}`}>
        <VirtualTable
          label="Students"
          rows={visible}
          columns={columns}
          rowKey={(r) => r.id}
          emptyText={rows.length === 0 ? `No students are enrolled in ${schoolYearLabel(yearId)}.` : 'No student matches the search.'}
          selectedKey={selectedId}
          onSelect={(r) => setSelectedId(r.id)}
        />
        {selected && <StudentDetail key={selected.id} student={selected} yearId={yearId} onClose={() => setSelectedId(null)} />}
      </div>
    </>
  );
}
