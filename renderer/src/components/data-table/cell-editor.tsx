/**
 * The in-place editor of one cell: Enter or leaving the field saves, Escape cancels. A value the
 * column refuses keeps the editor open with the reason next to it.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CellEdit } from './table-types';

interface Props<T> {
  readonly row: T;
  readonly edit: CellEdit<T>;
  /** Called once the editor is done (saved or cancelled); `refocus` asks to return focus to the row. */
  readonly onDone: (refocus: boolean) => void;
}

/** A text field or select in place of the cell's content. */
export function CellEditor<T>({ row, edit, onDone }: Props<T>) {
  const initial = edit.value(row);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const finished = useRef(false);
  const errorId = useId();

  function finish(save: boolean, next: string, refocus: boolean): void {
    if (finished.current) return;
    if (save && next !== initial) {
      const refusal = edit.save(row, next);
      if (refusal) {
        // Leaving the field with a refused value cancels, so nobody is trapped in the editor.
        if (!refocus) {
          finished.current = true;
          onDone(false);
          return;
        }
        setError(refusal);
        return;
      }
    }
    finished.current = true;
    onDone(refocus);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>): void {
    // The row's own keys (arrows, Space, Enter) must not fire while typing.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true, event.currentTarget.value, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false, initial, true);
    }
  }

  const common = {
    autoFocus: true,
    'aria-label': edit.label(row),
    'aria-invalid': error !== null,
    'aria-describedby': error ? errorId : undefined,
    className: 'cell-editor',
    onKeyDown,
    onClick: (e: React.MouseEvent) => e.stopPropagation(),
    onDoubleClick: (e: React.MouseEvent) => e.stopPropagation(),
    onBlur: () => finish(true, value, false),
  };

  return (
    <>
      {edit.kind === 'select' ? (
        <select
          {...common}
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            finish(true, e.currentTarget.value, true);
          }}
        >
          {edit.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          value={value}
          maxLength={200}
          spellCheck={false}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            setError(null);
          }}
        />
      )}
      {error && (
        <span id={errorId} role="alert" className="cell-error">
          {error}
        </span>
      )}
    </>
  );
}
