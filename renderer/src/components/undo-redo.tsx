/**
 * Undo and Redo for every change to the school. The tooltip names the change ("Undo Rename
 * school"); the shortcuts are announced through aria-keyshortcuts rather than squeezed into it.
 */
import { useHistory } from '../hooks/use-school';
import { useMutations } from '../hooks/use-mutations';

export function UndoRedo() {
  const history = useHistory();
  const { undo, redo } = useMutations();
  const undoTitle = history.canUndo ? `Undo ${history.undoLabel ?? 'last change'}` : 'Nothing to undo';
  const redoTitle = history.canRedo ? `Redo ${history.redoLabel ?? 'last change'}` : 'Nothing to redo';
  return (
    <div className="history-buttons">
      <button
        type="button"
        aria-label="Undo"
        aria-keyshortcuts="Control+Z Meta+Z"
        title={undoTitle}
        disabled={!history.canUndo}
        onClick={() => void undo()}
      >
        <span aria-hidden="true">↶ </span>Undo
      </button>
      <button
        type="button"
        aria-label="Redo"
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={redoTitle}
        disabled={!history.canRedo}
        onClick={() => void redo()}
      >
        <span aria-hidden="true">↷ </span>Redo
      </button>
    </div>
  );
}
