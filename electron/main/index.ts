/**
 * Electron main: thin wiring of windows, menus, dialogs and storage around AppService.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, session } from 'electron';
import ElectronStore from 'electron-store';
import { generateDemoSchool } from '../../shared/demo/demo-school';
import { EVENT_CHANNEL } from '../../shared/ipc/channels';
import type { AppEvent } from '../../shared/ipc/types';
import { AppService, type Dialogs } from './app-service';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { openPreferences, preferenceOptions, type PreferencesShape, type PreferenceStore } from './preferences';
import { hardenContents, hardenSession, secureWebPreferences } from './security';
import { NewerVersionError } from './store/recover';
import { StoreLockedError } from './store/lock';
import { SchoolStore } from './store/school-store';

const isDev = !app.isPackaged && !!process.env['ELECTRON_RENDERER_URL'];

/** `--data-dir=<folder>` puts the school and preferences elsewhere (used by the smoke tests). */
const dataDirArg = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
if (dataDirArg) app.setPath('userData', path.resolve(dataDirArg));

const indexHtml = path.join(__dirname, '../renderer/index.html');
const appUrl = isDev ? (process.env['ELECTRON_RENDERER_URL'] as string) : new URL(`file://${indexHtml}`).href;

let mainWindow: BrowserWindow | null = null;
let service: AppService | null = null;

function send(event: AppEvent): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event);
}

function dialogs(): Dialogs {
  return {
    async chooseSchoolToOpen() {
      const result = await dialog.showOpenDialog(mainWindow as BrowserWindow, {
        title: 'Open a school',
        properties: ['openFile'],
        filters: [{ name: 'Advisory Planner school', extensions: ['json'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseCopyTarget(defaultName) {
      const result = await dialog.showSaveDialog(mainWindow as BrowserWindow, {
        title: 'Save a copy of the school',
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: [{ name: 'Advisory Planner school', extensions: ['json'] }],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseImportSource(kind) {
      const result = await dialog.showOpenDialog(mainWindow as BrowserWindow, {
        title: kind === 'folder' ? 'Choose the folder of a roster export (OneRoster, School Data Sync, Clever)' : 'Choose a roster file to import',
        properties: kind === 'folder' ? ['openDirectory'] : ['openFile'],
        ...(kind === 'file'
          ? { filters: [{ name: 'Roster files', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'xlsm', 'zip'] }, { name: 'All files', extensions: ['*'] }] }
          : {}),
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

/** The main window, shown once painted; `onShown` runs then (after the first paint, so work it starts does not slow it). */
function createWindow(prefs: PreferenceStore, onShown?: () => void): BrowserWindow {
  const bounds = prefs.get('windowBounds');
  const win = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 820,
    ...(bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Advisory Planner',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#17191c' : '#f7f7f5',
    webPreferences: secureWebPreferences(path.join(__dirname, '../preload/index.cjs')),
  });
  if (bounds?.maximized) win.maximize();
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  hardenContents(win.webContents, appUrl);
  win.once('ready-to-show', () => {
    win.show();
    onShown?.();
  });
  win.on('close', () => {
    const b = win.getNormalBounds();
    prefs.set('windowBounds', { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  });
  void (isDev ? win.loadURL(appUrl) : win.loadFile(indexHtml));
  return win;
}

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

async function start(): Promise<void> {
  await app.whenReady();
  nativeTheme.themeSource = 'system';
  hardenSession(session.defaultSession);
  const { prefs, notice } = openPreferences(
    () => new ElectronStore<PreferencesShape>({ name: preferenceOptions.configName, ...preferenceOptions }) as unknown as PreferenceStore,
    path.join(app.getPath('userData'), `${preferenceOptions.configName}.json`),
  );
  let store: SchoolStore;
  try {
    store = SchoolStore.open({
      dir: path.join(app.getPath('userData'), 'school'),
      appVersion: app.getVersion(),
      initial: () => generateDemoSchool(),
    });
  } catch (error) {
    if (error instanceof StoreLockedError) return fail('The school is already open', error.message);
    if (error instanceof NewerVersionError) return fail('This school needs a newer Advisory Planner', error.message);
    return fail('The school could not be opened', (error as Error).message);
  }
  const started = new AppService({
    store,
    prefs,
    dialogs: dialogs(),
    emit: send,
    workerFile: path.join(__dirname, 'task-worker.js'),
    notices: notice ? [notice] : [],
  });
  service = started;
  registerIpc(ipcMain, createHandlers(started), () => mainWindow?.webContents.id ?? null, appUrl);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate((action) => send({ type: 'menu', action }), process.platform === 'darwin', isDev)));
  // The task worker loads now; it gets the school and warms the planner up once the window is shown.
  void started.startWorker();
  mainWindow = createWindow(prefs, () => void started.warmWorker());
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow(prefs);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    service?.close();
    service = null;
  });
  start().catch((error: unknown) => fail('Advisory Planner could not start', (error as Error)?.message ?? String(error)));
}
