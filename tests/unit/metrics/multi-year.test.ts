/** The multi-year view's rows on the hand-made school. */
import { describe, expect, it } from 'vitest';
import { multiYearRows } from '../../../shared/metrics/multi-year';
import { metricsSchool, PREV, YEAR } from './metrics-school';

describe('multiYearRows', () => {
  const { years, rows } = multiYearRows(metricsSchool());
  const row = (id: string) => rows.find((r) => r.groupId === id);

  it('has every school year in order and one row per group', () => {
    expect(years).toEqual([PREV, YEAR, '2027-28', '2028-29', '2029-30']);
    expect(rows.map((r) => r.groupId).sort()).toEqual(['G1', 'G2', 'G3', 'G4', 'G5']);
  });

  it('shows lead, size and who stayed, and marks a change of adult', () => {
    // S11 is in G1 in 2025-26 and left after it: their stale 2026-27 row is not counted. S1, S2 and S8 stayed.
    expect(row('G1')?.cells.slice(0, 3)).toEqual([
      { yearId: PREV, leadId: 'T1', leadName: 'Okafor', size: 5, stayed: null, adultChanged: false },
      { yearId: YEAR, leadId: 'T1', leadName: 'Okafor', size: 5, stayed: 3, adultChanged: false },
      null,
    ]);
    expect(row('G2')?.cells[1]).toMatchObject({ leadName: 'LastT3', size: 3, stayed: 2, adultChanged: true });
    expect(row('G3')?.cells[1]).toMatchObject({ size: 2, stayed: null, adultChanged: false });
    expect(row('G4')?.cells[1]).toBeNull();
  });
});
