/**
 * Preferences (window bounds, UI settings, column mappings) in electron-store/conf: what it is
 * good at. Created in one factory: invalid files are never cleared silently, files are 0600.
 * School data never goes here (see store/school-store.ts for why).
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { uiPrefsPatchSchema } from '../../shared/ipc/contract';
import type { Notice, UiPrefs } from '../../shared/ipc/types';

export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export interface PreferencesShape {
  ui: UiPrefs;
  windowBounds: WindowBounds | null;
  /** Column mappings the user confirmed, by header signature (validated when read). */
  columnMappings: Record<string, unknown>;
}

export const preferenceDefaults: PreferencesShape = {
  ui: { theme: 'system', screen: 'dashboard', viewYearId: null },
  windowBounds: null,
  columnMappings: {},
};

/** The part of conf/electron-store the app uses. */
export interface PreferenceStore {
  get<K extends keyof PreferencesShape>(key: K): PreferencesShape[K];
  set<K extends keyof PreferencesShape>(key: K, value: PreferencesShape[K]): void;
}

/** Options shared by electron-store (in Electron) and conf (in the test host). */
export const preferenceOptions = {
  configName: 'preferences',
  defaults: preferenceDefaults,
  clearInvalidConfig: false,
  configFileMode: 0o600,
} as const;

/** Reads the UI preferences, falling back to defaults field by field if the file was edited by hand. */
export function readUiPrefs(store: PreferenceStore): UiPrefs {
  const parsed = uiPrefsPatchSchema.safeParse(store.get('ui'));
  return { ...preferenceDefaults.ui, ...(parsed.success ? parsed.data : {}) };
}

/**
 * Creates the preference store; a file that will not parse is moved aside as
 * `*.corrupt-<time>` (never deleted, never silently cleared) and defaults are used, with a notice.
 */
export function openPreferences(create: () => PreferenceStore, file: string, now = new Date()): { prefs: PreferenceStore; notice: Notice | null } {
  try {
    return { prefs: create(), notice: null };
  } catch (error) {
    if (!fs.existsSync(file)) throw error;
    const aside = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(file, aside);
    return {
      prefs: create(),
      notice: {
        id: randomUUID(),
        level: 'warning',
        title: 'Your preferences were reset',
        detail: `The preferences file could not be read (${(error as Error).message}); it was kept as ${aside}. Window size and display settings are back to their defaults; the school is not affected.`,
      },
    };
  }
}
