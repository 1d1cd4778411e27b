/**
 * The single path by which the renderer changes the school. Nothing is applied on screen until
 * main's 'committed' (or 'replaced') event arrives, so what you see is what is on disk. Every
 * failure is reported in one place, the status bar, and the caller just learns true/false.
 */
import type { Command } from '../../../shared/domain/commands';
import { ApiError, call, messageOf } from '../api/client';
import { clearError, report, trackPending } from '../state/feedback-store';

/** Runs a request; `changes` marks requests that change the school (the status line says "Saving…"). */
async function attempt(failure: string, work: () => Promise<unknown>, changes = true): Promise<boolean> {
  try {
    await (changes ? trackPending(work) : work());
    if (changes) clearError();
    return true;
  } catch (error) {
    // A refused disk write is already on the status line (main sends the save status with it);
    // saying it twice would only crowd the window.
    if (!(error instanceof ApiError && error.code === 'storage')) report('error', `${failure}: ${messageOf(error)}`);
    return false;
  }
}

/** Sends one command with the label the Undo button will show, e.g. "Rename school". */
export function commit(command: Command, label: string): Promise<boolean> {
  return attempt(`“${label}” was not saved`, () => call('commit', { command, label }));
}

/** Undoes the latest change (main knows which). */
export function undo(): Promise<boolean> {
  return attempt('Undo did not work', () => call('undo'));
}

/** Redoes the latest undone change. */
export function redo(): Promise<boolean> {
  return attempt('Redo did not work', () => call('redo'));
}

/** Leaves the demo for an empty school with this name; the demo stays in the backups. */
export function startRealSchool(name: string): Promise<boolean> {
  return attempt('The real school was not started', () => call('startRealSchool', { name }));
}

/** Asks main to show the Open dialog and switch to the chosen school file. */
export async function openSchool(): Promise<void> {
  await attempt('The school file was not opened', async () => {
    const outcome = await call('openSchool');
    if (outcome.outcome === 'failed') report('error', `The school file was not opened: ${outcome.message}`);
  }, false);
}

/** Asks main to save a copy of the whole school to a file the user picks. */
export async function saveCopy(): Promise<void> {
  await attempt('The copy was not saved', async () => {
    const outcome = await call('saveCopy');
    if (outcome.outcome === 'done') report('info', `Saved a copy to ${outcome.path}`);
    if (outcome.outcome === 'failed') report('error', `The copy was not saved: ${outcome.message}`);
  }, false);
}

/** Tells main the user has read a notice; main answers with a 'notices' event. */
export async function dismissNotice(id: string): Promise<void> {
  await attempt('The notice was not dismissed', () => call('dismissNotice', id), false);
}

const mutations = { commit, undo, redo, startRealSchool, openSchool, saveCopy, dismissNotice } as const;
export type Mutations = typeof mutations;

/** The mutation functions for components (stable: safe in effect dependency lists). */
export function useMutations(): Mutations {
  return mutations;
}
