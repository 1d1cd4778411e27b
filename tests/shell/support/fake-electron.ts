/**
 * A recording stand-in for the `electron` module, with just the surface the built main process
 * (and the electron-store bundled into it) uses. Everything main hands to Electron is kept so the
 * tests can assert on it and call it: IPC handlers, window options, security handlers, the menu.
 */
import fs from 'node:fs';

type Listener = (...args: unknown[]) => unknown;

/** An `on`/`once` recorder: listeners by event name, in registration order. */
class Listeners {
  readonly byEvent = new Map<string, Listener[]>();

  add(event: string, listener: Listener): void {
    this.byEvent.set(event, [...(this.byEvent.get(event) ?? []), listener]);
  }

  get(event: string): readonly Listener[] {
    return this.byEvent.get(event) ?? [];
  }

  /** The one listener for `event`; throws when there is none or more than one. */
  single(event: string): Listener {
    const all = this.get(event);
    if (all.length !== 1) throw new Error(`expected exactly one '${event}' listener, found ${all.length}`);
    return all[0] as Listener;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.get(event)) listener(...args);
  }
}

export interface WindowOpenDetails {
  readonly url: string;
}

export class FakeWebContents {
  readonly listeners = new Listeners();
  windowOpenHandler: ((details: WindowOpenDetails) => unknown) | null = null;
  readonly sent: { channel: string; payload: unknown }[] = [];

  constructor(readonly id: number) {}

  on(event: string, listener: Listener): this {
    this.listeners.add(event, listener);
    return this;
  }

  setWindowOpenHandler(handler: (details: WindowOpenDetails) => unknown): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }

  isDestroyed(): boolean {
    return false;
  }
}

export interface FakeElectron {
  /** The module object `require('electron')` returns to the code under test. */
  readonly module: Record<string, unknown>;
  readonly rec: Recording;
}

export interface Recording {
  readonly invokeHandlers: Map<string, Listener>;
  readonly ipcOn: Listeners;
  readonly appListeners: Listeners;
  readonly windows: FakeWindowRecord[];
  readonly setPathCalls: [string, string][];
  readonly paths: Map<string, string>;
  readonly menuTemplates: unknown[];
  readonly applicationMenus: unknown[];
  readonly errorBoxes: { title: string; message: string }[];
  readonly exitCodes: number[];
  quitCalls: number;
  readonly session: {
    permissionRequestHandler: Listener | null;
    permissionCheckHandler: Listener | null;
    headersReceived: Listener | null;
  };
  readonly nativeTheme: { themeSource: string; shouldUseDarkColors: boolean };
  /** Answers the next dialog.showOpenDialog / showSaveDialog calls will give (canceled when empty). */
  readonly openDialogAnswers: { canceled: boolean; filePaths: string[] }[];
  readonly saveDialogAnswers: { canceled: boolean; filePath?: string }[];
  /** Resolves when main has built its window and loaded the page, or when it gave up with an error box. */
  readonly settled: Promise<void>;
}

export interface FakeWindowRecord {
  readonly options: Record<string, unknown>;
  readonly webContents: FakeWebContents;
  readonly listeners: Listeners;
  readonly loadedFiles: string[];
  readonly loadedUrls: string[];
  shown: boolean;
  maximized: boolean;
}

/** Builds a fresh stand-in. `paths` seeds app.getPath (userData, documents, ...). */
export function createFakeElectron(options: { paths: Record<string, string>; version: string }): FakeElectron {
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const rec: Recording = {
    invokeHandlers: new Map(),
    ipcOn: new Listeners(),
    appListeners: new Listeners(),
    windows: [],
    setPathCalls: [],
    paths: new Map(Object.entries(options.paths)),
    menuTemplates: [],
    applicationMenus: [],
    errorBoxes: [],
    exitCodes: [],
    quitCalls: 0,
    session: { permissionRequestHandler: null, permissionCheckHandler: null, headersReceived: null },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    openDialogAnswers: [],
    saveDialogAnswers: [],
    settled,
  };

  const app = {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath(name: string): string {
      const p = rec.paths.get(name);
      // Electron throws for names it does not know; so does the stand-in, so a typo shows up here.
      if (!p) throw new Error(`fake electron: app.getPath('${name}') has no test path`);
      fs.mkdirSync(p, { recursive: true });
      return p;
    },
    setPath(name: string, value: string): void {
      rec.setPathCalls.push([name, value]);
      rec.paths.set(name, value);
    },
    getVersion: () => options.version,
    getName: () => 'Advisory Planner',
    on(event: string, listener: Listener) {
      rec.appListeners.add(event, listener);
      return app;
    },
    once(event: string, listener: Listener) {
      rec.appListeners.add(event, listener);
      return app;
    },
    quit(): void {
      rec.quitCalls++;
    },
    exit(code = 0): void {
      rec.exitCodes.push(code);
      settle();
    },
  };

  let nextWebContentsId = 41;
  class BrowserWindow {
    private readonly record: FakeWindowRecord;
    readonly webContents: FakeWebContents;

    constructor(windowOptions: Record<string, unknown>) {
      this.webContents = new FakeWebContents(nextWebContentsId++);
      this.record = {
        options: windowOptions,
        webContents: this.webContents,
        listeners: new Listeners(),
        loadedFiles: [],
        loadedUrls: [],
        shown: false,
        maximized: false,
      };
      rec.windows.push(this.record);
    }

    loadFile(file: string): Promise<void> {
      this.record.loadedFiles.push(file);
      settle();
      return Promise.resolve();
    }

    loadURL(url: string): Promise<void> {
      this.record.loadedUrls.push(url);
      settle();
      return Promise.resolve();
    }

    on(event: string, listener: Listener): this {
      this.record.listeners.add(event, listener);
      return this;
    }

    once(event: string, listener: Listener): this {
      this.record.listeners.add(event, listener);
      return this;
    }

    getNormalBounds() {
      return { x: 10, y: 20, width: 1280, height: 820 };
    }

    isMaximized(): boolean {
      return this.record.maximized;
    }

    isMinimized(): boolean {
      return false;
    }

    isDestroyed(): boolean {
      return false;
    }

    maximize(): void {
      this.record.maximized = true;
    }

    show(): void {
      this.record.shown = true;
    }

    restore(): void {}

    focus(): void {}
  }

  const ipcMain = {
    handle(channel: string, handler: Listener): void {
      // Electron refuses a second handler for a channel; so does the stand-in.
      if (rec.invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      rec.invokeHandlers.set(channel, handler);
    },
    removeHandler(channel: string): void {
      rec.invokeHandlers.delete(channel);
    },
    on(channel: string, listener: Listener) {
      rec.ipcOn.add(channel, listener);
      return ipcMain;
    },
  };

  const Menu = {
    buildFromTemplate(template: unknown[]) {
      rec.menuTemplates.push(template);
      return { template };
    },
    setApplicationMenu(menu: unknown): void {
      rec.applicationMenus.push(menu);
    },
  };

  const dialog = {
    showErrorBox(title: string, message: string): void {
      rec.errorBoxes.push({ title, message });
    },
    showOpenDialog: () => Promise.resolve(rec.openDialogAnswers.shift() ?? { canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve(rec.saveDialogAnswers.shift() ?? { canceled: true }),
  };

  const session = {
    defaultSession: {
      setPermissionRequestHandler(handler: Listener): void {
        rec.session.permissionRequestHandler = handler;
      },
      setPermissionCheckHandler(handler: Listener): void {
        rec.session.permissionCheckHandler = handler;
      },
      webRequest: {
        onHeadersReceived(handler: Listener): void {
          rec.session.headersReceived = handler;
        },
      },
    },
  };

  const shell = {
    openPath: () => Promise.resolve(''),
  };

  return {
    module: { app, BrowserWindow, ipcMain, Menu, dialog, nativeTheme: rec.nativeTheme, session, shell },
    rec,
  };
}
