/** The remembered view settings and the functions that change them. */
import type { ScreenId, UiPrefs } from '../../../shared/ipc/types';
import { updateUiPrefs, uiPrefsStore } from '../state/ui-prefs-store';
import { useStore } from './use-store';

export function useUiPrefs(): UiPrefs {
  return useStore(uiPrefsStore, (s) => s.prefs);
}

export function useUiPrefsLoaded(): boolean {
  return useStore(uiPrefsStore, (s) => s.loaded);
}

export function setScreen(screen: ScreenId): void {
  updateUiPrefs({ screen });
}

export function setTheme(theme: UiPrefs['theme']): void {
  updateUiPrefs({ theme });
}

/** Remembers the viewed year; the school's current year is stored as null ("follow the school"). */
export function setViewYear(yearId: string, currentYearId: string): void {
  updateUiPrefs({ viewYearId: yearId === currentYearId ? null : yearId });
}
