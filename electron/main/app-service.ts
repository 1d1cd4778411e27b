/**
 * What the main process does for the renderer, free of any `electron` import so the very same
 * code runs in Electron and in the Node test host. Electron-only parts (dialogs, windows) come in
 * through the small interfaces below.
 */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { type Command, isRendererCommand } from '../../shared/domain/commands';
import { schoolYearOfDate } from '../../shared/domain/dates';
import { emptySchool } from '../../shared/domain/defaults';
import { afterRedo, afterUndo, emptyHistory, type History, historyState, recordChange } from '../../shared/domain/history';
import { CommandError } from '../../shared/domain/reducer';
import type { AppEvent, CommitOutcome, FileOutcome, Notice, SessionState, UiPrefs } from '../../shared/ipc/types';
import type { Decoded } from '../../shared/store/document';
import { type PreferenceStore, readUiPrefs } from './preferences';
import type { SchoolStore } from './store/school-store';
import { ImportService } from './import/import-service';
import { PlannerService } from './planner/planner-service';
import type { PlanApplied, PlanOutcome, PlanPreview } from '../../shared/planner/planner-preview';
import type { RolloverPreview } from '../../shared/planner/rollover-preview-types';
import type { ImportApplied, ImportOutcome, PreviewSettings } from '../../shared/import/preview';
import type { TaskInput } from './tasks/task-protocol';
import { type RunningTask, TaskCancelled, TaskPool } from './tasks/task-runner';

export interface Dialogs {
  /** Asks for a school file to open; null when the user cancels. */
  chooseSchoolToOpen(): Promise<string | null>;
  /** Asks where to save a copy; null when the user cancels. */
  chooseCopyTarget(defaultName: string): Promise<string | null>;
  /** Asks for a roster file (CSV, TSV, XLSX, zip) or a folder of CSV files to import; null when cancelled. */
  chooseImportSource(kind: 'file' | 'folder'): Promise<string | null>;
}

export interface AppServiceOptions {
  readonly store: SchoolStore;
  readonly prefs: PreferenceStore;
  readonly dialogs: Dialogs;
  readonly emit: (event: AppEvent) => void;
  /** The built worker entry (out/main/task-worker.js). */
  readonly workerFile: string;
  readonly now?: () => Date;
  /** Notices from startup outside the store (e.g. preferences reset). */
  readonly notices?: readonly Notice[];
}

/** A request the service refuses, with the code the renderer sees. */
export class ServiceError extends Error {
  constructor(
    readonly code: 'rejected' | 'busy',
    message: string,
  ) {
    super(message);
  }
}

function containsReplace(command: Command): boolean {
  return command.type === 'replaceSchool' || (command.type === 'batch' && command.commands.some(containsReplace));
}

export class AppService {
  private history: History = emptyHistory;
  private notices: Notice[];
  private readonly tasks = new Map<string, RunningTask<unknown>>();
  private readonly pool: TaskPool;
  private snapshotPending = false;
  private readonly now: () => Date;
  private readonly imports: ImportService;
  private readonly planner: PlannerService;

  constructor(private readonly options: AppServiceOptions) {
    this.pool = new TaskPool(options.workerFile);
    this.notices = [...options.store.notices, ...(options.notices ?? [])];
    this.now = options.now ?? (() => new Date());
    this.imports = new ImportService({
      school: () => this.store.school,
      revision: () => this.store.revision,
      prefs: options.prefs,
      chooseSource: (kind) => options.dialogs.chooseImportSource(kind),
      runTask: (title, input) => this.runTask(title, input),
      commit: (command, label) => this.commitRecorded(command, label),
      isCancel: (error) => error instanceof TaskCancelled,
    });
    this.planner = new PlannerService({
      school: () => this.store.school,
      revision: () => this.store.revision,
      runTask: (title, input) => this.runTask(title, input),
      commit: (command, label) => this.commitRecorded(command, label),
      isCancel: (error) => error instanceof TaskCancelled,
    });
  }

  /** Runs one worker task at a time, with progress events and Cancel. */
  private async runTask<T>(title: string, input: TaskInput): Promise<T> {
    if (this.tasks.size > 0) throw new ServiceError('busy', 'Another file is being read; wait for it or cancel it first.');
    const task = this.pool.start<T>(title, input, (progress) => this.options.emit({ type: 'task', task: progress }));
    this.tasks.set(task.id, task);
    try {
      return await task.result;
    } finally {
      this.tasks.delete(task.id);
    }
  }

  private get store(): SchoolStore {
    return this.options.store;
  }

  getSession(): SessionState {
    return {
      school: this.store.school,
      revision: this.store.revision,
      history: historyState(this.history),
      status: this.store.status,
      notices: this.notices,
    };
  }

  /** Commits, announces and schedules compaction. Store errors are announced as status, then rethrown. */
  private apply(command: Command, label: string): { revision: number; inverse: Command } {
    let committed;
    try {
      committed = this.store.commit(command, label);
    } catch (error) {
      if (!(error instanceof CommandError)) this.options.emit({ type: 'status', status: this.store.status });
      throw error;
    }
    return committed;
  }

  private announce(command: Command, label: string, revision: number): void {
    if (containsReplace(command)) {
      this.options.emit({ type: 'replaced', session: this.getSession() });
      this.snapshotSoon(true);
    } else {
      this.options.emit({ type: 'committed', revision, command, label, history: historyState(this.history), status: this.store.status });
      this.snapshotSoon(false);
    }
  }

  private snapshotSoon(force: boolean): void {
    if (this.snapshotPending || !(force || this.store.wantsSnapshot)) return;
    this.snapshotPending = true;
    // After the reply: compaction must not delay the acknowledgement of the command.
    setImmediate(() => {
      this.snapshotPending = false;
      try {
        this.store.snapshot();
      } catch (error) {
        // The journal still holds every change, so nothing is lost; say so.
        this.addNotice('warning', 'A full save did not complete', `${(error as Error).message} Your changes are kept in the change log and will be saved again.`);
      }
    });
  }

  private addNotice(level: Notice['level'], title: string, detail: string): void {
    this.notices = [...this.notices, { id: randomUUID(), level, title, detail }];
    this.options.emit({ type: 'notices', notices: this.notices });
  }

  commit(command: Command, label: string): CommitOutcome {
    if (!isRendererCommand(command)) throw new ServiceError('rejected', 'Replacing the whole school is done with File ▸ Open… or Start a real school.');
    return this.commitRecorded(command, label);
  }

  private commitRecorded(command: Command, label: string): CommitOutcome {
    const { revision, inverse } = this.apply(command, label);
    this.history = recordChange(this.history, { label, forward: command, inverse });
    this.announce(command, label, revision);
    return { revision };
  }

  undo(): CommitOutcome | null {
    const entry = this.history.undo[this.history.undo.length - 1];
    if (!entry) return null;
    const label = `Undo ${entry.label}`;
    const { revision, inverse } = this.apply(entry.inverse, label);
    this.history = afterUndo(this.history, inverse);
    this.announce(entry.inverse, label, revision);
    return { revision };
  }

  redo(): CommitOutcome | null {
    const entry = this.history.redo[this.history.redo.length - 1];
    if (!entry) return null;
    const label = `Redo ${entry.label}`;
    const { revision, inverse } = this.apply(entry.forward, label);
    this.history = afterRedo(this.history, inverse);
    this.announce(entry.forward, label, revision);
    return { revision };
  }

  /** Replaces the demo (or any) school with an empty real one; undoable, and the old one stays in backups. */
  startRealSchool(name: string): CommitOutcome {
    const now = this.now();
    const school = emptySchool(name.trim(), schoolYearOfDate(now), now.toISOString(), randomUUID());
    return this.commitRecorded({ type: 'replaceSchool', school }, 'Start a real school');
  }

  /** File ▸ Open…: choose, then read and validate off the main thread with progress, then replace (undoable). */
  async openSchool(): Promise<FileOutcome> {
    if (this.tasks.size > 0) throw new ServiceError('busy', 'Another file is being read; wait for it or cancel it first.');
    const file = await this.options.dialogs.chooseSchoolToOpen();
    if (!file) return { outcome: 'cancelled' };
    let decoded: Decoded;
    try {
      decoded = await this.runTask<Decoded>(`Opening ${path.basename(file)}`, { kind: 'read-school-file', path: file });
    } catch (error) {
      if (error instanceof TaskCancelled) return { outcome: 'cancelled' };
      if (error instanceof ServiceError) throw error;
      return { outcome: 'failed', message: `${path.basename(file)}: ${(error as Error).message}` };
    }
    if (!decoded.ok) return { outcome: 'failed', message: `${path.basename(file)}: ${decoded.message}` };
    this.commitRecorded({ type: 'replaceSchool', school: decoded.doc.school }, `Open ${path.basename(file)}`);
    for (const step of decoded.migrations) this.addNotice('info', 'The file was upgraded', step);
    return { outcome: 'done', path: file };
  }

  /** File ▸ Save a copy…: the whole school in one file a colleague can open. */
  async saveCopy(): Promise<FileOutcome> {
    const safeName = this.store.school.info.name.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim() || 'school';
    const file = await this.options.dialogs.chooseCopyTarget(`${safeName}.advisory.json`);
    if (!file) return { outcome: 'cancelled' };
    try {
      this.store.saveCopy(file);
    } catch (error) {
      return { outcome: 'failed', message: `The copy could not be written to ${file}: ${(error as Error).message}` };
    }
    return { outcome: 'done', path: file };
  }

  /** File ▸ Import…: pick a file or folder, read it off the main thread, and preview it. */
  async importChoose(kind: 'file' | 'folder'): Promise<ImportOutcome> {
    if (this.tasks.size > 0) throw new ServiceError('busy', 'Another file is being read; wait for it or cancel it first.');
    return this.imports.choose(kind);
  }

  /** Previews the chosen import again with other settings (mapping, advisory classes, missing people). */
  importPreview(settings: PreviewSettings): Promise<ImportOutcome> {
    return this.imports.preview(settings);
  }

  /** Applies the previewed import as one undoable command. */
  importApply(previewId: string): ImportApplied {
    return this.imports.apply(previewId);
  }

  /** Checks and plans a school year off the main thread; the preview lists every move and why. */
  plannerRun(request: { yearId: string; mode: 'fresh' | 'replan'; seed: number; span: 'year' | 'following' }): Promise<PlanOutcome<PlanPreview>> {
    return this.planner.plan(request);
  }

  /** Prepares the rollover to the next year off the main thread, as a preview. */
  rolloverRun(request: { fromYearId: string; toYearId: string; seed: number }): Promise<PlanOutcome<RolloverPreview>> {
    return this.planner.rollover(request);
  }

  /** Applies the planner's or the rollover's preview as one undoable command. */
  planApply(previewId: string): PlanApplied {
    return this.planner.apply(previewId);
  }

  cancelTask(id: string): boolean {
    const task = this.tasks.get(id);
    task?.cancel();
    return !!task;
  }

  dismissNotice(id: string): void {
    this.notices = this.notices.filter((n) => n.id !== id);
    this.options.emit({ type: 'notices', notices: this.notices });
  }

  getUiPrefs(): UiPrefs {
    return readUiPrefs(this.options.prefs);
  }

  setUiPrefs(patch: Partial<UiPrefs>): UiPrefs {
    const next = { ...readUiPrefs(this.options.prefs), ...patch };
    this.options.prefs.set('ui', next);
    return next;
  }

  /** Starts the task worker ahead of the first task; resolves when it has loaded. */
  startWorker(): Promise<void> {
    return this.pool.warm();
  }

  /** Gives the task worker a copy of the school and has it warm the planner up (the app calls it once its window is shown); resolves when that is done. */
  warmWorker(): Promise<void> {
    return this.pool.warm(this.store.school);
  }

  /** Cancels running tasks and closes the store (final snapshot, lock released). */
  close(): void {
    for (const task of this.tasks.values()) task.cancel();
    this.pool.close();
    this.store.close();
  }
}
