/** "Mark as left…": why the student left and after which school year; used by the detail panel and the bulk bar. */
import { useId, useState } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Student } from '../../../../shared/domain/types';

export type LeaveReason = NonNullable<Student['left']>['reason'];

interface Props {
  readonly years: readonly SchoolYearId[];
  readonly defaultYearId: SchoolYearId;
  /** The button text, e.g. "Mark 12 students as left". */
  readonly action: string;
  readonly onApply: (afterYearId: SchoolYearId, reason: LeaveReason) => void;
  readonly onCancel: () => void;
}

/** Two selects and the buttons, inline (no modal: the scheduler keeps the list in view). */
export function LeaveFields({ years, defaultYearId, action, onApply, onCancel }: Props) {
  const id = useId();
  const [reason, setReason] = useState<LeaveReason>('transferred');
  const [yearId, setYearId] = useState(defaultYearId);
  return (
    <div className="inline-form" role="group" aria-label="Mark as left">
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.currentTarget.value as LeaveReason)}>
          <option value="graduated">Graduated</option>
          <option value="transferred">Transferred</option>
          <option value="other">Other</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`}>Last year here</label>
        <select id={`${id}-year`} value={yearId} onChange={(e) => setYearId(e.currentTarget.value)}>
          {years.map((y) => (
            <option key={y} value={y}>
              Left after {schoolYearLabel(y)}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-form-buttons">
        <button type="button" className="primary" onClick={() => onApply(yearId, reason)}>
          {action}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
