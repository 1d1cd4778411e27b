/** The chosen student's facts, and the one edit offered for now: the name they go by. */
import { useId, useState, type FormEvent } from 'react';
import { gradeInYear, schoolYearLabel } from '../../../shared/domain/dates';
import type { SchoolYearId } from '../../../shared/domain/ids';
import type { Student } from '../../../shared/domain/types';
import { useMutations } from '../hooks/use-mutations';
import { useSchool } from '../hooks/use-school';
import { studentName } from '../lib/names';

interface Props {
  readonly student: Student;
  readonly yearId: SchoolYearId;
  readonly onClose: () => void;
}

const genderWords: Readonly<Record<Student['gender'], string>> = {
  female: 'Female',
  male: 'Male',
  'non-binary': 'Non-binary',
  unspecified: 'Not given',
};

function flagWords(student: Student): string {
  const words = [
    student.flags.economicallyDisadvantaged && 'Economically disadvantaged',
    student.flags.iep504 && 'IEP or 504 plan',
    student.flags.englishLearner && 'English learner',
  ].filter(Boolean);
  return words.length ? words.join(', ') : 'None';
}

/** Keyed by student id by the caller, so choosing another student starts a fresh form. */
export function StudentDetail({ student, yearId, onClose }: Props) {
  const school = useSchool();
  const { commit } = useMutations();
  const inputId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(student.preferredName ?? '');
  const [busy, setBusy] = useState(false);
  const name = studentName(student);
  const groupId = school.placements[yearId]?.[student.id]?.groupId;
  const advisory = groupId ? (school.groups[groupId]?.name ?? groupId) : 'Not placed';
  const changed = draft.trim() !== (student.preferredName ?? '').trim();

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!changed || busy) return;
    const preferred = draft.trim();
    // Drop the field rather than store an empty string: "no preferred name" has one spelling.
    const { preferredName: _old, ...rest } = student;
    const entity: Student = preferred ? { ...rest, preferredName: preferred } : rest;
    setBusy(true);
    await commit({ type: 'upsert', collection: 'students', entity }, `Edit ${name}`);
    setBusy(false);
  }

  return (
    <aside className="detail-panel" aria-labelledby={`${inputId}-title`}>
      <div className="detail-head">
        <h2 id={`${inputId}-title`}>{name}</h2>
        <button type="button" aria-label="Close details" title="Close details" onClick={onClose}>
          ✕
        </button>
      </div>
      <form className="field" onSubmit={(e) => void save(e)}>
        <label htmlFor={inputId}>Preferred name</label>
        <input id={inputId} value={draft} maxLength={200} aria-describedby={hintId} onChange={(e) => setDraft(e.currentTarget.value)} />
        <p id={hintId} className="hint">
          The name the student goes by. Leave it empty to use “{student.firstName}”.
        </p>
        <div>
          <button type="submit" className="primary" disabled={!changed || busy}>
            {busy ? 'Saving…' : 'Save preferred name'}
          </button>
        </div>
      </form>
      <dl className="facts">
        <dt>Student ID</dt>
        <dd className="mono">{student.id}</dd>
        <dt>Legal name</dt>
        <dd>
          {student.firstName} {student.lastName}
        </dd>
        <dt>Grade in {schoolYearLabel(yearId)}</dt>
        <dd>{gradeInYear(student.classOf, yearId) ?? '—'}</dd>
        <dt>Class of</dt>
        <dd>{student.classOf}</dd>
        <dt>Advisory</dt>
        <dd>{advisory}</dd>
        <dt>Gender</dt>
        <dd>{genderWords[student.gender]}</dd>
        <dt>Flags</dt>
        <dd>{flagWords(student)}</dd>
      </dl>
    </aside>
  );
}
