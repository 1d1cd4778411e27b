/** Counts hard-constraint violations of an assignment, from scratch (the planner's own check). */
import type { Instance } from './instance-types';

/**
 * One per student over a group's seats, per moved lock, per student outside the grade policy or a
 * hard staff rule, per hard keep-apart pair sharing a group, per hard keep-together split.
 * Unplaced students are reported as unplaced, not counted here.
 */
export function countHardViolations(inst: Instance, groupOf: Int32Array): number {
  let violations = 0;
  const size = new Int32Array(inst.g);
  const current = inst.school.placements[inst.yearId] ?? {};
  for (let s = 0; s < inst.n; s++) {
    const g = groupOf[s] as number;
    const student = inst.students[s];
    const lock = student ? current[student.id] : undefined;
    if (lock?.locked && (inst.currentGroup[s] as number) >= 0 && g !== inst.currentGroup[s]) violations++;
    if (g < 0) continue;
    size[g] = (size[g] as number) + 1;
    if (!inst.studentDomainMask[s]?.[g]) violations++;
  }
  for (let g = 0; g < inst.g; g++) violations += Math.max(0, (size[g] as number) - (inst.cap[g] as number));
  for (const rule of inst.hardRules) {
    const m = rule.members;
    if (rule.kind === 'keep-apart') {
      for (let i = 0; i < m.length; i++) {
        const gi = groupOf[m[i] as number] as number;
        if (gi < 0) continue;
        for (let j = i + 1; j < m.length; j++) if (groupOf[m[j] as number] === gi) violations++;
      }
    } else if (rule.kind === 'keep-together') {
      const placed = [...m].map((s) => groupOf[s] as number).filter((g) => g >= 0);
      if (new Set(placed).size > 1) violations++;
    }
  }
  return violations;
}
