/** The "Columns" menu: one checkbox per column that can be hidden. Escape or a click outside closes it. */
import type { Table } from '@tanstack/react-table';
import { useEffect, useId, useRef, useState } from 'react';

/** A disclosure button with the column checkboxes under it. */
export function ColumnMenu<T>({ table }: { readonly table: Table<T> }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());
  const hiddenCount = hideable.filter((c) => !c.getIsVisible()).length;

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent): void => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="column-menu" ref={wrapRef}>
      <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        Columns{hiddenCount > 0 ? ` (${hiddenCount} hidden)` : ''} ▾
      </button>
      {open && (
        <fieldset id={panelId} className="column-menu-panel">
          <legend>Show columns</legend>
          {hideable.map((column) => (
            <label key={column.id} className="check">
              <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
              {column.columnDef.meta?.label ?? column.id}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
