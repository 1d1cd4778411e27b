/** The adults a form offers for a school year (a rule's adult, a group's lead or co-advisor), each saying what they advise. */
import { schoolYearLabel } from '../../../shared/domain/dates';
import type { SchoolYearId } from '../../../shared/domain/ids';
import type { School } from '../../../shared/domain/types';
import { staffName } from './names';

export interface StaffChoice {
  readonly id: string;
  /** "Jo Smith — advises Rivera advisory" or "Jo Smith — no group in 2026–27". */
  readonly label: string;
}

/** Adults who work here and are not on leave in the year, by last name; those in `keep` stay listed (the adults of what is being edited). */
export function staffChoices(school: School, yearId: SchoolYearId, keep: readonly string[] = []): readonly StaffChoice[] {
  const advises = new Map<string, string>();
  for (const g of Object.values(school.groups)) {
    const a = g.advisors[yearId];
    if (a?.lead) advises.set(a.lead, g.name);
    if (a?.co && !advises.has(a.co)) advises.set(a.co, g.name);
  }
  const year = schoolYearLabel(yearId);
  return Object.values(school.staff)
    .filter((s) => keep.includes(s.id) || ((!s.leftAfterYearId || s.leftAfterYearId >= yearId) && s.availability[yearId] !== 'on-leave'))
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || a.id.localeCompare(b.id))
    .map((s) => {
      const group = advises.get(s.id);
      return { id: s.id, label: `${staffName(s)} — ${group ? `advises ${group}` : `no group in ${year}`}` };
    });
}
