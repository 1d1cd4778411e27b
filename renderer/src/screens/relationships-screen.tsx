/** An honest summary of the relationship map in the viewed year, until the mapping tools arrive. */
import { useMemo } from 'react';
import { formatLongDate, schoolYearLabel } from '../../../shared/domain/dates';
import { summarize } from '../../../shared/domain/summary';
import { FactList, type Fact } from '../components/fact-list';
import { LaterNote } from '../components/later-note';
import { ScreenHeader } from '../components/screen-header';
import { useSchool } from '../hooks/use-school';
import { useViewYearId } from '../hooks/use-view-year';
import { formatCount, formatPercent, plural } from '../lib/format';
import { relationshipFigures } from '../lib/relationship-figures';

export function RelationshipsScreen() {
  const school = useSchool();
  const yearId = useViewYearId();
  const summary = useMemo(() => summarize(school, yearId), [school, yearId]);
  const marks = summary.marks;
  const figures = useMemo(() => relationshipFigures(school, yearId), [school, yearId]);
  const year = schoolYearLabel(yearId);
  const n = summary.students;
  const facts: Fact[] = [
    {
      key: 'sessions',
      text:
        figures.sessions.length === 0
          ? `No relationship mapping has been held in ${year} yet.`
          : `Relationship mapping: ${figures.sessions.map((s) => `${s.name} (${formatLongDate(s.date)})`).join('; ')}.`,
    },
    {
      key: 'unmarked',
      attention: marks.sessions > 0 && marks.withoutPositiveMark > 0,
      text:
        marks.sessions === 0
          ? 'Without a mapping session, nobody can yet say which students lack a trusted adult.'
          : `${formatPercent(marks.withoutPositiveMark, summary.students)} of students (${formatCount(marks.withoutPositiveMark)} of ${formatCount(summary.students)}) have no positive mark from any adult.`,
    },
    {
      key: 'marks',
      text: `${plural(marks.positiveMarks, 'positive mark')} and ${plural(marks.couldBuildMarks, '“could build one” mark')} from staff.`,
    },
    {
      key: 'connected',
      attention: summary.connected.none > 0,
      text: `Counting advisors, club sponsors and mentors too: ${formatCount(summary.connected.none)} students with no connected adult (${formatPercent(summary.connected.none, n)}), ${formatCount(summary.connected.one)} with one, ${formatCount(summary.connected.twoPlus)} with two or more.`,
    },
    {
      key: 'mentors',
      text: `${plural(figures.activeMentors, 'student')} with a volunteer mentor; ${plural(figures.checkIns, 'check-in')} planned, ${formatCount(figures.checkInsOpen)} not done yet.`,
    },
    { key: 'named', text: `${plural(figures.namedAdults, 'adult')} named by students in surveys or conversations.` },
  ];
  return (
    <>
      <ScreenHeader title="Relationships" subtitle={`The relationship map for ${year}. These marks are private and never exported unless you ask.`} />
      <FactList label="Relationship figures" facts={facts} />
      <LaterNote tools="Marking relationships, assigning mentors and recording check-ins" />
    </>
  );
}
