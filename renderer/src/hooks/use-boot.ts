/**
 * Starts the app: loads the session and the view settings, and publishes readiness on
 * <html data-app-state="loading|ready|error"> so tests (and people) wait for the app, not for time.
 */
import { useEffect } from 'react';
import { loadSession } from '../state/session-store';
import { loadUiPrefs } from '../state/ui-prefs-store';
import { useSessionSnapshot } from './use-school';
import { useUiPrefsLoaded } from './use-ui-prefs';

export type AppState = 'loading' | 'ready' | 'error';

export function useBoot(): AppState {
  const snapshot = useSessionSnapshot();
  const prefsLoaded = useUiPrefsLoaded();
  useEffect(() => {
    void loadUiPrefs();
    void loadSession();
  }, []);
  const state: AppState = snapshot.phase === 'error' ? 'error' : snapshot.phase === 'ready' && prefsLoaded ? 'ready' : 'loading';
  useEffect(() => {
    document.documentElement.dataset.appState = state;
  }, [state]);
  return state;
}
