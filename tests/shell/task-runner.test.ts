/**
 * The worker-thread task pattern, against the built worker (out/main/task-worker.js): progress is
 * reported, a result comes back, and cancel stops the work and says so.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTask, TaskCancelled } from '../../electron/main/tasks/task-runner';
import type { TaskProgress } from '../../shared/ipc/types';
import type { Decoded } from '../../shared/store/document';
import { encodeDocument } from '../../shared/store/document';
import { generateDemoSchool } from '../../shared/demo/demo-school';

const workerFile = path.resolve(__dirname, '../../out/main/task-worker.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-task-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeSchool(name: string, school = generateDemoSchool()): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, encodeDocument(school, 7, '2026-11-23T12:00:00.000Z', 'test'));
  return file;
}

describe('worker tasks', () => {
  it('reads and validates a school off the main thread, with progress up to done', async () => {
    const file = writeSchool('school.json');
    const events: TaskProgress[] = [];
    const task = startTask<Decoded>(workerFile, 'Opening school.json', { kind: 'read-school-file', path: file }, (p) => events.push(p));
    const decoded = await task.result;
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.doc.revision).toBe(7);
      expect(Object.keys(decoded.doc.school.students)).toHaveLength(Object.keys(generateDemoSchool().students).length);
    }
    expect(events[0]?.phase).toBe('running');
    expect(events.at(-1)).toMatchObject({ phase: 'done', title: 'Opening school.json' });
  });

  it('reports a file that is not a school as a decode failure, not a crash', async () => {
    const file = path.join(dir, 'roster.csv');
    fs.writeFileSync(file, 'id,name\n001,Ana\n');
    const task = startTask<Decoded>(workerFile, 'Opening roster.csv', { kind: 'read-school-file', path: file }, () => undefined);
    const decoded = await task.result;
    expect(decoded).toMatchObject({ ok: false, kind: 'not-json' });
  });

  it('cancel stops the worker: the result rejects with TaskCancelled and the last event says cancelled', async () => {
    // A large school (20 copies of the demo's students) so the read is still running when cancelled.
    const base = generateDemoSchool();
    const students = { ...base.students };
    for (let copy = 1; copy <= 20; copy++) for (const s of Object.values(base.students)) students[`${s.id}-${copy}`] = { ...s, id: `${s.id}-${copy}` };
    const file = writeSchool('large.json', { ...base, students });
    const events: TaskProgress[] = [];
    let sawProgress: () => void = () => undefined;
    const firstProgress = new Promise<void>((resolve) => (sawProgress = resolve));
    const task = startTask<Decoded>(workerFile, 'Opening large.json', { kind: 'read-school-file', path: file }, (p) => {
      events.push(p);
      sawProgress();
    });
    await firstProgress;
    task.cancel();
    await expect(task.result).rejects.toBeInstanceOf(TaskCancelled);
    expect(events.at(-1)?.phase).toBe('cancelled');
  });
});
