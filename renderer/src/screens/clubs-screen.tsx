/** An honest summary of clubs and sponsors in the viewed year, until the club tools arrive. */
import { useMemo } from 'react';
import { schoolYearLabel } from '../../../shared/domain/dates';
import { FactList, type Fact } from '../components/fact-list';
import { LaterNote } from '../components/later-note';
import { ScreenHeader } from '../components/screen-header';
import { useSchool } from '../hooks/use-school';
import { useViewYearId } from '../hooks/use-view-year';
import { clubFigures } from '../lib/club-figures';
import { countStart, formatCount, formatPercent, plural } from '../lib/format';

export function ClubsScreen() {
  const school = useSchool();
  const yearId = useViewYearId();
  const figures = useMemo(() => clubFigures(school, yearId), [school, yearId]);
  const year = schoolYearLabel(yearId);
  const facts: Fact[] = [
    { key: 'clubs', text: `${plural(figures.clubs, 'club')}, ${plural(figures.sponsors, 'sponsor')} in ${year}.` },
    {
      key: 'members',
      text: `${formatCount(figures.studentsInAClub)} of ${plural(figures.students, 'student')} (${formatPercent(figures.studentsInAClub, figures.students)}) are in at least one club.`,
    },
    {
      key: 'small',
      attention: figures.belowMinimum > 0,
      text: `${countStart(figures.belowMinimum, 'club')} below ${figures.belowMinimum === 1 ? 'its' : 'their'} minimum number of members.`,
    },
    {
      key: 'unsponsored',
      attention: figures.withoutSponsor > 0,
      text: `${countStart(figures.withoutSponsor, 'club')} without a sponsor in ${year}.`,
    },
  ];
  return (
    <>
      <ScreenHeader title="Clubs" subtitle={`Clubs and their faculty sponsors in ${year}`} />
      <FactList label="Club figures" facts={facts} />
      <LaterNote tools="Forming clubs from the interest survey and assigning sponsors within load limits" />
    </>
  );
}
