/** An honest summary of the advisory groups in the viewed year, until the planner arrives. */
import { useMemo } from 'react';
import { schoolYearLabel } from '../../../shared/domain/dates';
import { summarize } from '../../../shared/domain/summary';
import { FactList, type Fact } from '../components/fact-list';
import { LaterNote } from '../components/later-note';
import { ScreenHeader } from '../components/screen-header';
import { useSchool } from '../hooks/use-school';
import { useViewYearId } from '../hooks/use-view-year';
import { advisoryFigures } from '../lib/advisory-figures';
import { countStart, formatCount, formatPercent, plural } from '../lib/format';

export function AdvisoriesScreen() {
  const school = useSchool();
  const yearId = useViewYearId();
  const summary = useMemo(() => summarize(school, yearId), [school, yearId]);
  const figures = useMemo(() => advisoryFigures(school, yearId), [school, yearId]);
  const policy = school.info.policy;
  const year = schoolYearLabel(yearId);
  const unplaced = summary.students - summary.placed;
  const facts: Fact[] = [
    { key: 'groups', text: `${plural(figures.groups, 'advisory group')} in ${year}, with ${plural(summary.advisors, 'advisor')}.` },
    {
      key: 'placed',
      attention: unplaced > 0,
      text: `${formatCount(summary.placed)} of ${plural(summary.students, 'student')} are placed (${formatPercent(summary.placed, summary.students)})${unplaced > 0 ? `; ${formatCount(unplaced)} still need a group` : ''}.`,
    },
    {
      key: 'size',
      text: `Average group size: ${figures.averageSize.toFixed(1)} students (target ${policy.targetMin}–${policy.targetMax}, never more than ${policy.hardMax}).`,
    },
    {
      key: 'band',
      attention: figures.overSoftMax + figures.underSoftMin > 0,
      text: `${countStart(figures.overSoftMax, 'group')} above ${policy.softMax} students; ${plural(figures.underSoftMin, 'group')} below ${policy.softMin}.`,
    },
    {
      key: 'leaving',
      attention: figures.advisorsLeaving > 0,
      text:
        figures.advisorsLeaving > 0
          ? `${plural(figures.advisorsLeaving, 'advisor')} leaving after this year; their groups will need a new adult.`
          : 'No advisor is leaving after this year.',
    },
    { key: 'lead', attention: figures.withoutLead > 0, text: `${countStart(figures.withoutLead, 'group')} without a lead advisor.` },
    { key: 'locked', text: `${countStart(figures.lockedPlacements, 'placement')} locked by hand.` },
    {
      key: 'policy',
      text:
        policy.grouping === 'grade-cohort'
          ? `Policy: grade-level groups that stay with the same advisor for ${policy.loopYears} years.`
          : `Policy: mixed-grade groups; seniors leave and new students join each year.`,
    },
  ];
  return (
    <>
      <ScreenHeader title="Advisories" subtitle={`Advisory groups in ${year}`} />
      <FactList label="Advisory figures" facts={facts} />
      <LaterNote tools="Building, balancing and rolling over advisory groups" />
    </>
  );
}
