/** The four-year plan: years planned in order, each year's result feeding the next year's continuity. */
import type { Placement, School } from '../domain/types';
import { planYear } from './plan-year';
import type { PlanProgress, PlanRequest, PlanResult } from './planner-types';

/** Plans `yearIds` in order, each year's result feeding the next year's continuity (the four-year plan). */
export function planYears(school: School, yearIds: readonly string[], base: Omit<PlanRequest, 'yearId'>, onProgress?: PlanProgress): readonly PlanResult[] {
  const results: PlanResult[] = [];
  let current = school;
  const years = yearIds.length;
  yearIds.forEach((yearId, i) => {
    // Progress: each year gets an equal slice, about 48 calls in all.
    let last = -1;
    const slice: PlanProgress | undefined = onProgress
      ? (done, total, phase) => {
          const step = Math.floor(((i + done / Math.max(1, total)) / years) * 48);
          if (step === last) return;
          last = step;
          onProgress(step, 48, `${yearId}: ${phase}`);
        }
      : undefined;
    const result = planYear(current, { ...base, yearId }, slice);
    results.push(result);
    current = withPlacements(current, yearId, result.placements);
  });
  return results;
}

/** The school with a year's placements replaced by a plan's (locks on unchanged placements kept). */
function withPlacements(school: School, yearId: string, placements: Readonly<Record<string, string>>): School {
  const before = school.placements[yearId] ?? {};
  const next: Record<string, Placement> = {};
  for (const [studentId, groupId] of Object.entries(placements)) {
    const old = before[studentId];
    next[studentId] = old && old.groupId === groupId ? old : { studentId, groupId, locked: false, origin: 'plan' };
  }
  return { ...school, placements: { ...school.placements, [yearId]: next } };
}
