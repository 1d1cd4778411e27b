/**
 * Entry of the worker thread that runs long tasks off the main thread, one after another as main
 * sends them. It reports progress and is cancelled by termination, so a task needs no
 * cooperative checks to be stoppable.
 */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { School } from '../../../shared/domain/types';
import { decodeParsed } from '../../../shared/store/document';
import { applySchoolPatch } from '../../../shared/store/school-patch';
import { readImportTask } from '../import/read-import-task';
import { planTask, rolloverTask, warmUpPlanner } from '../planner/plan-task';
import type { MainMessage, TaskInput, WorkerMessage } from './task-protocol';

const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

/** Reads a saved school in chunks (progress by bytes), then parses and validates it. */
function readSchoolFile(file: string): unknown {
  const size = fs.statSync(file).size;
  if (size > 512 * 1024 * 1024) throw new Error(`The file is ${Math.round(size / 1048576)} MB; a school file is never that large.`);
  const fd = fs.openSync(file, 'r');
  const chunks: Buffer[] = [];
  try {
    const chunk = Buffer.alloc(1024 * 1024);
    let read = 0;
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(Buffer.from(chunk.subarray(0, n)));
      read += n;
      post({ type: 'progress', done: read, total: size * 2, message: 'Reading the file' });
    }
  } finally {
    fs.closeSync(fd);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    return { ok: false, kind: 'not-json', message: `The file is not an Advisory Planner school (${(error as Error).message}).` };
  }
  return decodeParsed(raw, (done, total, message) =>
    post({ type: 'progress', done: size + Math.round((size * done) / Math.max(total, 1)), total: size * 2, message }),
  );
}

const progress = (done: number, total: number, message: string): void => post({ type: 'progress', done, total, message });

async function run(input: TaskInput): Promise<unknown> {
  switch (input.kind) {
    case 'read-school-file':
      return readSchoolFile(input.path);
    case 'read-import':
      return readImportTask(input.path, input.request, progress);
    case 'plan-year':
      return planTask(input.school, input.request, input.laterYearIds, progress);
    case 'rollover':
      return rolloverTask(input.school, input.fromYearId, input.toYearId, input.seed, progress);
  }
}

/** The school of the last task, kept so the next one can come as a patch. */
let held: School | null = null;

/** The task a message asks for, with its school (patched from the one held, or as sent). */
function taskOf(message: Exclude<MainMessage, { type: 'hold' }>): TaskInput {
  if (message.type === 'run') {
    if ('school' in message.input) held = message.input.school;
    return message.input;
  }
  if (!held) throw new Error('The worker has no school to bring up to date.');
  held = applySchoolPatch(held, message.patch);
  return { ...message.input, school: held } as TaskInput;
}

/** Warm-up re-plans still to run after 'hold'; a task arriving stops them. */
const WARM_UP_RUNS = 6;
let warmUpLeft = 0;

/** Runs one warm-up re-plan per turn of the event loop, so a task sent meanwhile is taken at the next turn. */
function warmUpStep(): void {
  let more = false;
  if (warmUpLeft > 0 && held) {
    warmUpLeft--;
    try {
      more = warmUpPlanner(held) && warmUpLeft > 0;
    } catch {
      more = false;
    }
  }
  if (more) setImmediate(warmUpStep);
  else {
    warmUpLeft = 0;
    post({ type: 'warmed' });
  }
}

// Main sends one task at a time and waits for its result before it sends the next.
parentPort?.on('message', (message: MainMessage) => {
  if (message.type === 'hold') {
    held = message.school;
    warmUpLeft = WARM_UP_RUNS;
    setImmediate(warmUpStep);
    return;
  }
  warmUpLeft = 0;
  Promise.resolve()
    .then(() => run(taskOf(message)))
    .then(
    (value) => post({ type: 'result', value }),
    (error: unknown) => post({ type: 'error', message: (error as Error)?.message ?? String(error) }),
  );
});
post({ type: 'ready' });
