/**
 * Window-wide shortcuts: Ctrl/Cmd+1…8 switch sections; Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and
 * Ctrl+Y redo. In a text field, undo/redo are left to the browser so typing is undone first.
 * Handled keys are preventDefault-ed so a menu accelerator for the same key does not fire twice.
 */
import { useEffect } from 'react';
import { isEditable } from '../lib/editable-target';
import { screenOrder } from '../lib/screens';
import { dialogStore } from '../state/dialog-store';
import { sessionStore } from '../state/session-store';
import { updateUiPrefs } from '../state/ui-prefs-store';
import { redo, undo } from './use-mutations';

function historyAllows(kind: 'undo' | 'redo'): boolean {
  const snapshot = sessionStore.getSnapshot();
  if (snapshot.phase !== 'ready') return false;
  return kind === 'undo' ? snapshot.session.history.canUndo : snapshot.session.history.canRedo;
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return;
  // A modal dialog owns the keyboard until it closes.
  if (dialogStore.getSnapshot() !== null) return;
  const digit = /^(?:Digit|Numpad)([1-8])$/.exec(event.code)?.[1];
  const screen = digit ? screenOrder[Number(digit) - 1] : undefined;
  if (screen) {
    event.preventDefault();
    updateUiPrefs({ screen });
    return;
  }
  if (isEditable(document.activeElement)) return;
  const key = event.key.toLowerCase();
  const kind = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && event.ctrlKey && !event.shiftKey ? 'redo' : null;
  if (!kind) return;
  event.preventDefault();
  if (!historyAllows(kind)) return;
  void (kind === 'undo' ? undo() : redo());
}

export function useKeyboardShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
