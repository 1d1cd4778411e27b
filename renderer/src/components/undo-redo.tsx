/** Undo and Redo for every change to the school; the tooltip names the change, e.g. "Undo Rename school". */
import { useHistory } from '../hooks/use-school';
import { useMutations } from '../hooks/use-mutations';
import { shortcutLabel } from '../lib/screens';

export function UndoRedo() {
  const history = useHistory();
  const { undo, redo } = useMutations();
  const undoTitle = history.canUndo ? `Undo ${history.undoLabel ?? 'last change'} (${shortcutLabel('Z')})` : 'Nothing to undo';
  const redoTitle = history.canRedo ? `Redo ${history.redoLabel ?? 'last change'} (${shortcutLabel('Z', true)})` : 'Nothing to redo';
  return (
    <div className="history-buttons">
      <button type="button" aria-label="Undo" title={undoTitle} disabled={!history.canUndo} onClick={() => void undo()}>
        <span aria-hidden="true">↶ </span>Undo
      </button>
      <button type="button" aria-label="Redo" title={redoTitle} disabled={!history.canRedo} onClick={() => void redo()}>
        <span aria-hidden="true">↷ </span>Redo
      </button>
    </div>
  );
}
