/**
 * Re-plan in the app: what a scheduler waits for after moving one student by hand on a planned
 * 4,000×250 school — the same AppService, store and task worker as Electron's main (the built
 * out/main/task-worker.js; run `npm run build` first), from asking for the re-plan to the
 * preview. The worker is warmed first with the school, as the app does when its window opens: it
 * keeps a copy and runs a few throwaway re-plans so the planner's code is compiled (the time that
 * takes is printed; a re-plan asked for meanwhile waits for one of them at most).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import type { Placement, School } from '../shared/domain/types';
import { planYear } from '../shared/planner';
import { AppService } from '../electron/main/app-service';
import { preferenceOptions, type PreferencesShape, type PreferenceStore } from '../electron/main/preferences';
import { SchoolStore } from '../electron/main/store/school-store';
import { PLAN_YEARS, plannerSchool } from './planner-instances';

const YEAR = PLAN_YEARS[0];
const RUNS = 6;
const workerFile = path.resolve(__dirname, '../out/main/task-worker.js');

function plannedSchool(grouping: 'grade-cohort' | 'vertical'): School {
  const school = plannerSchool({ students: 4000, groups: 250, grouping, seed: 7 });
  const result = planYear(school, { yearId: YEAR, seed: 1, mode: 'fresh' });
  const current = school.placements[YEAR] ?? {};
  const placements: Record<string, Placement> = {};
  for (const [id, groupId] of Object.entries(result.placements)) placements[id] = current[id] ?? { studentId: id, groupId, locked: false, origin: 'plan' };
  return { ...school, placements: { ...school.placements, [YEAR]: placements } };
}

/** Prints the in-app re-plan figures for both groupings. */
export async function runAppReplanBench(log: (line: string) => void): Promise<void> {
  if (!fs.existsSync(workerFile)) {
    log('re-plan in the app: skipped — out/main/task-worker.js is missing (run npm run build first)');
    return;
  }
  for (const grouping of ['grade-cohort', 'vertical'] as const) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-replan-bench-'));
    const school = plannedSchool(grouping);
    const store = SchoolStore.open({ dir: path.join(dir, 'school'), appVersion: 'bench', initial: () => school });
    const prefs = new Conf<PreferencesShape>({ cwd: dir, ...preferenceOptions }) as unknown as PreferenceStore;
    const service = new AppService({ store, prefs, workerFile, emit: () => undefined, dialogs: { chooseSchoolToOpen: async () => null, chooseCopyTarget: async () => null, chooseImportSource: async () => null } });
    try {
      const w0 = performance.now();
      await service.warmWorker();
      const warmMs = performance.now() - w0;
      const placements = Object.values(school.placements[YEAR] ?? {}).filter((p) => !p.locked);
      const groups = [...new Set(placements.map((p) => p.groupId))];
      const times: number[] = [];
      let moved = 0;
      for (let i = 0; i < RUNS; i++) {
        // One hand move (a different student each time), then the re-plan.
        const p = placements[i * 97] as Placement;
        const to = groups.find((g) => g !== p.groupId && school.groups[g]?.classOf === school.groups[p.groupId]?.classOf) as string;
        service.commit({ type: 'setPlacement', yearId: YEAR, studentId: p.studentId, placement: { ...p, groupId: to, origin: 'hand' } }, 'Move');
        const t0 = performance.now();
        const outcome = await service.plannerRun({ yearId: YEAR, mode: 'replan', seed: 1, span: 'year' });
        times.push(performance.now() - t0);
        if (outcome.outcome !== 'preview') throw new Error(`re-plan did not give a preview: ${outcome.outcome}`);
        moved = Math.max(moved, outcome.preview.changed);
      }
      const sorted = [...times].sort((a, b) => a - b);
      log(
        `  re-plan in the app, 4000×250 ${grouping}, after one hand move (request → preview, warm task worker): first ${(times[0] as number).toFixed(0)} ms, median ${(sorted[Math.floor(RUNS / 2)] as number).toFixed(0)} ms, max ${(sorted[RUNS - 1] as number).toFixed(0)} ms over ${RUNS} (target < 100 ms: ${(sorted[RUNS - 1] as number) < 100 ? 'met' : 'MISSED'}); at most ${moved} placements changed; the worker's start and warm-up took ${warmMs.toFixed(0)} ms when the window opened`,
      );
    } finally {
      service.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}
