/**
 * The chosen staff member (or a new one) as a form: names, email, role, department, availability
 * per school year, load limits and pay facts, saved as ONE upsert labelled "Edit <name>".
 */
import { type FormEvent, useState } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { Availability, Staff } from '../../../../shared/domain/types';
import { SelectField, TextField } from '../../components/person-form/fields';
import { useDraft } from '../../components/person-form/use-draft';
import { useMutations } from '../../hooks/use-mutations';
import { useSchool } from '../../hooks/use-school';
import { staffName } from '../../lib/names';
import { staffDraft, staffFromDraft, type StaffField } from '../../lib/staff-draft';
import { availabilityChoice, roleWords } from '../../lib/staff-rows';
import { StaffLeaving } from './staff-leaving';

interface Props {
  /** null: the empty form of "Add staff member". */
  readonly staff: Staff | null;
  readonly yearId: SchoolYearId;
  readonly onClose: () => void;
  readonly onAdded: (id: string) => void;
}

const roles = (Object.keys(roleWords) as Staff['role'][]).map((r) => ({ value: r, label: roleWords[r] }));

/** Keyed by the caller (staff id or "new"), so choosing another person starts a fresh form. */
export function StaffDetail({ staff, yearId, onClose, onAdded }: Props) {
  const school = useSchool();
  const { commit } = useMutations();
  const [draft, update, dirty, reset] = useDraft(staff, staffDraft);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const { entity, errors } = staffFromDraft(draft, staff, school);
  const initial = staffDraft(staff);
  const errorOf = (field: StaffField): string | undefined => (tried || JSON.stringify(draft[field]) !== JSON.stringify(initial[field]) ? errors[field] : undefined);
  const set = <F extends StaffField>(field: F) => (value: (typeof draft)[F]) => update((d) => ({ ...d, [field]: value }));
  const years = Object.keys(school.years).sort();
  const title = staff ? staffName(staff) : 'Add staff member';

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setTried(true);
    if (!entity || busy || (staff && !dirty)) return;
    setBusy(true);
    const ok = await commit({ type: 'upsert', collection: 'staff', entity }, staff ? `Edit ${staffName(entity)}` : `Add ${staffName(entity)}`);
    setBusy(false);
    if (ok && !staff) onAdded(entity.id);
  }

  return (
    <aside className="detail-panel" aria-label={staff ? `Staff member ${title}` : 'Add staff member'}>
      <div className="detail-head">
        <div>
          <h2>{title}</h2>
          {staff && <p className="muted mono">{staff.id}</p>}
        </div>
        <button type="button" aria-label="Close details" title="Close details" onClick={onClose}>
          ✕
        </button>
      </div>
      <form className="detail-form" noValidate onSubmit={(e) => void save(e)}>
        {!staff && <TextField label="Staff ID" mono value={draft.id} onChange={set('id')} error={draft.id ? errors.id : errorOf('id')} hint="As your SIS writes it." />}
        <div className="field-pair">
          <TextField label="First name" value={draft.firstName} onChange={set('firstName')} error={errorOf('firstName')} />
          <TextField label="Last name" value={draft.lastName} onChange={set('lastName')} error={errorOf('lastName')} />
        </div>
        <TextField label="Email" inputMode="email" maxLength={320} value={draft.email} onChange={set('email')} error={errorOf('email')} />
        <div className="field-pair">
          <SelectField label="Role" value={draft.role} options={roles} onChange={set('role')} />
          <TextField label="Department" value={draft.department} onChange={set('department')} error={errorOf('department')} />
        </div>
        <fieldset className="year-grid">
          <legend>Availability per school year</legend>
          {years.map((y) => (
            <SelectField<Availability>
              key={y}
              label={schoolYearLabel(y)}
              value={draft.availability[y] ?? 'active'}
              options={(['active', 'on-leave', 'leaving'] as const).map((a) => ({ value: a, label: availabilityChoice(a, y) }))}
              onChange={(v) => set('availability')({ ...draft.availability, [y]: v })}
            />
          ))}
        </fieldset>
        <div className="field-pair">
          <TextField label="Maximum advisees" inputMode="numeric" value={draft.maxAdvisees} onChange={set('maxAdvisees')} error={errorOf('maxAdvisees')} />
          <TextField label="Maximum clubs" inputMode="numeric" value={draft.maxClubs} onChange={set('maxClubs')} error={errorOf('maxClubs')} />
        </div>
        <div className="field-pair">
          <TextField label="Base salary ($)" inputMode="decimal" value={draft.baseSalary} onChange={set('baseSalary')} error={errorOf('baseSalary')} />
          <TextField label="Years of service" inputMode="numeric" value={draft.yearsOfService} onChange={set('yearsOfService')} error={errorOf('yearsOfService')} />
        </div>
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={busy || (staff !== null && !dirty)}>
            {busy ? 'Saving…' : staff ? 'Save' : 'Save new staff member'}
          </button>
          {staff && dirty && (
            <button type="button" onClick={reset}>
              Discard changes
            </button>
          )}
          {tried && !entity && <p className="field-error">Fix the fields marked above, then save again.</p>}
        </div>
      </form>
      {staff && <StaffLeaving staff={staff} years={years} yearId={yearId} />}
    </aside>
  );
}
