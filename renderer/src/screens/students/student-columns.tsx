/** The Students table's columns: what each shows, how it sorts and filters, and which edit in place. */
import type { ColumnDef } from '@tanstack/react-table';
import { classOfGrade } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Student } from '../../../../shared/domain/types';
import { byNumber, byText } from '../../components/data-table/sorting';
import '../../components/data-table/table-types';
import { commit } from '../../hooks/use-mutations';
import { matchesAdvisory, matchesFlag, type FlagFilter } from '../../lib/student-filters';
import { flagTitles, type StudentRow } from '../../lib/student-rows';

type Column = ColumnDef<StudentRow, unknown>;

function saveStudent(entity: Student, label: string): null {
  void commit({ type: 'upsert', collection: 'students', entity }, label);
  return null;
}

/** Columns hidden until the user asks for them in the Columns menu. */
export const studentColumnsHidden = { status: false, gender: false, email: false } as const;

/** Builds the columns for the viewed year; `grades` are the grades a student can be moved to. */
export function studentColumns(yearId: SchoolYearId, grades: readonly string[]): Column[] {
  return [
    {
      id: 'id',
      accessorFn: (r) => r.id,
      header: 'ID',
      cell: ({ row }) => <span className="mono">{row.original.id}</span>,
      sortingFn: byText((r) => r.id),
      meta: { label: 'ID', width: '6rem', minRem: 6 },
    },
    {
      id: 'name',
      accessorFn: (r) => r.nameRank,
      header: 'Name',
      enableHiding: false,
      cell: ({ row }) => (
        <>
          {row.original.name}
          {row.original.legalFirstName && <span className="muted"> ({row.original.legalFirstName})</span>}
        </>
      ),
      sortingFn: byNumber((r) => r.nameRank),
      meta: { label: 'Name', width: 'minmax(10rem, 2fr)', minRem: 10 },
    },
    {
      id: 'preferredName',
      accessorFn: (r) => r.preferredName,
      header: 'Preferred name',
      cell: ({ row }) => row.original.preferredName || <span className="muted">—</span>,
      sortingFn: byText((r) => r.preferredName.toLowerCase()),
      meta: {
        label: 'Preferred name',
        width: 'minmax(9rem, 1fr)',
        minRem: 9,
        edit: {
          kind: 'text',
          label: (r) => `Preferred name of ${r.student.firstName} ${r.student.lastName}`,
          value: (r) => r.preferredName,
          save: (r, value) => {
            const preferred = value.trim();
            if (preferred.length > 200) return 'At most 200 characters.';
            // Drop the field rather than store an empty string: "no preferred name" has one spelling.
            const { preferredName: _old, ...rest } = r.student;
            return saveStudent(preferred ? { ...rest, preferredName: preferred } : rest, `Edit ${r.name}`);
          },
        },
      },
    },
    {
      id: 'grade',
      accessorFn: (r) => r.grade,
      header: 'Grade',
      cell: ({ row }) => row.original.grade || <span className="muted">—</span>,
      sortingFn: byText((r) => r.grade),
      filterFn: (row, _id, value: string) => row.original.grade === value,
      meta: {
        label: 'Grade',
        width: '4.5rem',
        minRem: 4.5,
        edit: {
          kind: 'select',
          label: (r) => `Grade of ${r.name}`,
          value: (r) => r.grade,
          options: grades.map((g) => ({ value: g, label: g })),
          // A grade is a class: moving a student to grade 10 makes them class of (year + 3).
          save: (r, value) => saveStudent({ ...r.student, classOf: classOfGrade(Number(value), yearId) }, `Move ${r.name} to grade ${value}`),
        },
      },
    },
    {
      id: 'advisory',
      accessorFn: (r) => r.advisory ?? '',
      header: 'Advisory',
      cell: ({ row }) => (row.original.advisory ? <span title={row.original.advisory}>{row.original.advisory}</span> : <span className="muted">Not placed</span>),
      sortingFn: byText((r) => r.advisory ?? ''),
      filterFn: (row, _id, value: string) => matchesAdvisory(row.original, value),
      meta: { label: 'Advisory', width: 'minmax(9rem, 2fr)', minRem: 9 },
    },
    {
      id: 'flags',
      accessorFn: (r) => r.flags.join(' '),
      header: 'Flags',
      cell: ({ row }) =>
        row.original.flags.map((f) => (
          <abbr key={f} className="flag" title={flagTitles[f]}>
            {f}
          </abbr>
        )),
      sortingFn: byNumber((r) => -r.flags.length),
      filterFn: (row, _id, value: FlagFilter) => matchesFlag(row.original, value),
      meta: { label: 'Flags', width: '9.5rem', minRem: 9.5 },
    },
    {
      id: 'tags',
      accessorFn: (r) => r.tags.join(' '),
      header: 'Tags',
      cell: ({ row }) =>
        row.original.tags.map((t) => (
          <span key={t} className="tag">
            {t}
          </span>
        )),
      sortingFn: byText((r) => r.tags.join(' ').toLowerCase()),
      meta: { label: 'Tags', width: 'minmax(5rem, 1fr)', minRem: 5 },
    },
    {
      id: 'status',
      accessorFn: (r) => r.statusText,
      header: 'Status',
      cell: ({ row }) => <span className={row.original.statusText === 'Enrolled' ? 'muted' : 'status-note'}>{row.original.statusText}</span>,
      sortingFn: byText((r) => r.statusText),
      meta: { label: 'Status', width: 'minmax(8rem, 1.5fr)', minRem: 8 },
    },
    {
      id: 'gender',
      accessorFn: (r) => r.gender,
      header: 'Gender',
      sortingFn: byText((r) => r.gender),
      meta: { label: 'Gender', width: '6.5rem', minRem: 6.5 },
    },
    {
      id: 'email',
      accessorFn: (r) => r.email,
      header: 'Email',
      sortingFn: byText((r) => r.email),
      meta: { label: 'Email', width: 'minmax(12rem, 2fr)', minRem: 12 },
    },
  ];
}
