/**
 * Subgroup spread: how far each group's mix is from the school's. The school's share is taken
 * over placed students (the people the groups are made of), a group's over its own members.
 */
import { gradeInYear } from '../domain/dates';
import type { Student } from '../domain/types';
import type { SpreadAttribute, SubgroupSpread } from './metrics-types';
import type { YearView } from './metric-year';

type Test = (s: Student) => boolean;

const flagTests: readonly (readonly [SpreadAttribute, Test])[] = [
  ['female', (s) => s.gender === 'female'],
  ['economicallyDisadvantaged', (s) => s.flags.economicallyDisadvantaged],
  ['iep504', (s) => s.flags.iep504],
  ['englishLearner', (s) => s.flags.englishLearner],
];

/** The spread of every attribute; grades are attributes too under the vertical (mixed-grade) policy. */
export function spreadOf(view: YearView): readonly SubgroupSpread[] {
  const { school, yearId } = view;
  const tests: (readonly [SpreadAttribute, Test])[] = [...flagTests];
  if (school.info.policy.grouping === 'vertical') {
    for (const grade of school.info.policy.grades) tests.push([`grade-${grade}`, (s) => gradeInYear(s.classOf, yearId) === grade]);
  }
  const groups = [...view.members].filter(([, ids]) => ids.length > 0);
  const placed = groups.flatMap(([, ids]) => ids).map((id) => school.students[id]).filter((s): s is Student => s !== undefined);
  return tests.map(([attribute, test]) => {
    const schoolPercent = placed.length ? (placed.filter(test).length / placed.length) * 100 : 0;
    let worst: SubgroupSpread['worstGroup'] = null;
    let maxGapPoints = 0;
    for (const [groupId, ids] of groups) {
      const has = ids.filter((id) => {
        const s = school.students[id];
        return s !== undefined && test(s);
      }).length;
      const percent = (has / ids.length) * 100;
      const gap = Math.abs(percent - schoolPercent);
      // Ties go to the first group in id order, so the answer is the same every time.
      if (worst === null || gap > maxGapPoints || (gap === maxGapPoints && groupId < worst.groupId)) {
        maxGapPoints = gap;
        worst = { ...view.ref(groupId), percent };
      }
    }
    return { attribute, schoolPercent, maxGapPoints, worstGroup: worst };
  });
}
