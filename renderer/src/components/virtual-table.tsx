/**
 * A plain list of thousands of rows that stays smooth: only the rows in view are in the DOM
 * (@tanstack/react-virtual). With `onSelect` it is an ARIA grid whose rows can be chosen by
 * click, Enter or Space, and walked with the arrow keys; without it, a read-only table.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Column<T> {
  readonly header: string;
  /** A CSS grid track, e.g. "6rem" or "minmax(10rem, 2fr)". */
  readonly width: string;
  readonly cell: (row: T) => ReactNode;
}

interface Props<T> {
  readonly label: string;
  readonly rows: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly rowKey: (row: T) => string;
  readonly emptyText: string;
  readonly selectedKey?: string | null;
  readonly onSelect?: (row: T) => void;
}

const ROW_HEIGHT = 40;

export function VirtualTable<T>({ label, rows, columns, rowKey, emptyText, selectedKey = null, onSelect }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusWanted = useRef(false);
  // The app does not use the React Compiler; the virtualizer re-rendering on scroll is intended.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const template = columns.map((c) => c.width).join(' ');
  const interactive = onSelect !== undefined;
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));

  // After an arrow key the new active row may only now be rendered; focus it once it is.
  useEffect(() => {
    if (!focusWanted.current) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (!element) return; // not rendered yet: the scroll will render it, and this runs again
    focusWanted.current = false;
    element.focus();
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number, row: T): void {
    const moves: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect?.(row);
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
    <div role={interactive ? 'grid' : 'table'} aria-label={label} aria-rowcount={rows.length + 1} className="vt">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="vt-row vt-head" style={{ gridTemplateColumns: template }}>
          {columns.map((c) => (
            <div role="columnheader" key={c.header}>
              {c.header}
            </div>
          ))}
        </div>
      </div>
      {/* Focusable so keyboard users can scroll a read-only list too. */}
      <div ref={scrollRef} className="vt-scroll" role="rowgroup" tabIndex={interactive ? -1 : 0}>
        {rows.length === 0 && <p className="vt-empty">{emptyText}</p>}
        <div className="vt-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as T;
            const key = rowKey(row);
            const selected = key === selectedKey;
            return (
              <div
                key={key}
                role="row"
                data-index={item.index}
                aria-rowindex={item.index + 2}
                aria-selected={interactive ? selected : undefined}
                tabIndex={interactive ? (item.index === activeIndex ? 0 : -1) : undefined}
                className={`vt-row${selected ? ' is-selected' : ''}${interactive ? ' is-interactive' : ''}`}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={
                  interactive
                    ? () => {
                        setActive(item.index);
                        onSelect(row);
                      }
                    : undefined
                }
                onKeyDown={interactive ? (e) => onKeyDown(e, item.index, row) : undefined}
              >
                {columns.map((c) => (
                  <div role={interactive ? 'gridcell' : 'cell'} key={c.header}>
                    {c.cell(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
