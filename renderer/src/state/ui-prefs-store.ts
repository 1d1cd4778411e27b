/**
 * View settings main remembers between runs (screen, theme, viewed school year). Unlike school
 * data these change on screen at once and are saved in the background: they are the user's
 * view, not a record anyone else relies on, so waiting for main would only make the app feel slow.
 */
import type { z } from 'zod';
import type { uiPrefsPatchSchema } from '../../../shared/ipc/contract';
import type { UiPrefs } from '../../../shared/ipc/types';
import { call, messageOf } from '../api/client';
import { createStore } from './create-store';
import { report } from './feedback-store';

export type UiPrefsPatch = z.input<typeof uiPrefsPatchSchema>;

export interface PrefsSnapshot {
  readonly loaded: boolean;
  readonly prefs: UiPrefs;
}

const defaults: UiPrefs = { theme: 'system', screen: 'dashboard', viewYearId: null };

export const uiPrefsStore = createStore<PrefsSnapshot>({ loaded: false, prefs: defaults });

/** Loads the remembered settings; if that fails the app still starts, with the defaults. */
export async function loadUiPrefs(): Promise<void> {
  try {
    const prefs = await call('getUiPrefs');
    uiPrefsStore.set((s) => (s.loaded ? s : { loaded: true, prefs }));
  } catch {
    uiPrefsStore.set((s) => ({ ...s, loaded: true }));
  }
}

/** Changes settings on screen now and asks main to remember them. */
export function updateUiPrefs(patch: UiPrefsPatch): void {
  uiPrefsStore.set((s) => ({ ...s, prefs: { ...s.prefs, ...patch } }));
  // The answer is not applied: with quick successive changes an older answer could arrive last.
  call('setUiPrefs', patch).catch((error: unknown) => {
    report('error', `This view setting will not be remembered next time: ${messageOf(error)}`);
  });
}
