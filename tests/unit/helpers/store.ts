/** Opening stores in temp folders, simulating a second process, and running child-process fixtures. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { SchoolStore, type StoreOptions } from '../../../electron/main/store/school-store';
import type * as storeModule from '../../../electron/main/store/school-store';
import type { Command } from '../../../shared/domain/commands';
import { decodeDocument } from '../../../shared/store/document';
import { SNAPSHOT_FILE } from '../../../electron/main/store/recover';
import { smallSchool } from './school';

export const APP_VERSION = '0.1.0-test';
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

type StoreModule = typeof storeModule;

/** Opens the store in `dir` (small school as the first school) with this process's module instance. */
export function openStore(dir: string, options: Partial<StoreOptions> = {}): SchoolStore {
  return SchoolStore.open({ dir, appVersion: APP_VERSION, initial: smallSchool, ...options });
}

/**
 * A fresh instance of the store modules, as a newly started app would load them. A store left
 * open (not closed) by the old instance then looks like one whose process crashed: its lock file
 * names this pid but no store of the new instance holds it, so the new instance takes it over.
 */
export async function anotherProcess(): Promise<StoreModule> {
  vi.resetModules();
  return import('../../../electron/main/store/school-store');
}

/** Opens `dir` as a freshly started app would after a crash of the previous one. */
export async function reopenAfterCrash(dir: string, options: Partial<StoreOptions> = {}): Promise<SchoolStore> {
  const mod = await anotherProcess();
  return mod.SchoolStore.open({ dir, appVersion: APP_VERSION, initial: smallSchool, ...options }) as unknown as SchoolStore;
}

export function rename(name: string): Command {
  return { type: 'updateInfo', patch: { name } };
}

/** Names in a folder, sorted. */
export function listDir(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** Starts `node --import tsx tests/unit/fixtures/<script> ...args` (one process, so SIGKILL kills it all). */
export function startFixture(script: string, args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(FIXTURES, script), ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface FixtureRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Waits until a child has exited and its output is fully read. */
export function finished(child: ChildProcess): Promise<FixtureRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs a fixture to its end and returns the JSON it printed on its last stdout line. */
export async function runFixtureJson<T>(script: string, args: readonly string[]): Promise<T> {
  const run = await finished(startFixture(script, args));
  const last = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`fixture ${script} printed no JSON (exit ${run.code}): ${run.stdout}\n${run.stderr}`);
  }
}

/** The pid of a process that has already exited (for stale lock files). */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await finished(child);
  return child.pid!;
}

/** Reads and decodes the snapshot in a data folder. */
export function readSnapshot(dir: string): ReturnType<typeof decodeDocument> {
  return decodeDocument(fs.readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8'));
}

/** The revision the snapshot in a data folder is at. */
export function snapshotRevision(dir: string): number {
  const decoded = readSnapshot(dir);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.doc.revision;
}

/** A clock the test moves forward by hand. */
export function clock(startIso: string): { now: () => Date; advance: (ms: number) => void } {
  let t = Date.parse(startIso);
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

export const HOUR = 3_600_000;
