/** A student's advisory per school year: group, lead advisor, locked, and who made the placement. */
import { schoolYearLabel } from '../../../../shared/domain/dates';
import { isEnrolled } from '../../../../shared/domain/summary';
import type { School } from '../../../../shared/domain/types';
import { staffName } from '../../lib/names';

interface Props {
  readonly school: School;
  readonly studentId: string;
  /** The year to highlight (the viewed year); the school's current year when absent. */
  readonly yearId?: string;
}

const originWords = { plan: 'Plan', hand: 'By hand', import: 'Import' } as const;

/** The student's advisory history, one row per school year, for the student's detail panel. */
export function AdvisoryHistory({ school, studentId, yearId }: Props) {
  const student = school.students[studentId];
  if (!student) return null;
  const years = Object.keys(school.years).sort();
  return (
    <section className="detail-section advisory-history" aria-label="Advisory history">
      <h3>Advisory history</h3>
      <table className="mini-table">
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Advisory</th>
            <th scope="col">Advisor</th>
            <th scope="col">Locked</th>
            <th scope="col">Made by</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y, i) => {
            const placement = school.placements[y]?.[studentId];
            const group = placement ? school.groups[placement.groupId] : undefined;
            const advisors = group?.advisors[y];
            const lead = advisors?.lead ? school.staff[advisors.lead] : undefined;
            const co = advisors?.co ? school.staff[advisors.co] : undefined;
            const before = i > 0 ? years[i - 1] : undefined;
            const previous = before !== undefined ? school.placements[before]?.[studentId] : undefined;
            // A new adult in the same group is what breaks the loop, so the history says so.
            const newAdult = placement !== undefined && previous?.groupId === placement.groupId && before !== undefined && group?.advisors[before]?.lead !== advisors?.lead;
            return (
              <tr key={y} className={y === (yearId ?? school.info.currentYearId) ? 'is-current' : undefined}>
                <th scope="row">{schoolYearLabel(y)}</th>
                {placement ? (
                  <>
                    <td>{group?.name ?? placement.groupId}</td>
                    <td>
                      {lead ? staffName(lead) : <span className="muted">None</span>}
                      {co && <span className="muted"> with {staffName(co)}</span>}
                      {newAdult && <span className="myv-marker"> · new adult</span>}
                    </td>
                    <td>{placement.locked ? 'Locked' : <span className="muted">No</span>}</td>
                    <td>{originWords[placement.origin]}</td>
                  </>
                ) : (
                  <td colSpan={4} className="muted">
                    {isEnrolled(student, y) ? 'Not placed' : 'Not enrolled'}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
