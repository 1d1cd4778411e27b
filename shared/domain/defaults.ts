/** Defaults from the research (product brief) and the empty school a real school starts from. */
import { schoolYearId, schoolYearLabel, schoolYearStart } from './dates';
import type { SchoolYearId } from './ids';
import type { School, SchoolPolicy, SchoolYear } from './types';

export const defaultPolicy: SchoolPolicy = {
  grouping: 'grade-cohort',
  grades: ['09', '10', '11', '12'],
  targetMin: 12,
  targetMax: 15,
  softMin: 10,
  softMax: 18,
  hardMax: 20,
  loopYears: 4,
  coAdvisorsAllowed: true,
};

/** A school year with a typical calendar: late August to mid June, advisory Tue/Thu 30 minutes. */
export function defaultSchoolYear(id: SchoolYearId): SchoolYear {
  const start = schoolYearStart(id);
  return {
    id,
    label: schoolYearLabel(id),
    firstDay: `${start}-08-26`,
    lastDay: `${start + 1}-06-12`,
    holidays: [],
    advisoryPattern: { days: ['tue', 'thu'], minutes: 30 },
  };
}

/** A new, empty school for the year `now` falls in and the three years after it. */
export function emptySchool(name: string, currentYearId: SchoolYearId, createdAt: string, id: string): School {
  const start = schoolYearStart(currentYearId);
  const years: Record<string, SchoolYear> = {};
  for (let i = 0; i < 4; i++) {
    const y = schoolYearId(start + i);
    years[y] = defaultSchoolYear(y);
  }
  return {
    info: { id, name, isDemo: false, createdAt, currentYearId, policy: defaultPolicy },
    years,
    students: {},
    staff: {},
    groups: {},
    placements: {},
    rules: {},
    mappingSessions: {},
    marks: {},
    namedAdults: {},
    mentors: {},
    checkIns: {},
    clubs: {},
    sponsorships: {},
    stipendRules: {},
    recognitions: {},
    scenarios: {},
  };
}
