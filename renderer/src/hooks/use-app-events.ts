/**
 * The one entrance for everything main sends the renderer: session changes go to the session
 * store, task progress to the task store, and menu choices to the same actions the window offers.
 */
import { useEffect } from 'react';
import { assertNever } from '../../../shared/domain/ids';
import type { AppEvent, MenuAction } from '../../../shared/ipc/types';
import { getApi } from '../api/client';
import { isEditable } from '../lib/editable-target';
import { openDialog } from '../state/dialog-store';
import { receiveSessionEvent } from '../state/session-store';
import { receiveTask } from '../state/task-store';
import { updateUiPrefs } from '../state/ui-prefs-store';
import { openSchool, redo, saveCopy, undo } from './use-mutations';

/**
 * Edit ▸ Undo while typing in a field means "undo my typing", as in every other app. The menu
 * cannot know where focus is, so the renderer decides. execCommand is deprecated but it is still
 * the only way to drive the field's own undo stack.
 */
function undoOrRedoText(kind: 'undo' | 'redo'): boolean {
  if (!isEditable(document.activeElement)) return false;
  document.execCommand(kind);
  return true;
}

function runMenuAction(action: MenuAction): void {
  switch (action.kind) {
    case 'undo':
      if (!undoOrRedoText('undo')) void undo();
      return;
    case 'redo':
      if (!undoOrRedoText('redo')) void redo();
      return;
    case 'navigate':
      updateUiPrefs({ screen: action.screen });
      return;
    case 'new-school':
      openDialog('start-real-school');
      return;
    case 'open':
      void openSchool();
      return;
    case 'save-copy':
      void saveCopy();
      return;
    case 'import':
      openDialog('import');
      return;
    default:
      assertNever(action, 'menu action');
  }
}

/** Routes one event from main to where it belongs. */
export function dispatchAppEvent(event: AppEvent): void {
  switch (event.type) {
    case 'committed':
    case 'replaced':
    case 'status':
    case 'notices':
      receiveSessionEvent(event);
      return;
    case 'task':
      receiveTask(event.task);
      return;
    case 'menu':
      runMenuAction(event.action);
      return;
    default:
      assertNever(event, 'app event');
  }
}

/** Subscribes to main's events for the life of the app; call once, in App, before loading. */
export function useAppEvents(): void {
  useEffect(() => {
    let api;
    try {
      api = getApi();
    } catch {
      return undefined; // loading the session reports the missing bridge on screen
    }
    return api.onEvent(dispatchAppEvent);
  }, []);
}
