/**
 * Relationship-map coverage: which students no adult has marked as having a positive, trusting
 * relationship with. Counts only the mapping sessions of the viewed year, like summarize().
 * (Kept here until shared/domain/summary.ts grows the same figure.)
 */
import type { SchoolYearId } from '../../../shared/domain/ids';
import { isEnrolled } from '../../../shared/domain/summary';
import type { School } from '../../../shared/domain/types';

export interface MarkCoverage {
  /** Mapping sessions held in the year; with none, "no mark" says nothing about the students. */
  readonly sessions: number;
  readonly students: number;
  readonly withPositiveMark: number;
  readonly withoutPositiveMark: number;
  readonly positiveMarks: number;
  readonly couldBuildMarks: number;
}

/** Counts positive marks per enrolled student in the year's mapping sessions. */
export function markCoverage(school: School, yearId: SchoolYearId): MarkCoverage {
  const sessionIds = new Set(Object.values(school.mappingSessions).filter((s) => s.yearId === yearId).map((s) => s.id));
  const marked = new Set<string>();
  let positiveMarks = 0;
  let couldBuildMarks = 0;
  for (const mark of Object.values(school.marks)) {
    if (!sessionIds.has(mark.sessionId)) continue;
    if (mark.kind === 'positive') {
      positiveMarks++;
      marked.add(mark.studentId);
    } else {
      couldBuildMarks++;
    }
  }
  const enrolled = Object.values(school.students).filter((s) => isEnrolled(s, yearId));
  const withPositiveMark = enrolled.filter((s) => marked.has(s.id)).length;
  return {
    sessions: sessionIds.size,
    students: enrolled.length,
    withPositiveMark,
    withoutPositiveMark: enrolled.length - withPositiveMark,
    positiveMarks,
    couldBuildMarks,
  };
}
