/** Advisory groups, advisors per year and placements of the generated demo school. */
import { schoolYearId } from '../domain/dates';
import type { AdvisoryGroup, Placement, Staff, Student } from '../domain/types';
import { DEMO_CURRENT_YEAR, DEMO_YEARS } from './demo-people';
import type { Random } from './random';

const PREVIOUS_YEAR = '2025-26';

export interface DemoAdvisories {
  readonly groups: AdvisoryGroup[];
  readonly placements: Record<string, Record<string, Placement>>;
  /** Staff availability to set: who leaves after this year, who is on leave next year. */
  readonly availability: Record<string, Record<string, Staff['availability'][string]>>;
}

function yearIndex(id: string): number {
  return DEMO_YEARS.indexOf(id as (typeof DEMO_YEARS)[number]);
}

/** Builds grade-level cohort groups (about 16 students each) that loop with their class. */
export function demoAdvisories(r: Random, students: readonly Student[], staff: readonly Staff[]): DemoAdvisories {
  const enrolledNow = students.filter((s) => s.enteredYearId <= DEMO_CURRENT_YEAR);
  const leads = r.shuffle(staff.filter((s) => s.role !== 'coach'));
  const coPool = staff.filter((s) => s.role === 'support-staff' || s.role === 'counselor');
  const groups: AdvisoryGroup[] = [];
  const placements: Record<string, Record<string, Placement>> = { [PREVIOUS_YEAR]: {}, [DEMO_CURRENT_YEAR]: {} };
  const availability: DemoAdvisories['availability'] = {};
  let leadIndex = 0;

  // Seniors first (class of 2027), then down to this year's 9th graders (class of 2030).
  for (const classOf of [2027, 2028, 2029, 2030]) {
    const cohort = r.shuffle(enrolledNow.filter((s) => s.classOf === classOf));
    const count = Math.max(1, Math.round(cohort.length / 16));
    const firstYear = classOf === 2030 ? DEMO_CURRENT_YEAR : PREVIOUS_YEAR;
    // Each class's groups loop until it graduates (the class of 2030 in 2029–30, after the demo's last year).
    const lastYear = schoolYearId(classOf - 1);
    const classGroups: AdvisoryGroup[] = [];
    for (let g = 0; g < count; g++) {
      const lead = leads[leadIndex++ % leads.length] as Staff;
      const coCandidate = r.chance(0.15) ? r.pick(coPool) : null;
      const co = coCandidate && coCandidate.id !== lead.id ? coCandidate.id : null;
      const advisors: Record<string, { lead: string | null; co: string | null }> = {};
      for (const year of DEMO_YEARS) {
        const i = yearIndex(year);
        if (i < yearIndex(firstYear) || year > lastYear) continue;
        advisors[year] = { lead: lead.id, co };
      }
      // A few groups changed advisor between last year and this year: continuity was broken.
      if (advisors[PREVIOUS_YEAR] && r.chance(0.08)) {
        advisors[PREVIOUS_YEAR] = { lead: (leads[(leadIndex + 37) % leads.length] as Staff).id, co: null };
      }
      classGroups.push({
        id: `G${classOf}-${String(g + 1).padStart(2, '0')}`,
        name: `${lead.lastName} advisory, class of ${classOf}`,
        room: String(100 + groups.length + classGroups.length),
        targetSize: 15,
        classOf,
        advisors,
        firstYearId: firstYear,
        lastYearId: lastYear,
      });
    }
    cohort.forEach((student, i) => {
      const group = classGroups[i % classGroups.length] as AdvisoryGroup;
      (placements[DEMO_CURRENT_YEAR] as Record<string, Placement>)[student.id] = {
        studentId: student.id,
        groupId: group.id,
        locked: false,
        origin: 'import',
      };
      if (student.enteredYearId <= PREVIOUS_YEAR && classOf !== 2030) {
        // Most students stayed in the same group; some were moved this year.
        const previous = r.chance(0.9) ? group : r.pick(classGroups);
        (placements[PREVIOUS_YEAR] as Record<string, Placement>)[student.id] = {
          studentId: student.id,
          groupId: previous.id,
          locked: false,
          origin: 'import',
        };
      }
    });
    groups.push(...classGroups);
  }

  // Four advisors of continuing groups leave after this year; two are on leave next year.
  const continuing = groups.filter((g) => g.advisors['2027-28']);
  const leaving = r.shuffle(continuing).slice(0, 6);
  leaving.forEach((group, i) => {
    const staffId = group.advisors[DEMO_CURRENT_YEAR]?.lead;
    if (!staffId) return;
    const mark: Record<string, 'leaving' | 'on-leave'> = i < 4 ? { [DEMO_CURRENT_YEAR]: 'leaving' } : { '2027-28': 'on-leave' };
    availability[staffId] = { ...availability[staffId], ...mark };
    const advisors = { ...group.advisors };
    for (const year of DEMO_YEARS.slice(yearIndex('2027-28'))) {
      if (i >= 4 && year !== '2027-28') continue;
      const entry = advisors[year];
      if (entry) advisors[year] = { ...entry, lead: null };
    }
    groups[groups.indexOf(group)] = { ...group, advisors };
  });
  return { groups, placements, availability };
}
