/**
 * Handlers derived from the IPC contract: every argument validated with the contract's schema,
 * every answer wrapped in a Result so the renderer sees a code and a plain message. Used by
 * Electron's ipcMain (ipc.ts) and by the Node test host alike.
 */
import { CommandError } from '../../shared/domain/reducer';
import { contract } from '../../shared/ipc/contract';
import { type InvokeName, invokeNames } from '../../shared/ipc/channels';
import type { Result } from '../../shared/ipc/types';
import { describeIssues } from '../../shared/store/document';
import { type AppService, ServiceError } from './app-service';
import { ImportRefused } from './import/import-service';
import { PlanRefused } from './planner/planner-service';
import { StoreWriteError } from './store/fs-port';

export type Handler = (args: readonly unknown[]) => Promise<Result<unknown>>;
export type Handlers = Readonly<Record<InvokeName, Handler>>;

type Impl = (service: AppService, args: never) => unknown;

const implementations: { readonly [K in InvokeName]: Impl } = {
  getSession: (s) => s.getSession(),
  commit: (s, [arg]: [{ command: Parameters<AppService['commit']>[0]; label: string }]) => s.commit(arg.command, arg.label),
  undo: (s) => s.undo(),
  redo: (s) => s.redo(),
  startRealSchool: (s, [arg]: [{ name: string }]) => s.startRealSchool(arg.name),
  openSchool: (s) => s.openSchool(),
  saveCopy: (s) => s.saveCopy(),
  importChoose: (s, [kind]: ['file' | 'folder']) => s.importChoose(kind),
  importPreview: (s, [settings]: [Parameters<AppService['importPreview']>[0]]) => s.importPreview(settings),
  importApply: (s, [arg]: [{ previewId: string }]) => s.importApply(arg.previewId),
  plannerRun: (s, [arg]: [Parameters<AppService['plannerRun']>[0]]) => s.plannerRun(arg),
  rolloverRun: (s, [arg]: [Parameters<AppService['rolloverRun']>[0]]) => s.rolloverRun(arg),
  planApply: (s, [arg]: [{ previewId: string }]) => s.planApply(arg.previewId),
  cancelTask: (s, [id]: [string]) => s.cancelTask(id),
  dismissNotice: (s, [id]: [string]) => s.dismissNotice(id),
  getUiPrefs: (s) => s.getUiPrefs(),
  setUiPrefs: (s, [patch]: [Parameters<AppService['setUiPrefs']>[0]]) => s.setUiPrefs(patch),
};

function toError(error: unknown, log: (e: unknown) => void): Result<never> {
  if (error instanceof CommandError) return { ok: false, error: { code: 'rejected', message: error.message } };
  if (error instanceof PlanRefused) return { ok: false, error: { code: 'rejected', message: error.message } };
  if (error instanceof ImportRefused) return { ok: false, error: { code: 'rejected', message: error.message } };
  if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message } };
  if (error instanceof StoreWriteError) return { ok: false, error: { code: 'storage', message: error.message } };
  log(error);
  return { ok: false, error: { code: 'internal', message: `Something went wrong: ${(error as Error)?.message ?? String(error)}` } };
}

/** Builds one validated handler per contract entry. */
export function createHandlers(service: AppService, log: (e: unknown) => void = console.error): Handlers {
  const out = {} as Record<InvokeName, Handler>;
  for (const name of invokeNames) {
    out[name] = async (args) => {
      const parsed = contract[name].args.safeParse(args);
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid-argument', message: `${name}: ${describeIssues(parsed.error.issues)}` } };
      }
      try {
        const value = await implementations[name](service, parsed.data as never);
        return { ok: true, value: value === undefined ? null : value };
      } catch (error) {
        return toError(error, log);
      }
    };
  }
  return out;
}
