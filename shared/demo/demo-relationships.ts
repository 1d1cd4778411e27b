/** The relationship map of the demo school: a fall mapping session, survey names, mentors. */
import { addDaysIso } from '../domain/dates';
import type { AdvisoryGroup, CheckIn, MappingSession, MentorAssignment, NamedAdult, Placement, RelationshipMark, Staff, Student } from '../domain/types';
import { DEMO_CURRENT_YEAR } from './demo-people';
import type { Random } from './random';

export interface DemoRelationships {
  readonly mappingSessions: MappingSession[];
  readonly marks: RelationshipMark[];
  readonly namedAdults: NamedAdult[];
  readonly mentors: MentorAssignment[];
  readonly checkIns: CheckIn[];
}

/**
 * About 45% of students get a positive mark (the research reports 40–60% with a positive adult
 * relationship), so many students have 0 marks, as a real map does.
 */
export function demoRelationships(
  r: Random,
  students: readonly Student[],
  staff: readonly Staff[],
  groups: readonly AdvisoryGroup[],
  placements: Readonly<Record<string, Placement>>,
): DemoRelationships {
  const session: MappingSession = { id: 'MS-2026-fall', name: 'Fall 2026 relationship mapping', date: '2026-10-14', yearId: DEMO_CURRENT_YEAR };
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const marks: RelationshipMark[] = [];
  const namedAdults: NamedAdult[] = [];
  const unconnected: Student[] = [];
  const enrolled = students.filter((s) => s.enteredYearId <= DEMO_CURRENT_YEAR);
  for (const student of enrolled) {
    const advisor = groupById.get(placements[student.id]?.groupId ?? '')?.advisors[DEMO_CURRENT_YEAR]?.lead ?? null;
    const markers = new Set<string>();
    if (r.chance(0.45)) {
      const count = r.int(1, 3);
      for (let i = 0; i < count; i++) markers.add(advisor && i === 0 && r.chance(0.6) ? advisor : r.pick(staff).id);
    }
    for (const staffId of markers) {
      marks.push({ id: `M${marks.length + 1}`, staffId, studentId: student.id, kind: 'positive', date: session.date, sessionId: session.id });
    }
    if (r.chance(0.15)) {
      marks.push({ id: `M${marks.length + 1}`, staffId: r.pick(staff).id, studentId: student.id, kind: 'could-build', date: session.date, sessionId: session.id });
    }
    if (r.chance(0.3)) {
      namedAdults.push({ id: `N${namedAdults.length + 1}`, studentId: student.id, staffId: r.pick(staff).id, yearId: DEMO_CURRENT_YEAR, source: 'survey' });
    }
    if (markers.size === 0) unconnected.push(student);
  }
  const mentors: MentorAssignment[] = [];
  const checkIns: CheckIn[] = [];
  const volunteers = r.shuffle(staff.filter((s) => s.role !== 'coach')).slice(0, 12);
  for (const student of r.shuffle(unconnected).slice(0, 24)) {
    const assignedOn = addDaysIso(session.date, r.int(2, 9));
    const id = `MA${mentors.length + 1}`;
    mentors.push({ id, studentId: student.id, staffId: r.pick(volunteers).id, yearId: DEMO_CURRENT_YEAR, reason: 'No connected adult in the fall mapping', assignedOn });
    const fourWeeks = addDaysIso(assignedOn, 28);
    checkIns.push({ id: `C${checkIns.length + 1}`, mentorAssignmentId: id, kind: '4-weeks', dueOn: fourWeeks, ...(fourWeeks <= '2026-11-20' ? { doneOn: fourWeeks } : {}), note: '' });
    checkIns.push({ id: `C${checkIns.length + 1}`, mentorAssignmentId: id, kind: '2-months', dueOn: addDaysIso(assignedOn, 61), note: '' });
  }
  return { mappingSessions: [session], marks, namedAdults, mentors, checkIns };
}
