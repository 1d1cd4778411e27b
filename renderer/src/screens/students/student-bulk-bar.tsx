/**
 * What can be done to the selected students at once. Each action is ONE batch command, so the
 * Undo button takes the whole change back in one step.
 */
import { useId, useState } from 'react';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Student } from '../../../../shared/domain/types';
import { useMutations } from '../../hooks/use-mutations';
import { addStudentTag, markStudentsLeft, setStudentFlag, type BulkChange } from '../../lib/bulk-commands';
import { formatCount, plural } from '../../lib/format';
import { flagTitles, type StudentFlag } from '../../lib/student-rows';
import { report } from '../../state/feedback-store';
import { LeaveFields } from './leave-fields';

interface Props {
  readonly students: readonly Student[];
  /** Selected students the current filters hide (they are changed too). */
  readonly hidden: number;
  readonly years: readonly SchoolYearId[];
  readonly yearId: SchoolYearId;
  readonly onClear: () => void;
}

type Mode = null | 'left' | 'set-flag' | 'clear-flag' | 'tag';

/** The bar shown while at least one student is selected. */
export function StudentBulkBar({ students, hidden, years, yearId, onClear }: Props) {
  const { commit } = useMutations();
  const id = useId();
  const [mode, setMode] = useState<Mode>(null);
  const [flag, setFlag] = useState<StudentFlag>('EL');
  const [tag, setTag] = useState('');
  const who = plural(students.length, 'student');

  async function run(change: BulkChange | null, nothing: string): Promise<void> {
    if (!change) {
      report('info', nothing);
      setMode(null);
      return;
    }
    if (await commit(change.command, change.label)) setMode(null);
  }

  return (
    <section className="bulk-bar" aria-label="Selected students">
      <p className="bulk-count">
        <strong>{formatCount(students.length)} selected</strong>
        {hidden > 0 && <span className="muted"> ({formatCount(hidden)} hidden by the filters)</span>}
      </p>
      {mode === null && (
        <div className="bulk-actions">
          <button type="button" onClick={() => setMode('left')}>Mark as left…</button>
          <button type="button" onClick={() => setMode('set-flag')}>Set a flag…</button>
          <button type="button" onClick={() => setMode('clear-flag')}>Clear a flag…</button>
          <button type="button" onClick={() => setMode('tag')}>Add a tag…</button>
          <button type="button" className="link-button" onClick={onClear}>Clear selection</button>
        </div>
      )}
      {mode === 'left' && (
        <LeaveFields
          years={years}
          defaultYearId={yearId}
          action={`Mark ${who} as left`}
          onApply={(after, reason) => void run(markStudentsLeft(students, after, reason), `All ${who} are already marked so.`)}
          onCancel={() => setMode(null)}
        />
      )}
      {(mode === 'set-flag' || mode === 'clear-flag') && (
        <div className="inline-form" role="group" aria-label={mode === 'set-flag' ? 'Set a flag' : 'Clear a flag'}>
          <div className="field">
            <label htmlFor={`${id}-flag`}>Flag</label>
            <select id={`${id}-flag`} value={flag} onChange={(e) => setFlag(e.currentTarget.value as StudentFlag)}>
              {(Object.keys(flagTitles) as StudentFlag[]).map((f) => (
                <option key={f} value={f}>
                  {flagTitles[f]}
                </option>
              ))}
            </select>
          </div>
          <div className="inline-form-buttons">
            <button
              type="button"
              className="primary"
              onClick={() => void run(setStudentFlag(students, flag, mode === 'set-flag'), `Nothing to change: the ${who} already ${mode === 'set-flag' ? 'have' : 'lack'} that flag.`)}
            >
              {mode === 'set-flag' ? `Set on ${who}` : `Clear from ${who}`}
            </button>
            <button type="button" onClick={() => setMode(null)}>Cancel</button>
          </div>
        </div>
      )}
      {mode === 'tag' && (
        <form
          className="inline-form"
          aria-label="Add a tag"
          onSubmit={(e) => {
            e.preventDefault();
            void run(addStudentTag(students, tag), tag.trim() ? `All ${who} already have the tag “${tag.trim()}”.` : 'Type a tag first.');
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-tag`}>Tag</label>
            <input id={`${id}-tag`} value={tag} maxLength={100} placeholder="e.g. athlete" onChange={(e) => setTag(e.currentTarget.value)} />
          </div>
          <div className="inline-form-buttons">
            <button type="submit" className="primary" disabled={!tag.trim()}>
              Add to {who}
            </button>
            <button type="button" onClick={() => setMode(null)}>Cancel</button>
          </div>
        </form>
      )}
    </section>
  );
}
