/** The native menu. App undo/redo and navigation are sent to the renderer, which owns focus context. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction, ScreenId } from '../../shared/ipc/types';

const screens: readonly [ScreenId, string][] = [
  ['dashboard', 'Dashboard'],
  ['students', 'Students'],
  ['staff', 'Staff'],
  ['advisories', 'Advisories'],
  ['relationships', 'Relationships'],
  ['clubs', 'Clubs'],
  ['stipends', 'Stipends'],
  ['exports', 'Exports'],
];

/** Builds the menu template; `send` forwards an action to the renderer. */
export function menuTemplate(send: (action: MenuAction) => void, isMac: boolean, isDev: boolean): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'Start a Real School…', click: () => send({ kind: 'new-school' }) },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send({ kind: 'open' }) },
        { label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send({ kind: 'save-copy' }) },
        { type: 'separator' },
        { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => send({ kind: 'import' }) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The shortcut is shown but handled by the renderer, so text fields keep their own undo.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => send({ kind: 'undo' }) },
        { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', registerAccelerator: false, click: () => send({ kind: 'redo' }) },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&Go',
      submenu: screens.map(([screen, label], i) => ({
        label,
        accelerator: `CmdOrCtrl+${i + 1}`,
        registerAccelerator: false,
        click: () => send({ kind: 'navigate', screen }),
      })),
    },
    {
      label: '&View',
      submenu: [
        ...(isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  );
  return template;
}
