/** The sections of the app, in sidebar order (Ctrl/Cmd+1…8 follow this order). */
import { screenIds, type ScreenId } from '../../../shared/ipc/types';

export const screenLabels: Readonly<Record<ScreenId, string>> = {
  dashboard: 'Dashboard',
  students: 'Students',
  staff: 'Staff',
  advisories: 'Advisories',
  relationships: 'Relationships',
  clubs: 'Clubs',
  stipends: 'Stipends',
  exports: 'Exports',
};

export const screenOrder: readonly ScreenId[] = screenIds;

/** True on macOS, where shortcuts are shown with ⌘ instead of Ctrl. */
export const isMac = /Mac/i.test(navigator.platform);

/** How a shortcut is written on this platform, e.g. "Ctrl+Z" or "⌘Z". */
export function shortcutLabel(key: string, shift = false): string {
  return isMac ? `${shift ? '⇧' : ''}⌘${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}
