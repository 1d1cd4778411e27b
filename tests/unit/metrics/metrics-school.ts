/**
 * A hand-made school for the metrics tests, small enough to work every number out by hand.
 *
 * Policy: target 3–3, soft band 3–4, hard max 4. Years 2025-26 (previous) and 2026-27 (YEAR).
 * Groups: G1 lead T1 (Okafor) both years; G2 lead T2 then T3; G3 opens in 2026-27 (lead T4, co T6);
 * G4 only in 2025-26; G5 opens in 2026-27 with nobody placed.
 *   2025-26: G1 S1 S2 S3 S8 · G2 S4 S5 · G4 S6 S7 · (S11, who left after 2025-26, in G1)
 *   2026-27: G1 S1 S2 S8 S9 S10 · G2 S3 S4 S5 · G3 S6 S7 · S12 not placed · (S11's stale row in G1)
 */
import { defaultSchoolYear } from '../../../shared/domain/defaults';
import type { Placement, School } from '../../../shared/domain/types';
import { group, placement, smallSchool, staff, student, YEAR } from '../helpers/school';

export const PREV = '2025-26';
export { YEAR };

const male = { gender: 'male' } as const;

function placed(entries: readonly (readonly [string, string])[]): Record<string, Placement> {
  return Object.fromEntries(entries.map(([s, g]) => [s, placement(s, g)]));
}

/** The metrics school described above. */
export function metricsSchool(): School {
  const base = smallSchool();
  const students = [
    student('S1', { firstName: 'Ana', lastName: 'Rivera' }),
    student('S2', { firstName: 'Ben', lastName: 'Carter' }),
    student('S3'),
    student('S4', { ...male, flags: { economicallyDisadvantaged: true, iep504: false, englishLearner: false } }),
    student('S5', { ...male, flags: { economicallyDisadvantaged: true, iep504: false, englishLearner: false } }),
    student('S6'),
    student('S7', { ...male, flags: { economicallyDisadvantaged: false, iep504: false, englishLearner: true } }),
    student('S8', male),
    student('S9', male),
    student('S10', male),
    student('S11', { ...male, left: { afterYearId: PREV, reason: 'transferred' } }),
    student('S12', { ...male, enteredYearId: YEAR }),
  ];
  const people = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T9'].map((id) => staff(id, id === 'T1' ? { firstName: 'Dana', lastName: 'Okafor' } : {}));
  const both = (lead: string) => ({ [PREV]: { lead, co: null }, [YEAR]: { lead, co: null } });
  return {
    ...base,
    info: { ...base.info, policy: { ...base.info.policy, targetMin: 3, targetMax: 3, softMin: 3, softMax: 4, hardMax: 4 } },
    years: { ...base.years, [PREV]: defaultSchoolYear(PREV) },
    students: Object.fromEntries(students.map((s) => [s.id, s])),
    staff: Object.fromEntries(people.map((s) => [s.id, s])),
    groups: {
      G1: group('G1', 'T1', { advisors: both('T1'), firstYearId: PREV }),
      G2: group('G2', 'T2', { advisors: { [PREV]: { lead: 'T2', co: null }, [YEAR]: { lead: 'T3', co: null } }, firstYearId: PREV }),
      G3: group('G3', 'T4', { advisors: { [YEAR]: { lead: 'T4', co: 'T6' } } }),
      G4: group('G4', 'T2', { advisors: { [PREV]: { lead: 'T2', co: null } }, firstYearId: PREV, lastYearId: PREV }),
      G5: group('G5', 'T5'),
    },
    placements: {
      [PREV]: placed([['S1', 'G1'], ['S2', 'G1'], ['S3', 'G1'], ['S8', 'G1'], ['S4', 'G2'], ['S5', 'G2'], ['S6', 'G4'], ['S7', 'G4'], ['S11', 'G1']]),
      [YEAR]: placed([['S1', 'G1'], ['S2', 'G1'], ['S8', 'G1'], ['S9', 'G1'], ['S10', 'G1'], ['S3', 'G2'], ['S4', 'G2'], ['S5', 'G2'], ['S6', 'G3'], ['S7', 'G3'], ['S11', 'G1']]),
    },
    rules: {
      R1: { id: 'R1', kind: 'keep-apart', studentIds: ['S1', 'S2'], strength: 'hard', reason: '', author: 'Dean', createdAt: '2026-08-01T12:00:00.000Z' },
      R2: { id: 'R2', kind: 'keep-together', studentIds: ['S3', 'S4'], strength: 'soft', reason: '', author: 'Dean', createdAt: '2026-08-01T12:00:00.000Z' },
      R3: { id: 'R3', kind: 'keep-together', studentIds: ['S6', 'S9'], strength: 'soft', reason: '', author: 'Dean', createdAt: '2026-08-01T12:00:00.000Z' },
      R4: { id: 'R4', kind: 'place-with-staff', studentIds: ['S5'], staffId: 'T1', strength: 'hard', reason: '', author: 'Dean', createdAt: '2026-08-01T12:00:00.000Z' },
      R5: { id: 'R5', kind: 'keep-away-from-staff', studentIds: ['S7'], staffId: 'T4', strength: 'soft', reason: '', author: 'Dean', createdAt: '2026-08-01T12:00:00.000Z' },
      R6: { id: 'R6', kind: 'keep-apart', studentIds: ['S12', 'S1'], strength: 'hard', reason: '', author: 'Dean', createdAt: '2026-08-01T12:00:00.000Z' },
    },
    mappingSessions: {
      MS1: { id: 'MS1', name: 'Spring map', date: '2026-03-01', yearId: PREV },
      MS2: { id: 'MS2', name: 'Next map', date: '2027-10-01', yearId: '2027-28' },
    },
    marks: {
      K1: { id: 'K1', staffId: 'T1', studentId: 'S1', kind: 'positive', date: '2026-03-01', sessionId: 'MS1' },
      K2: { id: 'K2', staffId: 'T1', studentId: 'S1', kind: 'could-build', date: '2026-03-01', sessionId: 'MS1' },
      K3: { id: 'K3', staffId: 'T1', studentId: 'S2', kind: 'could-build', date: '2026-03-01', sessionId: 'MS1' },
      K4: { id: 'K4', staffId: 'T1', studentId: 'S9', kind: 'positive', date: '2027-10-01', sessionId: 'MS2' },
      K5: { id: 'K5', staffId: 'T5', studentId: 'S10', kind: 'could-build', date: '2026-03-01', sessionId: 'MS1' },
      K6: { id: 'K6', staffId: 'T6', studentId: 'S6', kind: 'could-build', date: '2026-03-01', sessionId: 'MS1' },
    },
    namedAdults: {
      N1: { id: 'N1', studentId: 'S3', staffId: 'T9', yearId: YEAR, source: 'survey' },
      N2: { id: 'N2', studentId: 'S4', staffId: 'T3', yearId: YEAR, source: 'survey' },
    },
    mentors: {
      M1: { id: 'M1', studentId: 'S5', staffId: 'T2', yearId: YEAR, reason: '', assignedOn: '2026-09-01' },
      M2: { id: 'M2', studentId: 'S6', staffId: 'T2', yearId: YEAR, reason: '', assignedOn: '2026-09-01', endedOn: '2026-10-01' },
    },
    clubs: {
      C1: { id: 'C1', name: 'Chess', category: 'Games', meetingPattern: { days: ['mon'], minutes: 60 }, minMembers: 1, maxMembers: 20, members: { [YEAR]: ['S7'] } },
      C2: { id: 'C2', name: 'Art', category: 'Arts', meetingPattern: { days: ['mon'], minutes: 60 }, minMembers: 1, maxMembers: 20, members: { [YEAR]: ['S8'] } },
    },
    sponsorships: {
      SP1: { id: 'SP1', clubId: 'C1', staffId: 'T2', yearId: YEAR, role: 'lead', startDate: '2026-09-01', endDate: '2027-06-01' },
    },
  };
}
