/** One row of the data table: the selection checkbox, then each visible cell (or its editor). */
import { flexRender, type Row } from '@tanstack/react-table';
import type { KeyboardEvent, MouseEvent } from 'react';
import { CellEditor } from './cell-editor';
import type { KeyedRow } from './table-types';

export const ROW_HEIGHT = 40;

interface Props<T extends KeyedRow> {
  readonly row: Row<T>;
  readonly index: number;
  readonly top: number;
  readonly template: string;
  readonly isOpen: boolean;
  readonly isActive: boolean;
  readonly editingColumnId: string | null;
  readonly onRowClick: (event: MouseEvent, index: number, row: Row<T>) => void;
  readonly onCheckClick: (event: MouseEvent, row: Row<T>) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>, index: number, row: Row<T>) => void;
  readonly onEdit: (index: number, rowId: string, columnId: string) => void;
  readonly onEditDone: (refocus: boolean) => void;
}

/** Keeps per-row work to what is on screen: about thirty of these exist at any time. */
export function DataRow<T extends KeyedRow>(props: Props<T>) {
  const { row, index, top, template, isOpen, isActive, editingColumnId } = props;
  const selected = row.getIsSelected();
  return (
    <div
      role="row"
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-current={isOpen ? 'true' : undefined}
      tabIndex={isActive ? 0 : -1}
      className={`dt-row${selected ? ' is-selected' : ''}${isOpen ? ' is-open' : ''}`}
      style={{ gridTemplateColumns: template, transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onMouseDown={(e) => {
        // Shift-click selects a range of rows, not the text between two clicks.
        if (e.shiftKey) e.preventDefault();
      }}
      onClick={(e) => props.onRowClick(e, index, row)}
      onKeyDown={(e) => props.onKeyDown(e, index, row)}
    >
      <div role="gridcell" className="dt-check">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          readOnly
          aria-label={`Select ${row.original.name}`}
          onClick={(e) => props.onCheckClick(e, row)}
        />
      </div>
      {row.getVisibleCells().map((cell) => {
        const edit = cell.column.columnDef.meta?.edit;
        const editing = edit !== undefined && editingColumnId === cell.column.id;
        return (
          <div
            role="gridcell"
            key={cell.id}
            className={`${edit ? 'is-editable' : ''}${editing ? ' is-editing' : ''}`}
            title={edit && !editing ? 'Double-click (or F2) to edit' : undefined}
            onDoubleClick={edit ? () => props.onEdit(index, row.id, cell.column.id) : undefined}
          >
            {editing ? <CellEditor row={row.original} edit={edit} onDone={props.onEditDone} /> : flexRender(cell.column.columnDef.cell, cell.getContext())}
          </div>
        );
      })}
    </div>
  );
}
