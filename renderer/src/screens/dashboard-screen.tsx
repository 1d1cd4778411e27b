/** The first screen: the school at a glance for the viewed year, in plain words. */
import { useMemo } from 'react';
import { schoolYearLabel } from '../../../shared/domain/dates';
import { summarize } from '../../../shared/domain/summary';
import { StatCard } from '../components/stat-card';
import { useSchool } from '../hooks/use-school';
import { useViewYearId } from '../hooks/use-view-year';
import { formatCount, formatPercent, plural } from '../lib/format';
import { CoveragePanel } from './coverage-panel';
import { yearRelation } from '../lib/year-words';
import { RenameSchool } from './rename-school';

export function DashboardScreen() {
  const school = useSchool();
  const yearId = useViewYearId();
  const summary = useMemo(() => summarize(school, yearId), [school, yearId]);
  const marks = summary.marks;
  const year = schoolYearLabel(yearId);
  const n = summary.students;
  const unplaced = n - summary.placed;
  const grades = Object.entries(summary.byGrade).sort(([a], [b]) => a.localeCompare(b));
  const share = (count: number): string => (n === 0 ? `No students enrolled in ${year}` : `${formatCount(count)} of ${plural(n, 'student')}`);
  const header = (
    <div className="screen-header">
      <div>
        <RenameSchool />
        <p className="muted">
          Overview of the {year} school year ({yearRelation(yearId, school.info.currentYearId)})
        </p>
      </div>
    </div>
  );

  if (n === 0 && summary.staff === 0) {
    return (
      <>
        {header}
        <section className="card" aria-labelledby="empty-title">
          <h2 id="empty-title">No students or staff yet</h2>
          <p>This school is empty. Importing rosters from your student information system arrives in a later release.</p>
        </section>
      </>
    );
  }

  return (
    <>
      {header}

      <h2>Students and staff</h2>
      <div className="cards">
        <StatCard title="Students enrolled" figure={formatCount(n)} detail={n === 0 ? `No students enrolled in ${year} yet.` : 'By grade:'}>
          {grades.length > 0 && (
            <ul className="grade-list" aria-label="Students by grade">
              {grades.map(([grade, count]) => (
                <li key={grade}>
                  <span className="muted">
                    <span className="visually-hidden">Grade </span>
                    {grade}
                  </span>{' '}
                  <strong>{formatCount(count)}</strong>
                </li>
              ))}
            </ul>
          )}
        </StatCard>
        <StatCard title="Economically disadvantaged" figure={formatPercent(summary.economicallyDisadvantaged, n)} detail={share(summary.economicallyDisadvantaged)} />
        <StatCard title="IEP or 504 plan" figure={formatPercent(summary.iep504, n)} detail={share(summary.iep504)} />
        <StatCard title="English learners" figure={formatPercent(summary.englishLearners, n)} detail={share(summary.englishLearners)} />
        <StatCard title="Staff" figure={formatCount(summary.staff)} detail={`${formatCount(summary.advisors)} of them lead or co-lead an advisory group`} />
      </div>

      <h2>Advisories</h2>
      <div className="cards">
        <StatCard title="Advisory groups" figure={formatCount(summary.groups)} detail={`with ${plural(summary.advisors, 'advisor')} in ${year}`} />
        <StatCard
          title="Students placed in an advisory"
          figure={formatPercent(summary.placed, n)}
          tone={unplaced > 0 ? 'attention' : 'plain'}
          detail={n === 0 ? share(0) : unplaced > 0 ? `${formatCount(summary.placed)} placed; ${plural(unplaced, 'student')} still need a group` : `All ${plural(n, 'student')} have a group`}
        />
        <StatCard
          title="Staff leaving after this year"
          figure={formatCount(summary.staffLeaving)}
          tone={summary.staffLeaving > 0 ? 'attention' : 'plain'}
          detail={summary.staffLeaving > 0 ? 'Their advisory groups will need a new adult next year.' : 'Nobody is marked as leaving.'}
        />
      </div>

      <h2>Relationships</h2>
      <div className="cards cards-wide">
        <CoveragePanel connected={summary.connected} students={n} />
        <StatCard
          title="No positive mark from any adult"
          figure={marks.sessions === 0 ? '—' : formatCount(marks.withoutPositiveMark)}
          tone={marks.sessions > 0 && marks.withoutPositiveMark > 0 ? 'attention' : 'plain'}
          detail={
            marks.sessions === 0
              ? `No relationship mapping has been held in ${year} yet.`
              : `${formatPercent(marks.withoutPositiveMark, summary.students)} of students: no adult marked a positive, trusting relationship with them in ${year}.`
          }
        />
      </div>
    </>
  );
}
