/** Plain figures about the advisory groups of one school year, for the Advisories summary. */
import type { SchoolYearId } from '../../../shared/domain/ids';
import type { School } from '../../../shared/domain/types';

export interface AdvisoryFigures {
  readonly groups: number;
  readonly averageSize: number;
  readonly overSoftMax: number;
  readonly underSoftMin: number;
  readonly lockedPlacements: number;
  /** Advisors of this year's groups whose availability for the year is "leaving". */
  readonly advisorsLeaving: number;
  /** Groups with no lead advisor named for the year. */
  readonly withoutLead: number;
}

/** Counts group sizes and advisor gaps; sizes are placements in the year per group. */
export function advisoryFigures(school: School, yearId: SchoolYearId): AdvisoryFigures {
  const { softMin, softMax } = school.info.policy;
  const groups = Object.values(school.groups).filter((g) => g.advisors[yearId]);
  const sizes = new Map<string, number>(groups.map((g) => [g.id, 0]));
  let lockedPlacements = 0;
  for (const placement of Object.values(school.placements[yearId] ?? {})) {
    sizes.set(placement.groupId, (sizes.get(placement.groupId) ?? 0) + 1);
    if (placement.locked) lockedPlacements++;
  }
  const leaving = new Set<string>();
  let withoutLead = 0;
  for (const group of groups) {
    const advisors = group.advisors[yearId];
    if (!advisors?.lead) withoutLead++;
    for (const staffId of [advisors?.lead, advisors?.co]) {
      if (staffId && school.staff[staffId]?.availability[yearId] === 'leaving') leaving.add(staffId);
    }
  }
  const groupSizes = groups.map((g) => sizes.get(g.id) ?? 0);
  const placed = groupSizes.reduce((a, b) => a + b, 0);
  return {
    groups: groups.length,
    averageSize: groups.length ? placed / groups.length : 0,
    overSoftMax: groupSizes.filter((n) => n > softMax).length,
    underSoftMin: groupSizes.filter((n) => n > 0 && n < softMin).length,
    lockedPlacements,
    advisorsLeaving: leaving.size,
    withoutLead,
  };
}
