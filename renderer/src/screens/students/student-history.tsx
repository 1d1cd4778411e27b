/** A student's years here and advisory per school year (AdvisoryHistory), with "Mark as left…" / "Mark as returned". */
import { useState } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { School, Student } from '../../../../shared/domain/types';
import { useMutations } from '../../hooks/use-mutations';
import { studentName } from '../../lib/names';
import { leaveReasonWords } from '../../lib/student-rows';
import { AdvisoryHistory } from '../advisories/advisory-history';
import { LeaveFields } from './leave-fields';

interface Props {
  readonly school: School;
  readonly student: Student;
  readonly yearId: SchoolYearId;
}

/** Read-only history plus the two leaving actions (each its own undoable command). */
export function StudentHistory({ school, student, yearId }: Props) {
  const { commit } = useMutations();
  const [leaving, setLeaving] = useState(false);
  const years = Object.keys(school.years).sort();
  const name = studentName(student);
  const left = student.left;

  async function markLeft(afterYearId: SchoolYearId, reason: NonNullable<Student['left']>['reason']): Promise<void> {
    const ok = await commit({ type: 'upsert', collection: 'students', entity: { ...student, left: { afterYearId, reason } } }, `Mark ${name} as left after ${schoolYearLabel(afterYearId)}`);
    if (ok) setLeaving(false);
  }

  function markReturned(): void {
    const { left: _left, ...rest } = student;
    void commit({ type: 'upsert', collection: 'students', entity: rest }, `Mark ${name} as returned`);
  }

  return (
    <>
      <section className="detail-section" aria-label="Years enrolled">
        <h3>Years enrolled</h3>
        <p>
          Entered {schoolYearLabel(student.enteredYearId)} ·{' '}
          {left ? `left after ${schoolYearLabel(left.afterYearId)} (${leaveReasonWords[left.reason]})` : 'still enrolled'} · class of {student.classOf}
        </p>
        {left ? (
          <div>
            <button type="button" onClick={markReturned}>
              Mark as returned
            </button>
          </div>
        ) : leaving ? (
          <LeaveFields years={years} defaultYearId={yearId} action="Mark as left" onApply={(y, r) => void markLeft(y, r)} onCancel={() => setLeaving(false)} />
        ) : (
          <div>
            <button type="button" onClick={() => setLeaving(true)}>
              Mark as left…
            </button>
          </div>
        )}
      </section>
      <AdvisoryHistory school={school} studentId={student.id} yearId={yearId} />
    </>
  );
}
