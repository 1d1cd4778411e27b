/**
 * The IPC contract: every invoke channel once, with the zod schema of its arguments and its
 * result type. Main registers handlers from it; the preload and the test host expose `window.api`
 * from it; the renderer calls through the derived `Api` type.
 */
import { z } from 'zod';
import { commandSchema } from '../domain/commands';
import { previewSettingsSchema, type ImportApplied, type ImportOutcome } from '../import/preview';
import { planRequestSchema, rolloverRequestSchema, type PlanApplied, type PlanOutcome, type PlanPreview } from '../planner/planner-preview';
import type { RolloverPreview } from '../planner/rollover-preview-types';
import { invokeChannels, type InvokeName } from './channels';
import { screenIds, type AppEvent, type CommitOutcome, type FileOutcome, type Result, type SessionState, type UiPrefs } from './types';

interface Entry<A extends z.ZodTuple, R> {
  readonly args: A;
  /** Phantom: the result type, carried for the derived API type only. */
  readonly result?: R;
}

function entry<R>() {
  return <A extends z.ZodTuple>(args: A): Entry<A, R> => ({ args });
}

const label = z.string().min(1).max(200);

export const uiPrefsPatchSchema = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
    screen: z.enum(screenIds),
    viewYearId: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
  })
  .partial()
  .strict();

export const contract = {
  getSession: entry<SessionState>()(z.tuple([])),
  commit: entry<CommitOutcome>()(z.tuple([z.object({ command: commandSchema, label }).strict()])),
  undo: entry<CommitOutcome | null>()(z.tuple([])),
  redo: entry<CommitOutcome | null>()(z.tuple([])),
  startRealSchool: entry<CommitOutcome>()(z.tuple([z.object({ name: z.string().trim().min(1).max(200) }).strict()])),
  openSchool: entry<FileOutcome>()(z.tuple([])),
  saveCopy: entry<FileOutcome>()(z.tuple([])),
  importChoose: entry<ImportOutcome>()(z.tuple([z.enum(['file', 'folder'])])),
  importPreview: entry<ImportOutcome>()(z.tuple([previewSettingsSchema])),
  importApply: entry<ImportApplied>()(z.tuple([z.object({ previewId: z.string().min(1).max(100) }).strict()])),
  plannerRun: entry<PlanOutcome<PlanPreview>>()(z.tuple([planRequestSchema])),
  rolloverRun: entry<PlanOutcome<RolloverPreview>>()(z.tuple([rolloverRequestSchema])),
  planApply: entry<PlanApplied>()(z.tuple([z.object({ previewId: z.string().min(1).max(100) }).strict()])),
  cancelTask: entry<boolean>()(z.tuple([z.string().min(1).max(100)])),
  dismissNotice: entry<void>()(z.tuple([z.string().min(1).max(100)])),
  getUiPrefs: entry<UiPrefs>()(z.tuple([])),
  setUiPrefs: entry<UiPrefs>()(z.tuple([uiPrefsPatchSchema])),
} satisfies { readonly [K in InvokeName]: Entry<z.ZodTuple, unknown> };

export type Contract = typeof contract;
export type ArgsOf<K extends InvokeName> = z.input<Contract[K]['args']>;
export type ResultOf<K extends InvokeName> = Exclude<Contract[K]['result'], undefined>;

/** What the preload (and the test host) expose as `window.api`. */
export type Api = {
  readonly [K in InvokeName]: (...args: ArgsOf<K>) => Promise<Result<ResultOf<K>>>;
} & {
  /** Subscribes to main → renderer events; returns the unsubscribe function. */
  readonly onEvent: (listener: (event: AppEvent) => void) => () => void;
};

export { invokeChannels };
