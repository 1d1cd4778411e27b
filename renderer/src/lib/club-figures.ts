/** Plain figures about clubs and their sponsors in one school year. */
import type { SchoolYearId } from '../../../shared/domain/ids';
import { isEnrolled } from '../../../shared/domain/summary';
import type { School } from '../../../shared/domain/types';

export interface ClubFigures {
  readonly clubs: number;
  readonly sponsors: number;
  readonly appointments: number;
  readonly awaitingApproval: number;
  readonly studentsInAClub: number;
  readonly students: number;
  readonly belowMinimum: number;
  readonly withoutSponsor: number;
}

export function clubFigures(school: School, yearId: SchoolYearId): ClubFigures {
  const appointments = Object.values(school.sponsorships).filter((s) => s.yearId === yearId);
  const sponsoredClubs = new Set(appointments.map((s) => s.clubId));
  const clubs = Object.values(school.clubs);
  const members = new Set<string>();
  let belowMinimum = 0;
  for (const club of clubs) {
    const list = club.members[yearId] ?? [];
    for (const id of list) members.add(id);
    if (list.length < club.minMembers) belowMinimum++;
  }
  const enrolled = Object.values(school.students).filter((s) => isEnrolled(s, yearId));
  return {
    clubs: clubs.length,
    sponsors: new Set(appointments.map((s) => s.staffId)).size,
    appointments: appointments.length,
    awaitingApproval: appointments.filter((s) => !s.boardApprovalDate).length,
    studentsInAClub: enrolled.filter((s) => members.has(s.id)).length,
    students: enrolled.length,
    belowMinimum,
    withoutSponsor: clubs.filter((c) => !sponsoredClubs.has(c.id)).length,
  };
}
