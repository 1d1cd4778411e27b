/** What our columns carry besides TanStack's own definition: layout, menu label, inline editing. */
import type { RowData } from '@tanstack/react-table';

export interface EditOption {
  readonly value: string;
  readonly label: string;
}

/** How a cell is edited in place (double-click or F2): read the value, then save or refuse it. */
export interface CellEdit<T> {
  readonly kind: 'text' | 'select';
  /** The editor's accessible name, e.g. "Preferred name of Ana Ruiz". */
  readonly label: (row: T) => string;
  readonly value: (row: T) => string;
  readonly options?: readonly EditOption[];
  /** Commits the change (asynchronously) and returns null, or returns why the value cannot be saved. */
  readonly save: (row: T, value: string) => string | null;
}

declare module '@tanstack/react-table' {
  // The augmentation must repeat TanStack's type parameters, even those it does not use.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** A CSS grid track, e.g. "6rem" or "minmax(10rem, 2fr)". */
    readonly width: string;
    /** The track's smallest width in rem, so the table scrolls sideways instead of squashing. */
    readonly minRem: number;
    /** The column's name in the header and the Columns menu. */
    readonly label: string;
    readonly edit?: CellEdit<TData>;
  }
}

/** Rows the data table shows: every row has a stable string id. */
export interface KeyedRow {
  readonly id: string;
  readonly name: string;
}
