/** The rows of the Staff table for one school year, prepared once per school change. */
import { schoolYearLabel } from '../../../shared/domain/dates';
import type { SchoolYearId } from '../../../shared/domain/ids';
import type { Availability, School, Staff } from '../../../shared/domain/types';
import { staffName } from './names';

export interface StaffRow {
  readonly id: string;
  readonly name: string;
  /** Position in last-name order: sorting by name compares numbers, not strings. */
  readonly nameRank: number;
  readonly role: string;
  readonly roleKey: Staff['role'];
  readonly department: string;
  readonly email: string;
  readonly availability: Availability;
  readonly maxAdvisees: number;
  readonly maxClubs: number;
  readonly yearsOfService: number;
  /** "Left after 2026–27" when the person has a leaving date, else ''. */
  readonly leftText: string;
  readonly haystack: string;
  readonly staff: Staff;
}

export const roleWords: Readonly<Record<Staff['role'], string>> = {
  teacher: 'Teacher',
  counselor: 'Counselor',
  coach: 'Coach',
  'support-staff': 'Support staff',
};

export const availabilityWords: Readonly<Record<Availability, string>> = {
  active: 'Available',
  'on-leave': 'On leave',
  leaving: 'Leaving after this year',
};

/** The availability choices for one year, worded with the year ("Leaving after 2026–27"). */
export function availabilityChoice(value: Availability, yearId: SchoolYearId): string {
  if (value === 'leaving') return `Leaving after ${schoolYearLabel(yearId)}`;
  return value === 'active' ? 'Available' : 'On leave';
}

const collator = new Intl.Collator('en-US', { sensitivity: 'base' });

/** Staff who work here in the year, sorted by last name; a year not listed means available. */
export function staffRows(school: School, yearId: SchoolYearId): StaffRow[] {
  return Object.values(school.staff)
    .filter((s) => !s.leftAfterYearId || s.leftAfterYearId >= yearId)
    .sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || (a.id < b.id ? -1 : 1))
    .map((staff, nameRank): StaffRow => {
      const name = staffName(staff);
      const role = roleWords[staff.role];
      return {
        id: staff.id,
        name,
        nameRank,
        role,
        roleKey: staff.role,
        department: staff.department,
        email: staff.email,
        availability: staff.availability[yearId] ?? 'active',
        maxAdvisees: staff.maxAdvisees,
        maxClubs: staff.maxClubs,
        yearsOfService: staff.yearsOfService,
        leftText: staff.leftAfterYearId ? `Left after ${schoolYearLabel(staff.leftAfterYearId)}` : '',
        haystack: [staff.id, name, role, staff.department].join(' ').toLowerCase(),
        staff,
      };
    });
}

/** The departments the listed staff belong to, alphabetically. */
export function departmentOptions(rows: readonly StaffRow[]): readonly string[] {
  return [...new Set(rows.map((r) => r.department).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

/** A copy of the staff member with the year's availability set; "active" is stored as no entry. */
export function withAvailability(staff: Staff, yearId: SchoolYearId, value: Availability): Staff {
  const { [yearId]: _old, ...rest } = staff.availability;
  return { ...staff, availability: value === 'active' ? rest : { ...rest, [yearId]: value } };
}
