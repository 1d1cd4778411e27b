/**
 * Loads the BUILT main process (out/main/index.js) in this Node process against the recording
 * electron stand-in. Each boot gets a fresh copy of the bundle (its module cache entries are
 * dropped first), a fresh fake electron and its own temp folders, so tests do not share state.
 */
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { appUrl, mainEntry, outDir, packageVersion, requireBuilt } from './build-output';
import { createFakeElectron, type FakeWindowRecord, type Recording } from './fake-electron';

type LoadFn = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: LoadFn };
const nodeRequire = createRequire(import.meta.url);

export interface BootOptions {
  /** The folder passed as `--data-dir=`; a fresh temp folder when omitted. */
  readonly dataDir?: string;
  /** Pass `--data-dir=` on the command line (default) or leave userData to app.getPath. */
  readonly passDataDirArg?: boolean;
}

export interface BootedMain {
  readonly rec: Recording;
  /** Where main keeps its data: the --data-dir folder, or the fake's userData path. */
  readonly dataDir: string;
  /** The fake's own userData path (used only when no --data-dir is passed). */
  readonly defaultUserData: string;
  /** The one window; throws when main did not make exactly one. */
  window(): FakeWindowRecord;
  /** Calls a registered ipcMain.handle handler as the app's own page would (or as `sender` says). */
  invoke(channel: string, args?: readonly unknown[], sender?: FakeSender): Promise<unknown>;
  /** A sender that main must trust: its window's webContents, the main frame, the app's page. */
  trustedSender(): FakeSender;
  /** Runs the recorded 'will-quit' listeners once (the store snapshots and releases its lock). */
  quit(): void;
}

export interface FakeSender {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** Booted mains, process listeners their bundles added, and temp folders: all undone after each test. */
const booted: BootedMain[] = [];
const addedProcessListeners: [string | symbol, (...args: unknown[]) => void][] = [];
const tempDirs: string[] = [];

afterEach(() => {
  for (const main of booted.splice(0)) main.quit();
  for (const [event, listener] of addedProcessListeners.splice(0)) process.removeListener(event, listener);
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temp folder removed after the current test. */
export function tempDir(prefix = 'advisory-planner-shell-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

function freshRequireOfMain(fakeModule: Record<string, unknown>, argv: readonly string[]): void {
  for (const key of Object.keys(nodeRequire.cache)) {
    if (key.startsWith(outDir + path.sep)) delete nodeRequire.cache[key];
  }
  const originalLoad = moduleInternals._load;
  const originalArgv = process.argv;
  const originalRendererUrl = process.env['ELECTRON_RENDERER_URL'];
  // Only `electron` is swapped; every other module (node:*, zod, date-fns) loads for real.
  moduleInternals._load = function (this: unknown, request, parent, isMain) {
    if (request === 'electron') return fakeModule;
    return originalLoad.call(this, request, parent, isMain);
  };
  process.argv = [...originalArgv, ...argv];
  // Main loads the dev server instead of out/renderer when this is set; the built app never has it.
  delete process.env['ELECTRON_RENDERER_URL'];
  const listenersBefore = new Map(process.eventNames().map((e) => [e, process.listeners(e as 'exit')]));
  try {
    nodeRequire(mainEntry);
  } finally {
    // The bundled `when-exit` (atomically, via conf) hooks exit and signals at load; a fresh copy per
    // boot would pile up listeners in this process, so the ones this load added are removed after the test.
    for (const event of process.eventNames()) {
      const before = listenersBefore.get(event) ?? [];
      for (const listener of process.listeners(event as 'exit')) {
        if (!before.includes(listener)) addedProcessListeners.push([event, listener as (...args: unknown[]) => void]);
      }
    }
    moduleInternals._load = originalLoad;
    process.argv = originalArgv;
    if (originalRendererUrl !== undefined) process.env['ELECTRON_RENDERER_URL'] = originalRendererUrl;
  }
}

/**
 * Boots the built main and waits until it has loaded its window (or shown an error box and
 * exited). Quit happens automatically after the test; call `quit()` earlier to check shutdown.
 */
export async function bootMain(options: BootOptions = {}): Promise<BootedMain> {
  requireBuilt(mainEntry);
  const root = tempDir();
  const dataDir = options.dataDir ?? path.join(root, 'data-dir');
  const defaultUserData = path.join(root, 'userData');
  const fake = createFakeElectron({
    version: packageVersion(),
    paths: {
      userData: defaultUserData,
      appData: path.join(root, 'appData'),
      documents: path.join(root, 'documents'),
      home: path.join(root, 'home'),
      temp: path.join(root, 'temp'),
    },
  });
  const passArg = options.passDataDirArg ?? true;
  freshRequireOfMain(fake.module, passArg ? [`--data-dir=${dataDir}`] : []);

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`main did not load a window within 20 s; recorded: ${JSON.stringify({ errorBoxes: fake.rec.errorBoxes, exitCodes: fake.rec.exitCodes, windows: fake.rec.windows.length })}`)),
      20_000,
    );
  });
  try {
    await Promise.race([fake.rec.settled, timedOut]);
  } finally {
    clearTimeout(timer);
  }

  let quitDone = false;
  const main: BootedMain = {
    rec: fake.rec,
    dataDir: passArg ? dataDir : defaultUserData,
    defaultUserData,
    window() {
      if (fake.rec.windows.length !== 1) throw new Error(`expected exactly one BrowserWindow, main made ${fake.rec.windows.length}`);
      return fake.rec.windows[0] as FakeWindowRecord;
    },
    trustedSender() {
      return { sender: { id: main.window().webContents.id }, senderFrame: { url: appUrl, parent: null } };
    },
    async invoke(channel, args = [], sender) {
      const handler = fake.rec.invokeHandlers.get(channel);
      if (!handler) throw new Error(`no ipcMain.handle handler for '${channel}'`);
      return handler(sender ?? main.trustedSender(), ...args);
    },
    quit() {
      if (quitDone) return;
      quitDone = true;
      fake.rec.appListeners.emit('will-quit', { preventDefault() {} });
    },
  };
  booted.push(main);
  return main;
}
