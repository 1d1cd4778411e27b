/**
 * The worker-thread task pattern, against the built worker (out/main/task-worker.js): progress is
 * reported, a result comes back, and cancel stops the work and says so.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TaskCancelled, TaskPool } from '../../electron/main/tasks/task-runner';
import type { TaskProgress } from '../../shared/ipc/types';
import type { Decoded } from '../../shared/store/document';
import { encodeDocument } from '../../shared/store/document';
import { generateDemoSchool } from '../../shared/demo/demo-school';
import { applyCommand } from '../../shared/domain/reducer';
import { planTask, warmUpPlanner } from '../../electron/main/planner/plan-task';
import { emptySchool } from '../../shared/domain/defaults';
import type { PlanTaskResult } from '../../electron/main/planner/planner-service';

const workerFile = path.resolve(__dirname, '../../out/main/task-worker.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-task-'));
// One pool for the first tests, as the app has one.
const shared = new TaskPool(workerFile);
afterAll(() => {
  shared.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function writeSchool(name: string, school = generateDemoSchool()): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, encodeDocument(school, 7, '2026-11-23T12:00:00.000Z', 'test'));
  return file;
}

describe('worker tasks', () => {
  it('reads and validates a school off the main thread, with progress up to done', async () => {
    const file = writeSchool('school.json');
    const events: TaskProgress[] = [];
    const task = shared.start<Decoded>('Opening school.json', { kind: 'read-school-file', path: file }, (p) => events.push(p));
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
    const task = shared.start<Decoded>('Opening roster.csv', { kind: 'read-school-file', path: file }, () => undefined);
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
    const task = shared.start<Decoded>('Opening large.json', { kind: 'read-school-file', path: file }, (p) => {
      events.push(p);
      sawProgress();
    });
    await firstProgress;
    task.cancel();
    await expect(task.result).rejects.toBeInstanceOf(TaskCancelled);
    expect(events.at(-1)?.phase).toBe('cancelled');
  });
});

describe('the task pool (one worker kept warm between tasks)', () => {
  it('runs tasks one after another on the waiting worker, and after a failure or a cancel starts afresh', async () => {
    const pool = new TaskPool(workerFile);
    pool.warm();
    try {
      const file = writeSchool('pool.json');
      for (let i = 0; i < 3; i++) {
        const decoded = await pool.start<Decoded>('Opening pool.json', { kind: 'read-school-file', path: file }, () => undefined).result;
        expect(decoded.ok).toBe(true);
      }
      // A task that fails reports its message; the worker stays usable.
      const missing = pool.start<Decoded>('Opening missing.json', { kind: 'read-school-file', path: path.join(dir, 'missing.json') }, () => undefined);
      await expect(missing.result).rejects.toThrow(/missing\.json/);
      expect((await pool.start<Decoded>('Opening pool.json', { kind: 'read-school-file', path: file }, () => undefined).result).ok).toBe(true);
      // A cancelled task takes its worker with it; the next task gets a new one.
      const cancelled = pool.start<Decoded>('Opening pool.json', { kind: 'read-school-file', path: file }, () => undefined);
      cancelled.cancel();
      await expect(cancelled.result).rejects.toBeInstanceOf(TaskCancelled);
      const after = await pool.start<Decoded>('Opening pool.json', { kind: 'read-school-file', path: file }, () => undefined).result;
      expect(after.ok && Object.keys(after.doc.school.students).length).toBe(Object.keys(generateDemoSchool().students).length);
    } finally {
      pool.close();
    }
  });
});

describe('the task pool sends a changed school as a patch', () => {
  it('a re-plan after a hand move, on the worker’s patched copy, equals the same re-plan in this thread', async () => {
    const pool = new TaskPool(workerFile);
    try {
      const school = generateDemoSchool();
      const year = school.info.currentYearId;
      const request = { yearId: year, mode: 'replan' as const, seed: 3, iterations: 2_000 };
      const first = await pool.start<PlanTaskResult>('Planning', { kind: 'plan-year', school, request, laterYearIds: [] }, () => undefined).result;
      expect(first.result?.placements).toEqual(planTask(school, request, [], () => undefined).result?.placements);
      // Move a student by hand: the pool now sends only that change (the worker holds the school above).
      const p = Object.values(school.placements[year] ?? {}).find((x) => !x.locked)!;
      const to = Object.values(school.groups).find((g) => g.advisors[year] && g.id !== p.groupId && g.classOf === school.groups[p.groupId]?.classOf)!;
      const moved = applyCommand(school, { type: 'setPlacement', yearId: year, studentId: p.studentId, placement: { ...p, groupId: to.id, origin: 'hand', locked: true } }).school;
      const second = await pool.start<PlanTaskResult>('Planning', { kind: 'plan-year', school: moved, request, laterYearIds: [] }, () => undefined).result;
      const here = planTask(moved, request, [], () => undefined).result;
      expect(second.result?.placements).toEqual(here?.placements);
      expect(second.result?.placements[p.studentId]).toBe(to.id);
    } finally {
      pool.close();
    }
  });
});

describe('a pool warmed with the school', () => {
  it('keeps a copy in the worker, so the first plan after a change is sent as a patch and equals the plan in this thread', async () => {
    const pool = new TaskPool(workerFile);
    try {
      const school = generateDemoSchool();
      const year = school.info.currentYearId;
      await pool.warm(school);
      const p = Object.values(school.placements[year] ?? {}).find((x) => !x.locked)!;
      const to = Object.values(school.groups).find((g) => g.advisors[year] && g.id !== p.groupId && g.classOf === school.groups[p.groupId]?.classOf)!;
      const moved = applyCommand(school, { type: 'setPlacement', yearId: year, studentId: p.studentId, placement: { ...p, groupId: to.id, origin: 'hand', locked: true } }).school;
      const request = { yearId: year, mode: 'replan' as const, seed: 5, iterations: 2_000 };
      const there = await pool.start<PlanTaskResult>('Planning', { kind: 'plan-year', school: moved, request, laterYearIds: [] }, () => undefined).result;
      expect(there.result?.placements).toEqual(planTask(moved, request, [], () => undefined).result?.placements);
      expect(there.result?.placements[p.studentId]).toBe(to.id);
    } finally {
      pool.close();
    }
  });

  it('a task sent while the worker warms the planner up is taken at once and gets its own result', async () => {
    const pool = new TaskPool(workerFile);
    try {
      const school = generateDemoSchool();
      const year = school.info.currentYearId;
      const warming = pool.warm(school);
      const request = { yearId: year, mode: 'replan' as const, seed: 7, iterations: 2_000 };
      const there = await pool.start<PlanTaskResult>('Planning', { kind: 'plan-year', school, request, laterYearIds: [] }, () => undefined).result;
      expect(there.result?.placements).toEqual(planTask(school, request, [], () => undefined).result?.placements);
      await warming;
    } finally {
      pool.close();
    }
  });

  it('warms up on the latest year that has placements, and skips a school with none', () => {
    expect(warmUpPlanner(emptySchool('New school', '2026-27', '2026-08-01T00:00:00.000Z', 'school-1'))).toBe(false);
    expect(warmUpPlanner(generateDemoSchool())).toBe(true);
  });
});
