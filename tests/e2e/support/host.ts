/**
 * The Node test host: the same AppService, handlers, store and worker that Electron's main runs,
 * bridged to the real built renderer in Chromium through `page.exposeBinding`, behind a
 * `window.api` with the same names the preload exposes. Only dialogs are stand-ins (a test says
 * which path the "user" picks).
 */
import path from 'node:path';
import Conf from 'conf';
import type { Page } from '@playwright/test';
import { generateDemoSchool } from '../../../shared/demo/demo-school';
import type { School } from '../../../shared/domain/types';
import { invokeNames } from '../../../shared/ipc/channels';
import type { AppEvent, MenuAction } from '../../../shared/ipc/types';
import { AppService } from '../../../electron/main/app-service';
import { createHandlers, type Handlers } from '../../../electron/main/handlers';
import { preferenceOptions, type PreferencesShape, type PreferenceStore } from '../../../electron/main/preferences';
import { SchoolStore } from '../../../electron/main/store/school-store';
import { type FaultSwitch, faultyFs } from './faulty-fs';
import { serveStatic } from './static-server';

export const repoRoot = path.resolve(__dirname, '../../..');
const rendererDir = path.join(repoRoot, 'out/renderer');
const workerFile = path.join(repoRoot, 'out/main/task-worker.js');
const heldTaskWorkerFile = path.join(__dirname, 'held-task-worker.cjs');

export interface HostOptions {
  /** The school an empty data folder starts with (default: the demo school). */
  readonly initial?: () => School;
  /** Run the worker through held-task-worker.cjs: a task runs but never finishes until stopped. */
  readonly holdTaskResults?: boolean;
}

export interface DialogAnswers {
  /** The file the "user" picks in File ▸ Open…; null = cancel. */
  open: string | null;
  /** Where the "user" saves a copy; null = cancel. */
  saveCopy: string | null;
  /** The file or folder the "user" picks in File ▸ Import…; null = cancel. */
  importSource: string | null;
}

export class TestHost {
  readonly faults: FaultSwitch = { diskFull: false };
  readonly dialogAnswers: DialogAnswers = { open: null, saveCopy: null, importSource: null };
  private pages = new Set<Page>();
  private queue: Promise<unknown> = Promise.resolve();
  private service!: AppService;
  private handlers!: Handlers;
  private server!: { url: string; close: () => Promise<void> };
  readonly events: AppEvent[] = [];

  private constructor(readonly dataDir: string) {}

  /**
   * Opens the school in `dataDir` and serves the renderer. An empty folder gets the demo school,
   * or `options.initial` when given (the benchmarks seed a 4,000-student school this way).
   */
  static async start(dataDir: string, options: HostOptions = {}): Promise<TestHost> {
    const host = new TestHost(dataDir);
    const store = SchoolStore.open({
      dir: path.join(dataDir, 'school'),
      appVersion: 'test-host',
      initial: options.initial ?? (() => generateDemoSchool()),
      fs: faultyFs(host.faults),
    });
    const prefs = new Conf<PreferencesShape>({ cwd: dataDir, ...preferenceOptions }) as unknown as PreferenceStore;
    host.service = new AppService({
      store,
      prefs,
      workerFile: options.holdTaskResults ? heldTaskWorkerFile : workerFile,
      emit: (event) => host.emit(event),
      dialogs: {
        chooseSchoolToOpen: async () => host.dialogAnswers.open,
        chooseCopyTarget: async () => host.dialogAnswers.saveCopy,
        chooseImportSource: async () => host.dialogAnswers.importSource,
      },
    });
    host.handlers = createHandlers(host.service, () => undefined);
    host.server = await serveStatic(rendererDir);
    return host;
  }

  get url(): string {
    return this.server.url;
  }

  private emit(event: AppEvent): void {
    this.events.push(event);
    // Events reach each page in order, as webContents.send delivers them.
    this.queue = this.queue.then(() =>
      Promise.all([...this.pages].map((page) => page.evaluate((e) => (globalThis as unknown as { __apDispatch?: (e: unknown) => void }).__apDispatch?.(e), event).catch(() => undefined))),
    );
  }

  /** Installs `window.api` in the page (before any app script runs) and routes it to the handlers. */
  async attach(page: Page): Promise<void> {
    this.pages.add(page);
    page.on('close', () => this.pages.delete(page));
    await page.exposeBinding('__apInvoke', async (_source, name: string, args: unknown[]) => {
      const handler = this.handlers[name as keyof Handlers];
      if (!handler) return { ok: false, error: { code: 'invalid-argument', message: `Unknown call ${name}` } };
      return handler(args);
    });
    await page.addInitScript((names: readonly string[]) => {
      const w = globalThis as unknown as Record<string, unknown> & { __apInvoke: (n: string, a: unknown[]) => Promise<unknown> };
      const listeners = new Set<(e: unknown) => void>();
      w['__apDispatch'] = (event: unknown) => listeners.forEach((l) => l(event));
      const api: Record<string, unknown> = {};
      for (const name of names) api[name] = (...args: unknown[]) => w.__apInvoke(name, args);
      api['onEvent'] = (listener: (e: unknown) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      };
      w['api'] = Object.freeze(api);
    }, invokeNames);
  }

  /** Sends a native-menu action, as clicking the menu item in Electron does. */
  async menu(action: MenuAction): Promise<void> {
    this.emit({ type: 'menu', action });
    await this.queue;
  }

  /** Closes the school as quitting the app does (final snapshot, lock released) and stops serving. */
  async close(): Promise<void> {
    await this.queue;
    this.service.close();
    await this.server.close();
  }
}
