/** What the roster exports will hold, and the one file action available today: save a copy. */
import { useMemo } from 'react';
import { schoolYearLabel } from '../../../shared/domain/dates';
import { summarize } from '../../../shared/domain/summary';
import { FactList, type Fact } from '../components/fact-list';
import { LaterNote } from '../components/later-note';
import { ScreenHeader } from '../components/screen-header';
import { useMutations } from '../hooks/use-mutations';
import { useSchool } from '../hooks/use-school';
import { useViewYearId } from '../hooks/use-view-year';
import { plural } from '../lib/format';

export function ExportsScreen() {
  const school = useSchool();
  const yearId = useViewYearId();
  const { saveCopy } = useMutations();
  const summary = useMemo(() => summarize(school, yearId), [school, yearId]);
  const year = schoolYearLabel(yearId);
  const facts: Fact[] = [
    {
      key: 'rosters',
      text: `Rosters for ${year}: ${plural(summary.students, 'student')}, ${plural(summary.staff, 'staff member')}, ${plural(summary.groups, 'advisory group')} with their advisors, and ${plural(summary.placed, 'placement')}.`,
    },
    { key: 'clubs', text: `${plural(Object.keys(school.clubs).length, 'club')} with members and sponsors.` },
    { key: 'private', text: 'Relationship marks stay on this computer: they are never exported unless you ask for them.' },
  ];
  return (
    <>
      <ScreenHeader title="Exports" subtitle="What leaves this computer, and only when you say so" />
      <FactList label="What the exports will contain" facts={facts} />
      <section className="card save-copy" aria-labelledby="copy-title">
        <h2 id="copy-title">Copy of the whole school</h2>
        <p>Save the whole school to a file, for a backup or for a colleague who opens it with File ▸ Open.</p>
        <div>
          <button type="button" onClick={() => void saveCopy()}>
            Save a copy…
          </button>
        </div>
      </section>
      <LaterNote tools="OneRoster CSV, spreadsheet and payroll stipend exports" />
    </>
  );
}
