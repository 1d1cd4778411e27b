/**
 * kill -9 loop: a child process commits as fast as it can (snapshotting every 20 changes) and is
 * killed with SIGKILL at a random moment; reopening the same folder must show every change the
 * child acknowledged. Each round continues on the folder the previous kill left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SchoolStore } from '../../electron/main/store/school-store';
import { createRandom } from '../../shared/demo/random';
import { generateDemoSchool } from '../../shared/demo/demo-school';
import { APP_VERSION, finished, startFixture } from './helpers/store';
import { useTempDirs } from './helpers/tmp';

const tempDir = useTempDirs();
const ROUNDS = 20;
const SNAPSHOT_EVERY = 20;
const SEED = 20261123;

const studentId = (n: number): string => `C${String(n).padStart(5, '0')}`;

interface Round {
  readonly acks: number[];
  readonly snapshots: number;
  /** True when the kill landed between `SNAPSHOT` and `SNAPPED`. */
  readonly killedInSnapshot: boolean;
}

/** Runs the writer until `delayMs` after it opened the store, then kills it with SIGKILL. */
async function killRound(dir: string, delayMs: number): Promise<Round> {
  const child = startFixture('crash-writer.ts', [dir, String(SNAPSHOT_EVERY)]);
  const done = finished(child);
  let timer: NodeJS.Timeout | undefined;
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer | string) => {
    buffer += String(chunk);
    if (timer === undefined && buffer.includes('OPEN ')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  });
  const run = await done;
  clearTimeout(timer);
  if (run.signal !== 'SIGKILL') throw new Error(`the writer stopped by itself (exit ${run.code}): ${run.stderr}`);
  const lines = run.stdout.split('\n');
  const acks = lines.filter((l) => l.startsWith('ACK ')).map((l) => {
    const [, revision, n] = l.split(' ');
    expect(revision).toBe(n);
    return Number(revision);
  });
  const started = lines.filter((l) => l.startsWith('SNAPSHOT ')).length;
  const snapped = lines.filter((l) => l.startsWith('SNAPPED ')).length;
  return { acks, snapshots: snapped, killedInSnapshot: started > snapped };
}

describe('SchoolStore survives kill -9', () => {
  it(`every acknowledged change is there after ${ROUNDS} random SIGKILLs`, async () => {
    const dir = path.join(tempDir(), 'data');
    const random = createRandom(SEED);
    const demoStudents = Object.keys(generateDemoSchool().students).length;
    let lastAck = 0;
    let lastRevision = 0;
    let snapshots = 0;
    let killedInSnapshot = 0;
    const allowedWarnings = new Set(['An unfinished change was dropped']);

    for (let round = 1; round <= ROUNDS; round++) {
      const result = await killRound(dir, random.int(3, 300));
      snapshots += result.snapshots;
      if (result.killedInSnapshot) killedInSnapshot++;
      lastAck = Math.max(lastAck, ...result.acks);

      // The dead writer's lock is still in the folder; taking it over is the store's job.
      const store = SchoolStore.open({ dir, appVersion: APP_VERSION, initial: () => generateDemoSchool() });
      try {
        const { revision, school } = store;
        const context = `round ${round}, last ACK ${lastAck}, revision ${revision}`;
        expect(revision, context).toBeGreaterThanOrEqual(lastAck);
        expect(revision, context).toBeGreaterThanOrEqual(lastRevision);
        if (revision > 0) expect(school.info.name, context).toBe(`School ${revision}`);
        const missing: number[] = [];
        for (let n = 1; n <= revision; n++) if (school.students[studentId(n)]?.lastName !== `Test ${n}`) missing.push(n);
        expect(missing, context).toEqual([]);
        expect(school.students[studentId(revision + 1)], context).toBeUndefined();
        expect(Object.keys(school.students).length, context).toBe(demoStudents + revision);
        const bad = store.notices.filter((n) => n.level === 'error' || (n.level === 'warning' && !allowedWarnings.has(n.title)));
        expect(bad, context).toEqual([]);
        expect(fs.readdirSync(dir).filter((n) => n.includes('.tmp-') || n.includes('.corrupt-')), context).toEqual([]);
        lastRevision = revision;
      } finally {
        store.close();
      }
    }
    expect(lastAck).toBeGreaterThan(ROUNDS);
    expect(snapshots).toBeGreaterThan(0);
    console.info(`kill -9 loop: ${ROUNDS} kills, ${lastRevision} changes, ${snapshots} snapshots, ${killedInSnapshot} kills during a snapshot`);
  }, 120_000);
});
