/** Small hand-made schools and entities for reducer and store tests, plus a deep-freeze helper. */
import { emptySchool } from '../../../shared/domain/defaults';
import type { AdvisoryGroup, Placement, School, Staff, Student } from '../../../shared/domain/types';

export const YEAR = '2026-27';
export const NEXT_YEAR = '2027-28';

/** Freezes an object graph so any mutation by the code under test throws (test files are ESM, so strict mode). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export function student(id: string, overrides: Partial<Student> = {}): Student {
  return {
    id,
    firstName: `First${id}`,
    lastName: `Last${id}`,
    classOf: 2029,
    gender: 'female',
    flags: { economicallyDisadvantaged: false, iep504: false, englishLearner: false },
    tags: [],
    enteredYearId: '2025-26',
    ...overrides,
  };
}

export function staff(id: string, overrides: Partial<Staff> = {}): Staff {
  return {
    id,
    firstName: `First${id}`,
    lastName: `Last${id}`,
    email: `${id.toLowerCase()}@school.example`,
    department: 'English',
    role: 'teacher',
    availability: {},
    maxAdvisees: 18,
    maxClubs: 2,
    baseSalary: 55_000,
    yearsOfService: 3,
    ...overrides,
  };
}

export function group(id: string, lead: string | null, overrides: Partial<AdvisoryGroup> = {}): AdvisoryGroup {
  return {
    id,
    name: `Advisory ${id}`,
    room: '101',
    targetSize: 15,
    classOf: 2029,
    advisors: { [YEAR]: { lead, co: null } },
    firstYearId: YEAR,
    ...overrides,
  };
}

export function placement(studentId: string, groupId: string): Placement {
  return { studentId, groupId, locked: false, origin: 'hand' };
}

/**
 * A school with 4 students (`000101`…`000104`, leading zeros kept), 3 staff (T1 and T2 advise,
 * T3 does not), 2 groups with advisors in 2026-27, and students 000101–000102 placed in 2026-27.
 */
export function smallSchool(): School {
  const base = emptySchool('Test High School', YEAR, '2026-08-01T12:00:00.000Z', 'test-school');
  const students = ['000101', '000102', '000103', '000104'].map((id) => student(id));
  const people = [staff('T1'), staff('T2'), staff('T3', { role: 'counselor', department: 'Counseling' })];
  return {
    ...base,
    students: Object.fromEntries(students.map((s) => [s.id, s])),
    staff: Object.fromEntries(people.map((s) => [s.id, s])),
    groups: { G1: group('G1', 'T1'), G2: group('G2', 'T2') },
    placements: { [YEAR]: { '000101': placement('000101', 'G1'), '000102': placement('000102', 'G2') } },
  };
}
