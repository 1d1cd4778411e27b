/** Mentoring figures for one school year: volunteer mentors, their check-ins, adults students named. */
import type { SchoolYearId } from '../../../shared/domain/ids';
import type { MappingSession, School } from '../../../shared/domain/types';

export interface RelationshipFigures {
  readonly sessions: readonly MappingSession[];
  readonly activeMentors: number;
  readonly checkIns: number;
  readonly checkInsOpen: number;
  readonly namedAdults: number;
}

export function relationshipFigures(school: School, yearId: SchoolYearId): RelationshipFigures {
  const sessions = Object.values(school.mappingSessions)
    .filter((s) => s.yearId === yearId)
    .sort((a, b) => a.date.localeCompare(b.date));
  const mentors = Object.values(school.mentors).filter((m) => m.yearId === yearId);
  const mentorIds = new Set(mentors.map((m) => m.id));
  const checkIns = Object.values(school.checkIns).filter((c) => mentorIds.has(c.mentorAssignmentId));
  return {
    sessions,
    activeMentors: mentors.filter((m) => !m.endedOn).length,
    checkIns: checkIns.length,
    checkInsOpen: checkIns.filter((c) => !c.doneOn).length,
    namedAdults: Object.values(school.namedAdults).filter((n) => n.yearId === yearId).length,
  };
}
