/**
 * "Edit group…" from a card: the group's name and room, and its lead and co-advisor for the viewed
 * year (and the later years that had the same adults, as a loop keeps its adult); or, without a
 * group, "New group…": an empty group from the viewed year on (grade-level: for a class). A native
 * modal <dialog> as the rule form is. Saving is ONE upsert through `commit`; while a scenario is
 * open only the advisors can change, in the scenario (names and rooms belong to the plan).
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import type { AdvisoryGroup, Scenario, School } from '../../../../shared/domain/types';
import { whyInUse } from '../../../../shared/domain/references';
import { editAdvisorsInScenario, editGroupCommand } from '../../../../shared/metrics/group-edits';
import { useMutations } from '../../hooks/use-mutations';
import { classChoices, lastYearChoices, groupDraftNotes, groupDraftOf, groupDraftProblem, groupEditOf, laterYearsOf, newGroupCommand, newGroupDraft, suggestedName, type GroupDraft } from '../../lib/board/group-draft';
import { listWords } from '../../lib/board/rule-warnings';
import { staffChoices } from '../../lib/staff-choices';
import { report } from '../../state/feedback-store';
import { useModalDialog } from '../../hooks/use-modal-dialog';
import { FormFooter } from '../../components/form-footer';
import { StaffSelect } from '../../components/staff-select';

interface Props {
  /** The school the board shows (with the open scenario's advisors, if any). */
  readonly school: School;
  /** The group to edit; null for a new one. */
  readonly group: AdvisoryGroup | null;
  readonly yearId: SchoolYearId;
  readonly scenario?: Scenario;
  /** Called with the group's id once saved. */
  readonly onSaved?: (groupId: string) => void;
  readonly onClose: () => void;
}

/** The modal "Edit group" / "New group" form. */
export function GroupDialog({ school, group, yearId, scenario, onSaved, onClose }: Props) {
  const ref = useModalDialog();
  const id = useId();
  const { commit } = useMutations();
  const [draft, setDraft] = useState<GroupDraft>(() => (group ? groupDraftOf(group, yearId) : newGroupDraft(school, yearId)));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const year = schoolYearLabel(yearId);
  const current = group?.advisors[yearId];
  const adults = useMemo(() => staffChoices(school, yearId, [current?.lead ?? '', current?.co ?? ''].filter(Boolean)), [school, yearId, current]);
  const later = group ? laterYearsOf(group, yearId) : [];
  const classes = group ? [] : classChoices(school, yearId);
  const notes = groupDraftNotes(school, group, yearId, draft);
  const coLocked = !school.info.policy.coAdvisorsAllowed && !current?.co;
  // Only a group no student was ever placed in can go (a mistake, say); others end instead.
  const inUse = group ? whyInUse(school, 'groups', group.id) !== null : false;

  const change = (patch: Partial<GroupDraft>): void => {
    setDraft((d) => {
      const next = { ...d, ...patch };
      // A new group is named after its lead and class, as the rollover names them, until the
      // scheduler types a name of their own.
      return !group && patch.name === undefined && (d.name === '' || d.name === suggestedName(school, d)) ? { ...next, name: suggestedName(school, next) } : next;
    });
    setProblem(null);
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const found = groupDraftProblem(school, group, yearId, draft);
    setProblem(found);
    if (found) return;
    if (!group) {
      const made = newGroupCommand(school, yearId, draft);
      setBusy(true);
      const ok = await commit(made.command, `New group ${draft.name.trim()}`);
      setBusy(false);
      if (!ok) return;
      onClose();
      onSaved?.(made.groupId);
      return;
    }
    const edit = groupEditOf(scenario ? { ...draft, name: group.name, room: group.room } : draft);
    const command = scenario ? editAdvisorsInScenario(scenario, group.id, yearId, edit) : editGroupCommand(group, yearId, edit);
    if (!command) {
      report('info', 'Nothing to save: the group is as it was.');
      onClose();
      return;
    }
    setBusy(true);
    const ok = await commit(command, `Edit ${group.name}${scenario ? ` (scenario “${scenario.name}”)` : ''}`);
    setBusy(false);
    if (!ok) return;
    onClose();
    onSaved?.(group.id);
  }

  async function remove(doomed: AdvisoryGroup): Promise<void> {
    setBusy(true);
    const ok = await commit({ type: 'remove', collection: 'groups', id: doomed.id }, `Delete ${doomed.name}`);
    setBusy(false);
    if (ok) onClose();
  }

  return (
    <dialog ref={ref} className="dialog rule-dialog" aria-labelledby={`${id}-title`} onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>{group ? `Edit ${group.name}` : `New advisory group from ${year}`}</h2>
        {classes.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-class`}>Class</label>
            <select id={`${id}-class`} value={draft.classOf ?? ''} aria-describedby={`${id}-class-hint`} onChange={(e) => change({ classOf: e.currentTarget.value ? Number(e.currentTarget.value) : null })}>
              {classes.map((c) => (
                <option key={c.classOf} value={c.classOf}>
                  {c.label}
                </option>
              ))}
            </select>
            <p id={`${id}-class-hint`} className="hint">
              Grade-level groups loop with one class until the end of the loop.
            </p>
          </div>
        )}
        {scenario && <p className="hint">In the scenario “{scenario.name}” only the advisors change; the name, room and years belong to the plan.</p>}
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} maxLength={200} autoComplete="off" value={draft.name} disabled={!!scenario} onChange={(e) => change({ name: e.currentTarget.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-room`}>Room</label>
          <input id={`${id}-room`} maxLength={50} autoComplete="off" value={draft.room} disabled={!!scenario} onChange={(e) => change({ room: e.currentTarget.value })} />
        </div>
        {group && (
          <div className="field">
            <label htmlFor={`${id}-last`}>Meets until</label>
            <select id={`${id}-last`} value={draft.lastYearId} disabled={!!scenario} onChange={(e) => change({ lastYearId: e.currentTarget.value })}>
              <option value="">No end year</option>
              {lastYearChoices(school, group, yearId).map((y) => (
                <option key={y} value={y}>
                  the end of {schoolYearLabel(y)}
                </option>
              ))}
            </select>
          </div>
        )}
        <fieldset className="rule-choices">
          <legend>Advisors in {year}</legend>
          <div className="field">
            <label htmlFor={`${id}-lead`}>Lead advisor</label>
            <StaffSelect id={`${id}-lead`} value={draft.lead} choices={adults} none="Choose an adult…" onChange={(lead) => change({ lead })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-co`}>Co-advisor</label>
            <StaffSelect id={`${id}-co`} value={draft.co} choices={adults} none="No co-advisor" disabled={coLocked} {...(coLocked ? { describedBy: `${id}-co-hint` } : {})} onChange={(co) => change({ co })} />
            {coLocked && (
              <p id={`${id}-co-hint`} className="hint">
                The school’s policy does not allow co-advisors (Policy tab).
              </p>
            )}
          </div>
          {later.length > 0 && (
            <label className="rule-radio">
              <input type="checkbox" checked={draft.laterYears} onChange={(e) => change({ laterYears: e.currentTarget.checked })} />
              <span>Also in {listWords(later.map(schoolYearLabel))}, where the group had the same advisors</span>
            </label>
          )}
        </fieldset>
        {notes.length > 0 && (
          <ul className="group-notes" aria-label="Before you save">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        {group && !scenario && (
          <p className="group-delete">
            {inUse ? (
              <span className="hint">A group that has students placed in some year cannot be deleted; end it with “Meets until” instead.</span>
            ) : (
              <button type="button" className="danger" disabled={busy} onClick={() => void remove(group)}>
                Delete this group
              </button>
            )}
          </p>
        )}
        <FormFooter problem={problem} busy={busy} saveLabel={group ? 'Save group' : 'Add group'} onCancel={onClose} />
      </form>
    </dialog>
  );
}
