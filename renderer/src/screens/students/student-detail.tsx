/**
 * The chosen student (or a new one) as a form: names, email, grade, gender, flags and tags, saved
 * as ONE upsert labelled "Edit <name>". Every field says what is wrong with it, in words.
 */
import { type FormEvent, useState } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Student } from '../../../../shared/domain/types';
import { CheckField, SelectField, TextField } from '../../components/person-form/fields';
import { TagEditor } from '../../components/person-form/tag-editor';
import { useDraft } from '../../components/person-form/use-draft';
import { useMutations } from '../../hooks/use-mutations';
import { useSchool } from '../../hooks/use-school';
import { studentName } from '../../lib/names';
import { studentDraft, studentFromDraft, type StudentField } from '../../lib/student-draft';
import { genderWords } from '../../lib/student-rows';
import { StudentHistory } from './student-history';

interface Props {
  /** null: the empty form of "Add student". */
  readonly student: Student | null;
  readonly yearId: SchoolYearId;
  readonly onClose: () => void;
  /** After a new student is saved, with their id. */
  readonly onAdded: (id: string) => void;
}

const genders = (Object.keys(genderWords) as Student['gender'][]).map((g) => ({ value: g, label: genderWords[g] }));

/** Keyed by the caller (student id or "new"), so choosing another student starts a fresh form. */
export function StudentDetail({ student, yearId, onClose, onAdded }: Props) {
  const school = useSchool();
  const { commit } = useMutations();
  const [draft, update, dirty, reset] = useDraft(student, (s) => studentDraft(s, yearId));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const { entity, errors } = studentFromDraft(draft, student, school, yearId);
  const initial = studentDraft(student, yearId);
  // A field's message shows once it has been changed, or after a Save was tried.
  const errorOf = (field: StudentField): string | undefined => (tried || JSON.stringify(draft[field]) !== JSON.stringify(initial[field]) ? errors[field] : undefined);
  const set = <F extends StudentField>(field: F) => (value: (typeof draft)[F]) => update((d) => ({ ...d, [field]: value }));
  const title = student ? studentName(student) : 'Add student';
  const grades = school.info.policy.grades.map((g) => ({ value: g, label: g }));

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setTried(true);
    if (!entity || busy || (student && !dirty)) return;
    setBusy(true);
    const ok = await commit({ type: 'upsert', collection: 'students', entity }, student ? `Edit ${studentName(entity)}` : `Add ${studentName(entity)}`);
    setBusy(false);
    if (ok && !student) onAdded(entity.id);
  }

  return (
    <aside className="detail-panel" aria-label={student ? `Student ${title}` : 'Add student'}>
      <div className="detail-head">
        <div>
          <h2>{title}</h2>
          {student && <p className="muted mono">{student.id}</p>}
        </div>
        <button type="button" aria-label="Close details" title="Close details" onClick={onClose}>
          ✕
        </button>
      </div>
      <form className="detail-form" noValidate onSubmit={(e) => void save(e)}>
        {!student && (
          <TextField label="Student ID" mono value={draft.id} onChange={set('id')} error={draft.id ? errors.id : errorOf('id')} hint="As your SIS writes it: leading zeros are kept." />
        )}
        <div className="field-pair">
          <TextField label="Legal first name" value={draft.firstName} onChange={set('firstName')} error={errorOf('firstName')} />
          <TextField label="Legal last name" value={draft.lastName} onChange={set('lastName')} error={errorOf('lastName')} />
        </div>
        <TextField
          label="Preferred name"
          value={draft.preferredName}
          onChange={set('preferredName')}
          error={errorOf('preferredName')}
          hint={draft.firstName ? `Leave empty to use “${draft.firstName}”.` : 'The name the student goes by, if not the legal one.'}
        />
        <TextField label="Email" inputMode="email" maxLength={320} value={draft.email} onChange={set('email')} error={errorOf('email')} />
        <div className="field-pair">
          <SelectField
            label={`Grade in ${schoolYearLabel(yearId)}`}
            value={draft.grade}
            options={draft.grade === '' || grades.some((g) => g.value === draft.grade) ? [...(draft.grade === '' ? [{ value: '', label: '—' }] : []), ...grades] : [{ value: draft.grade, label: draft.grade }, ...grades]}
            onChange={set('grade')}
            error={errorOf('grade')}
          />
          <SelectField label="Gender" value={draft.gender} options={genders} onChange={set('gender')} />
        </div>
        <fieldset className="checks">
          <legend>Flags</legend>
          <CheckField label="Economically disadvantaged" checked={draft.flags.economicallyDisadvantaged} onChange={(v) => set('flags')({ ...draft.flags, economicallyDisadvantaged: v })} />
          <CheckField label="IEP or 504 plan" checked={draft.flags.iep504} onChange={(v) => set('flags')({ ...draft.flags, iep504: v })} />
          <CheckField label="English learner" checked={draft.flags.englishLearner} onChange={(v) => set('flags')({ ...draft.flags, englishLearner: v })} />
        </fieldset>
        <TagEditor tags={draft.tags} onChange={set('tags')} error={errorOf('tags')} />
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={busy || (student !== null && !dirty)}>
            {busy ? 'Saving…' : student ? 'Save' : 'Save new student'}
          </button>
          {student && dirty && (
            <button type="button" onClick={reset}>
              Discard changes
            </button>
          )}
          {tried && !entity && <p className="field-error">Fix the fields marked above, then save again.</p>}
        </div>
      </form>
      {student && <StudentHistory school={school} student={student} yearId={yearId} />}
    </aside>
  );
}
