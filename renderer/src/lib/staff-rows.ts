/** The rows of the Staff list for one school year. */
import type { SchoolYearId } from '../../../shared/domain/ids';
import type { Availability, School, Staff } from '../../../shared/domain/types';
import { staffName } from './names';

export interface StaffRow {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly department: string;
  readonly availability: Availability;
  readonly haystack: string;
  readonly staff: Staff;
}

const roleWords: Readonly<Record<Staff['role'], string>> = {
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

/** Staff who work here in the year, sorted by last name; a year not listed means available. */
export function staffRows(school: School, yearId: SchoolYearId): StaffRow[] {
  return Object.values(school.staff)
    .filter((s) => !s.leftAfterYearId || s.leftAfterYearId >= yearId)
    .map((staff): StaffRow => {
      const name = staffName(staff);
      const role = roleWords[staff.role];
      return {
        id: staff.id,
        name,
        role,
        department: staff.department,
        availability: staff.availability[yearId] ?? 'active',
        haystack: [staff.id, name, role, staff.department].join(' ').toLowerCase(),
        staff,
      };
    })
    .sort((a, b) => a.staff.lastName.localeCompare(b.staff.lastName) || a.name.localeCompare(b.name));
}
