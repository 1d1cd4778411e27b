/**
 * Per-group figures for the board: size against the school's bands, the subgroup mix against the
 * school's, and the warnings a scheduler reads in words. Pure; the board caches the results.
 */
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { SchoolPolicy, Staff } from '../../../../shared/domain/types';
import type { BoardStudent, BoardWarning, GroupStats, MixKey, MixShare, SchoolShares, SizeBand } from './board-types';

export const mixKeys: readonly MixKey[] = ['female', 'ed', 'iep', 'el'];

/** Short bar labels and the words of their tooltips. */
export const mixWords: Readonly<Record<MixKey, { readonly short: string; readonly long: string }>> = {
  female: { short: 'Female', long: 'Female' },
  ed: { short: 'ED (FRL)', long: 'Economically disadvantaged (free or reduced lunch)' },
  iep: { short: 'IEP/504', long: 'IEP or 504 plan' },
  el: { short: 'EL', long: 'English learners' },
};

function hasMix(student: BoardStudent, key: MixKey): boolean {
  switch (key) {
    case 'female':
      return student.female;
    case 'ed':
      return student.flags.includes('ED');
    case 'iep':
      return student.flags.includes('IEP/504');
    case 'el':
      return student.flags.includes('EL');
  }
}

/** Counts the enrolled students of the year for the school's side of each mix bar. */
export function schoolShares(enrolled: readonly BoardStudent[]): SchoolShares {
  const count = (key: MixKey): number => enrolled.reduce((n, s) => n + (hasMix(s, key) ? 1 : 0), 0);
  return { enrolled: enrolled.length, female: count('female'), ed: count('ed'), iep: count('iep'), el: count('el') };
}

/** Where `size` stands against the policy: soft band softMin–softMax, hard ceiling hardMax. */
export function sizeBand(size: number, policy: SchoolPolicy): SizeBand {
  if (size === 0) return 'empty';
  if (size > policy.hardMax) return 'hard';
  if (size > policy.softMax) return 'over';
  if (size < policy.softMin) return 'under';
  return 'ok';
}

/** Size and mix of a group with these members. */
export function groupStats(members: readonly BoardStudent[], policy: SchoolPolicy, shares: SchoolShares): GroupStats {
  const size = members.length;
  const mix: MixShare[] = mixKeys.map((key) => {
    const count = members.reduce((n, s) => n + (hasMix(s, key) ? 1 : 0), 0);
    return {
      key,
      count,
      share: size === 0 ? null : count / size,
      schoolShare: shares.enrolled === 0 ? null : shares[key] / shares.enrolled,
    };
  });
  return { size, band: sizeBand(size, policy), mix };
}

/** The group's members after `moving` students join it (those already in it are not counted twice). */
export function membersWith(members: readonly BoardStudent[], moving: readonly BoardStudent[]): readonly BoardStudent[] {
  const ids = new Set(members.map((m) => m.id));
  const joining = moving.filter((m) => !ids.has(m.id));
  return joining.length === 0 ? members : [...members, ...joining];
}

/** The size sentence, e.g. "3 over the soft maximum of 18"; null inside the soft band. */
export function sizeWarning(size: number, policy: SchoolPolicy): BoardWarning | null {
  switch (sizeBand(size, policy)) {
    case 'empty':
      return { severity: 'warning', text: 'No students placed yet' };
    case 'hard':
      return { severity: 'danger', text: `${size - policy.hardMax} over the hard maximum of ${policy.hardMax}` };
    case 'over':
      return { severity: 'warning', text: `${size - policy.softMax} over the soft maximum of ${policy.softMax}` };
    case 'under':
      return { severity: 'warning', text: `${policy.softMin - size} under the soft minimum of ${policy.softMin}` };
    case 'ok':
      return null;
  }
}

/** One advisor's situation in the year, in words, or null when they are simply available. */
function advisorWarning(person: Staff, yearId: SchoolYearId): BoardWarning | null {
  const year = schoolYearLabel(yearId);
  if (person.leftAfterYearId && person.leftAfterYearId < yearId) {
    return { severity: 'danger', text: `${person.lastName} left the school after ${schoolYearLabel(person.leftAfterYearId)}` };
  }
  switch (person.availability[yearId] ?? 'active') {
    case 'leaving':
      return { severity: 'warning', text: `${person.lastName} is leaving after ${year}` };
    case 'on-leave':
      return { severity: 'warning', text: `${person.lastName} is on leave in ${year}` };
    case 'active':
      return null;
  }
}

/** "No lead advisor", "Rivera is leaving after 2026–27", "Chen is on leave in 2026–27", a co-advisor the policy does not allow. */
export function advisorWarnings(lead: Staff | null, co: Staff | null, yearId: SchoolYearId, policy: SchoolPolicy): readonly BoardWarning[] {
  const out: BoardWarning[] = [];
  if (!lead) out.push({ severity: 'danger', text: 'No lead advisor' });
  if (co && !policy.coAdvisorsAllowed) out.push({ severity: 'warning', text: 'Has a co-advisor, which the policy does not allow (Edit group… to remove)' });
  for (const person of [lead, co]) {
    const warning = person ? advisorWarning(person, yearId) : null;
    if (warning) out.push(warning);
  }
  return out;
}

/** Hard problems first, then by their words, so the same warnings always read in the same order. */
export function orderWarnings(warnings: readonly BoardWarning[]): readonly BoardWarning[] {
  return [...warnings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'danger' ? -1 : 1));
}

/** A whole-number percentage for labels: 0.4667 → "47%". */
export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}
