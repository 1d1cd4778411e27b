/** Cheap TanStack sorting functions over precomputed row fields (no locale work per comparison). */
import type { Row, SortingFn } from '@tanstack/react-table';

/** Sorts by a number read from the row. */
export function byNumber<T>(get: (row: T) => number): SortingFn<T> {
  return (a: Row<T>, b: Row<T>) => get(a.original) - get(b.original);
}

/** Sorts by a string read from the row; empty strings go last in ascending order. */
export function byText<T>(get: (row: T) => string): SortingFn<T> {
  return (a: Row<T>, b: Row<T>) => {
    const x = get(a.original);
    const y = get(b.original);
    if (x === y) return 0;
    if (x === '') return 1;
    if (y === '') return -1;
    return x < y ? -1 : 1;
  };
}
