/**
 * Store benchmark: durable commit latency, open time, snapshot time and memory for a 4,000-student
 * school, on the real disk of this machine (fsync included).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from '../shared/domain/commands';
import type { School, Student } from '../shared/domain/types';
import { SchoolStore } from '../electron/main/store/school-store';
import { scaledSchool } from './instances';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ms = (n: number): string => `${n.toFixed(2)} ms`;

export function runStoreBench(log: (line: string) => void): void {
  const school: School = scaledSchool(4000);
  const enrolled = Object.values(school.students).filter((s) => s.enteredYearId <= school.info.currentYearId);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-bench-'));
  try {
    log(`store: ${enrolled.length} enrolled students (${Object.keys(school.students).length} in all), ${Object.keys(school.staff).length} staff, ` +
      `${Object.values(school.placements).reduce((n, y) => n + Object.keys(y).length, 0)} placements, ${Object.keys(school.marks).length} marks`);
    let t = performance.now();
    const store = SchoolStore.open({ dir, appVersion: 'bench', initial: () => school });
    log(`store: first open (writes snapshot + backup): ${ms(performance.now() - t)}; snapshot ${(fs.statSync(path.join(dir, 'school.json')).size / 1048576).toFixed(1)} MB`);

    const times: number[] = [];
    const commits = 1000;
    for (let i = 0; i < commits; i++) {
      const s = enrolled[i % enrolled.length] as Student;
      const command: Command = { type: 'upsert', collection: 'students', entity: { ...s, preferredName: `P${i}` } };
      const start = performance.now();
      store.commit(command, 'Edit student');
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    log(`store: durable commit (apply + journal append + fsync), ${commits} commits: median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1] ?? NaN)}  [target p95 < 5 ms]`);

    t = performance.now();
    store.snapshot();
    log(`store: snapshot (serialise + atomic write + fsync + backup): ${ms(performance.now() - t)}`);
    for (let i = 0; i < 200; i++) {
      const s = enrolled[i] as Student;
      store.commit({ type: 'upsert', collection: 'students', entity: { ...s, preferredName: `Q${i}` } }, 'Edit student');
    }
    // As after a crash: copy the snapshot and the 200-entry journal aside, then open the copies.
    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-bench-open-'));
      for (const f of ['school.json', 'journal.jsonl']) fs.copyFileSync(path.join(dir, f), path.join(copy, f));
      global.gc?.();
      const before = process.memoryUsage().heapUsed;
      t = performance.now();
      const reopened = SchoolStore.open({ dir: copy, appVersion: 'bench', initial: () => school });
      opens.push(performance.now() - t);
      if (reopened.revision !== store.revision) throw new Error(`reopened at ${reopened.revision}, expected ${store.revision}`);
      if (i === 0) log(`store: heap used by the opened school ≈ ${((process.memoryUsage().heapUsed - before) / 1048576).toFixed(0)} MB (rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB)`);
      reopened.close();
      fs.rmSync(copy, { recursive: true, force: true });
    }
    store.close();
    opens.sort((a, b) => a - b);
    log(`store: open (read + parse + validate + replay 200 changes), 5 runs: median ${ms(percentile(opens, 50))}, max ${ms(opens[opens.length - 1] ?? NaN)}  [target < 300 ms]`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
