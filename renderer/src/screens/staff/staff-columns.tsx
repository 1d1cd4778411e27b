/** The Staff table's columns: what each shows, how it sorts and filters, and which edit in place. */
import type { ColumnDef } from '@tanstack/react-table';
import { staffSchema } from '../../../../shared/domain/schema';
import type { Staff } from '../../../../shared/domain/types';
import { byNumber, byText } from '../../components/data-table/sorting';
import '../../components/data-table/table-types';
import { commit } from '../../hooks/use-mutations';
import { parseWhole } from '../../lib/field-errors';
import { availabilityWords, type StaffRow } from '../../lib/staff-rows';

type Column = ColumnDef<StaffRow, unknown>;

function saveStaff(entity: Staff, label: string): string | null {
  // The same schema main validates with, so a refusal is said here, next to the cell.
  if (!staffSchema.safeParse(entity).success) return 'This value cannot be saved.';
  void commit({ type: 'upsert', collection: 'staff', entity }, label);
  return null;
}

/** Columns hidden until the user asks for them in the Columns menu. */
export const staffColumnsHidden = { email: false, maxClubs: false, yearsOfService: false } as const;

/** The staff columns (the same for every year: availability is read for the viewed year). */
export function staffColumns(): Column[] {
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
          {row.original.leftText && <span className="muted"> · {row.original.leftText}</span>}
        </>
      ),
      sortingFn: byNumber((r) => r.nameRank),
      meta: { label: 'Name', width: 'minmax(11rem, 2fr)', minRem: 11 },
    },
    {
      id: 'role',
      accessorFn: (r) => r.role,
      header: 'Role',
      sortingFn: byText((r) => r.role),
      filterFn: (row, _id, value: string) => row.original.roleKey === value,
      meta: { label: 'Role', width: 'minmax(7rem, 1fr)', minRem: 7 },
    },
    {
      id: 'department',
      accessorFn: (r) => r.department,
      header: 'Department',
      cell: ({ row }) => row.original.department || <span className="muted">—</span>,
      sortingFn: byText((r) => r.department.toLowerCase()),
      filterFn: (row, _id, value: string) => row.original.department === value,
      meta: {
        label: 'Department',
        width: 'minmax(9rem, 1.5fr)',
        minRem: 9,
        edit: {
          kind: 'text',
          label: (r) => `Department of ${r.name}`,
          value: (r) => r.department,
          save: (r, value) => (value.trim().length > 200 ? 'At most 200 characters.' : saveStaff({ ...r.staff, department: value.trim() }, `Edit ${r.name}`)),
        },
      },
    },
    {
      id: 'availability',
      accessorFn: (r) => r.availability,
      header: 'Availability',
      cell: ({ row }) => <span className={`availability is-${row.original.availability}`}>{availabilityWords[row.original.availability]}</span>,
      sortingFn: byText((r) => r.availability),
      filterFn: (row, _id, value: string) => row.original.availability === value,
      meta: { label: 'Availability', width: 'minmax(11rem, 1.5fr)', minRem: 11 },
    },
    {
      id: 'maxAdvisees',
      accessorFn: (r) => r.maxAdvisees,
      header: 'Max advisees',
      cell: ({ row }) => <span className="num">{row.original.maxAdvisees}</span>,
      sortingFn: byNumber((r) => r.maxAdvisees),
      meta: {
        label: 'Max advisees',
        width: '7.5rem',
        minRem: 7.5,
        edit: {
          kind: 'text',
          label: (r) => `Maximum advisees of ${r.name}`,
          value: (r) => String(r.maxAdvisees),
          save: (r, value) => {
            const n = parseWhole(value);
            if (!Number.isInteger(n) || n < 0 || n > 100) return 'A whole number from 0 to 100.';
            return saveStaff({ ...r.staff, maxAdvisees: n }, `Edit ${r.name}`);
          },
        },
      },
    },
    {
      id: 'maxClubs',
      accessorFn: (r) => r.maxClubs,
      header: 'Max clubs',
      cell: ({ row }) => <span className="num">{row.original.maxClubs}</span>,
      sortingFn: byNumber((r) => r.maxClubs),
      meta: { label: 'Max clubs', width: '6rem', minRem: 6 },
    },
    {
      id: 'yearsOfService',
      accessorFn: (r) => r.yearsOfService,
      header: 'Years of service',
      cell: ({ row }) => <span className="num">{row.original.yearsOfService}</span>,
      sortingFn: byNumber((r) => r.yearsOfService),
      meta: { label: 'Years of service', width: '8rem', minRem: 8 },
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
