/**
 * A TanStack table drawn as an ARIA grid of thousands of rows that stays smooth: only the rows in
 * view are in the DOM (@tanstack/react-virtual). Click a header to sort; click a row (or Enter) to
 * open it; the checkbox, Space, Shift-click (range) and Ctrl/Cmd-click (toggle) select rows;
 * double-click or F2 edits an editable cell; arrow keys, Page Up/Down, Home and End walk the rows.
 */
import { flexRender, type Row, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { formatCount } from '../../lib/format';
import { DataRow, ROW_HEIGHT } from './data-row';
import { countShownSelected, selectRange, toggleAllShown, toggleId } from './selection';
import type { KeyedRow } from './table-types';

interface Props<T extends KeyedRow> {
  readonly table: Table<T>;
  readonly label: string;
  readonly emptyText: string;
  readonly openId: string | null;
  readonly onOpen: (row: T) => void;
}

const HEADER_HEIGHT = 40;
/** More than the rows ever rendered at once (a tall window plus overscan). */
const ROW_SLOTS = 256;
const CHECK_TRACK = '2.25rem';
const moves: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/** The grid; the table's state (sorting, filters, selection) lives in the TanStack table. */
export function DataTable<T extends KeyedRow>({ table, label, emptyText, openId, onOpen }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const allRef = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<{ readonly rowId: string; readonly columnId: string } | null>(null);
  const focusWanted = useRef(false);
  const anchor = useRef<string | null>(null);
  const rows = table.getRowModel().rows;
  const ids = useMemo(() => rows.map((r) => r.id), [rows]);
  const selection = table.getState().rowSelection;
  const shownSelected = useMemo(() => countShownSelected(selection, ids), [selection, ids]);
  const columns = table.getVisibleLeafColumns();
  const template = [CHECK_TRACK, ...columns.map((c) => c.columnDef.meta?.width ?? '1fr')].join(' ');
  // Below this width the grid scrolls sideways rather than squashing names into "…".
  const minWidth = `${columns.reduce((sum, c) => sum + (c.columnDef.meta?.minRem ?? 6) + 0.75, 2.25 + 1.8)}rem`;
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));

  // The app does not use the React Compiler; the virtualizer re-rendering on scroll is intended.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    scrollMargin: HEADER_HEIGHT,
  });

  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = shownSelected > 0 && shownSelected < ids.length;
  }, [shownSelected, ids.length]);

  // After a key the active row may only now be rendered; focus it once it is.
  useEffect(() => {
    if (!focusWanted.current) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[role="row"][data-index="${activeIndex}"]`);
    if (!element) return; // not rendered yet: the scroll will render it, and this runs again
    focusWanted.current = false;
    element.focus();
  });

  function toggle(row: Row<T>, range: boolean): void {
    // Read the anchor now: TanStack runs the updater later, after the anchor has moved.
    const from = anchor.current;
    table.setRowSelection((s) => (range ? selectRange(s, ids, from, row.id) : toggleId(s, row.id)));
    anchor.current = row.id;
  }

  function onRowClick(event: MouseEvent, index: number, row: Row<T>): void {
    setActive(index);
    if (event.shiftKey || event.ctrlKey || event.metaKey) toggle(row, event.shiftKey);
    else onOpen(row.original);
  }

  function onCheckClick(event: MouseEvent, row: Row<T>): void {
    event.stopPropagation();
    toggle(row, event.shiftKey);
  }

  function startEdit(index: number, rowId: string, columnId: string): void {
    setActive(index);
    setEditing({ rowId, columnId });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number, row: Row<T>): void {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(row.original);
      return;
    }
    if (event.key === ' ') {
      event.preventDefault();
      toggle(row, event.shiftKey);
      return;
    }
    if (event.key === 'F2') {
      const column = row.getVisibleCells().find((c) => c.column.columnDef.meta?.edit)?.column;
      if (column) {
        event.preventDefault();
        startEdit(index, row.id, column.id);
      }
      return;
    }
    const target = event.key === 'Home' ? 0 : event.key === 'End' ? rows.length - 1 : moves[event.key] !== undefined ? index + (moves[event.key] ?? 0) : null;
    if (target === null) return;
    event.preventDefault();
    const next = Math.min(Math.max(target, 0), rows.length - 1);
    setActive(next);
    virtualizer.scrollToIndex(next);
    focusWanted.current = true;
  }

  return (
    <div
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + 1}
      aria-multiselectable="true"
      className="dt"
    >
      <div ref={scrollRef} className="dt-scroll">
        <div className="dt-inner" style={{ minWidth }}>
          <div role="rowgroup" className="dt-head-group">
            <div role="row" aria-rowindex={1} className="dt-row dt-head" style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}>
              <div role="columnheader" className="dt-check">
                <input
                  ref={allRef}
                  type="checkbox"
                  checked={ids.length > 0 && shownSelected === ids.length}
                  disabled={ids.length === 0}
                  aria-label={`Select all ${formatCount(ids.length)} shown`}
                  title={`Select all ${formatCount(ids.length)} shown`}
                  onChange={() => table.setRowSelection((s) => toggleAllShown(s, ids))}
                />
              </div>
              {table.getHeaderGroups()[0]?.headers.map((header) => {
                const column = header.column;
                const sorted = column.getIsSorted();
                const text = column.columnDef.meta?.label ?? column.id;
                return (
                  <div role="columnheader" key={header.id} aria-sort={column.getCanSort() ? (sorted ? ariaSort[sorted] : 'none') : undefined}>
                    {column.getCanSort() ? (
                      <button type="button" className="dt-sort" title={`Sort by ${text}`} onClick={column.getToggleSortingHandler()}>
                        {flexRender(column.columnDef.header, header.getContext())}
                        <span aria-hidden="true" className="dt-sort-mark">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      flexRender(column.columnDef.header, header.getContext())
                    )}
                  </div>
                );
              })}
            </div>
          </div>
          <div role="rowgroup" className="dt-body" style={{ height: virtualizer.getTotalSize() }}>
            {rows.length === 0 && <p className="dt-empty">{emptyText}</p>}
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index] as Row<T>;
              return (
                <DataRow
                  // Keyed by slot (index modulo more than can be on screen), not by person: after a
                  // filter or sort the row elements get new text instead of being torn down and
                  // rebuilt, and while scrolling a row keeps its element.
                  key={item.index % ROW_SLOTS}
                  row={row}
                  index={item.index}
                  top={item.start - HEADER_HEIGHT}
                  template={template}
                  isOpen={row.id === openId}
                  isActive={item.index === activeIndex}
                  editingColumnId={editing?.rowId === row.id ? editing.columnId : null}
                  onRowClick={onRowClick}
                  onCheckClick={onCheckClick}
                  onKeyDown={onKeyDown}
                  onEdit={startEdit}
                  onEditDone={(refocus) => {
                    setEditing(null);
                    focusWanted.current = refocus;
                  }}
                />
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
