/** Benchmark instances: the demo school scaled to a given number of enrolled students. */
import { generateDemoSchool } from '../shared/demo/demo-school';
import { gradeInYear } from '../shared/domain/dates';
import type { Placement, School, Student } from '../shared/domain/types';

/** The demo school with its enrolled students copied until there are `students` of them (4,000 by default). */
export function scaledSchool(students = 4000, seed = 1): School {
  const base = generateDemoSchool(seed);
  const current = base.info.currentYearId;
  const enrolled = Object.values(base.students).filter((s) => s.enteredYearId <= current);
  const out: Record<string, Student> = { ...base.students };
  const placements: Record<string, Record<string, Placement>> = {};
  for (const [year, byStudent] of Object.entries(base.placements)) placements[year] = { ...byStudent };
  let count = enrolled.length;
  for (let copy = 1; count < students; copy++) {
    for (const s of enrolled) {
      if (count >= students) break;
      const id = `${s.id}-${copy}`;
      out[id] = { ...s, id };
      count++;
      for (const [year, byStudent] of Object.entries(base.placements)) {
        const p = byStudent[s.id];
        if (p) (placements[year] as Record<string, Placement>)[id] = { ...p, studentId: id };
      }
    }
  }
  // A full four-year plan: continuing students keep their group in the planned years.
  const years = Object.keys(base.years).sort();
  const currentPlacements = placements[current] ?? {};
  for (const year of years.filter((y) => y > current)) {
    const planned: Record<string, Placement> = {};
    for (const [id, p] of Object.entries(currentPlacements)) {
      const student = out[id];
      const group = base.groups[p.groupId];
      if (student && group?.advisors[year] && gradeInYear(student.classOf, year) !== null) planned[id] = { ...p, origin: 'plan' };
    }
    placements[year] = planned;
  }
  return { ...base, students: out, placements };
}
