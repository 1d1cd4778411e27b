/** diffSchool on real changes: one moved student is one entry; a big change asks to be sent whole. */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/domain/reducer';
import { generateDemoSchool } from '../../shared/demo/demo-school';
import { applySchoolPatch, diffSchool } from '../../shared/store/school-patch';

describe('diffSchool', () => {
  const school = generateDemoSchool();
  const year = school.info.currentYearId;
  const placement = Object.values(school.placements[year] ?? {})[0];
  const other = Object.values(school.groups).find((g) => g.advisors[year] && g.id !== placement?.groupId);

  it('a hand move is one replacement, at placements → year → student', () => {
    if (!placement || !other) throw new Error('the demo school has placements and groups');
    const moved = { ...placement, groupId: other.id, origin: 'hand' as const };
    const next = applyCommand(school, { type: 'setPlacement', yearId: year, studentId: placement.studentId, placement: moved }).school;
    expect(diffSchool(school, next, 100)).toEqual([[['placements', year, placement.studentId], moved]]);
  });

  it('a removed entry is a deletion, and applying the patch gives the new school', () => {
    if (!placement) throw new Error('the demo school has placements');
    const next = applyCommand(school, { type: 'setPlacement', yearId: year, studentId: placement.studentId, placement: null }).school;
    const patch = diffSchool(school, next, 100);
    expect(patch).toEqual([[['placements', year, placement.studentId], undefined]]);
    expect(applySchoolPatch(structuredClone(school), patch ?? [])).toEqual(next);
  });

  it('more changes than the limit: null, so the school is sent whole', () => {
    const renamed = { ...school, students: Object.fromEntries(Object.entries(school.students).map(([id, s]) => [id, { ...s, firstName: `${s.firstName}!` }])) };
    expect(diffSchool(school, renamed, 50)).toBeNull();
    expect(diffSchool(school, renamed, 100_000)).toHaveLength(Object.keys(school.students).length);
  });
});
