/** Students and staff of the generated demo school. */
import { classOfGrade, schoolYearId } from '../domain/dates';
import type { Gender, Staff, Student } from '../domain/types';
import { departments, femaleNames, lastNames, maleNames, neutralNames } from './names';
import type { Random } from './random';

export const DEMO_CURRENT_YEAR = '2026-27';
export const DEMO_YEARS = ['2025-26', '2026-27', '2027-28', '2028-29'] as const;

function gender(r: Random): Gender {
  const x = r.next();
  if (x < 0.49) return 'female';
  if (x < 0.98) return 'male';
  if (x < 0.995) return 'non-binary';
  return 'unspecified';
}

function firstName(r: Random, g: Gender): string {
  if (g === 'female') return r.pick(femaleNames);
  if (g === 'male') return r.pick(maleNames);
  return r.pick(neutralNames);
}

/** ~1,200 enrolled students in grades 09–12 plus the incoming class for next year. */
export function demoStudents(r: Random): Student[] {
  const students: Student[] = [];
  let serial = 0;
  const add = (grade: number, enteredYearId: string, transfer: boolean): void => {
    serial++;
    const g = gender(r);
    const first = firstName(r, g);
    const last = r.pick(lastNames);
    // SIS ids keep leading zeros: six digits, zero-padded.
    const id = String(4000 + serial * 7).padStart(6, '0');
    const classOf = classOfGrade(grade, grade === 9 && enteredYearId === '2027-28' ? '2027-28' : DEMO_CURRENT_YEAR);
    const leaves = !transfer && grade < 12 && r.chance(0.02);
    students.push({
      id,
      firstName: first,
      lastName: last,
      ...(r.chance(0.08) ? { preferredName: r.pick(neutralNames) } : {}),
      email: `${first}.${last}${serial}@students.mapleridge.example`.toLowerCase(),
      classOf,
      gender: g,
      flags: {
        economicallyDisadvantaged: r.chance(0.5),
        iep504: r.chance(0.14),
        englishLearner: r.chance(0.09),
      },
      tags: r.chance(0.05) ? ['athlete'] : [],
      enteredYearId,
      ...(leaves ? { left: { afterYearId: DEMO_CURRENT_YEAR, reason: 'transferred' as const } } : {}),
    });
  };
  const perGrade = [312, 301, 296, 291];
  perGrade.forEach((count, i) => {
    const grade = 9 + i;
    for (let n = 0; n < count; n++) {
      const transfer = grade > 9 && r.chance(0.04);
      // Grade 9 entered this year; others entered the year their class was in 9th, or are transfers.
      const entered = transfer ? DEMO_CURRENT_YEAR : schoolYearId(2026 - (grade - 9));
      add(grade, entered, transfer);
    }
  });
  // Next year's 9th graders, known from the feeder middle schools.
  for (let n = 0; n < 305; n++) add(9, '2027-28', false);
  return students;
}

/** ~85 staff: teachers in nine departments, counselors, coaches and support staff. */
export function demoStaff(r: Random): Staff[] {
  const staff: Staff[] = [];
  const roles: { role: Staff['role']; count: number }[] = [
    { role: 'teacher', count: 70 },
    { role: 'counselor', count: 5 },
    { role: 'coach', count: 4 },
    { role: 'support-staff', count: 6 },
  ];
  let serial = 0;
  for (const { role, count } of roles) {
    for (let i = 0; i < count; i++) {
      serial++;
      const g: Gender = r.chance(0.55) ? 'female' : 'male';
      const first = firstName(r, g);
      const last = r.pick(lastNames);
      const years = r.int(0, 28);
      staff.push({
        id: `T${String(serial).padStart(4, '0')}`,
        firstName: first,
        lastName: last,
        email: `${first[0]}${last}${serial}@mapleridge.example`.toLowerCase(),
        department:
          role === 'teacher' ? departments[i % departments.length] ?? 'English' : role === 'counselor' ? 'Counseling' : role === 'coach' ? 'Athletics' : 'Student Services',
        role,
        availability: {},
        maxAdvisees: role === 'coach' ? 0 : 18,
        maxClubs: 2,
        baseSalary: 52_000 + years * 1_450 + r.int(0, 20) * 100,
        yearsOfService: years,
      });
    }
  }
  return staff;
}
