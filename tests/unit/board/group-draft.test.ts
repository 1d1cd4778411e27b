/** Editing a group by hand: the form's checks and notes, and the one command it saves (plan or scenario). */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/domain/reducer';
import type { AdvisoryGroup, School } from '../../../shared/domain/types';
import { editAdvisorsInScenario, editGroupCommand } from '../../../shared/metrics/group-edits';
import { scenarioFromPlan } from '../../../shared/metrics/scenarios';
import { classChoices, lastYearChoices, groupDraftNotes, groupDraftOf, groupDraftProblem, groupEditOf, newGroupCommand, newGroupDraft, suggestedName, type GroupDraft } from '../../../renderer/src/lib/board/group-draft';
import { deepFreeze, group, NEXT_YEAR, smallSchool, YEAR } from '../helpers/school';

const LATER = '2028-29';
const LAST = '2029-30';

/** G1 is led by T1 from 2026–27 to 2028–29, then by T2 in 2029–30; G2 is led by T2 in 2026–27. */
function school(patch: Partial<School['info']['policy']> = {}): School {
  const base = smallSchool();
  const g1 = group('G1', 'T1', {
    name: 'Okafor advisory',
    room: '104',
    advisors: { [YEAR]: { lead: 'T1', co: null }, [NEXT_YEAR]: { lead: 'T1', co: null }, [LATER]: { lead: 'T1', co: null }, [LAST]: { lead: 'T2', co: null } },
  });
  return deepFreeze({ ...base, info: { ...base.info, policy: { ...base.info.policy, ...patch } }, groups: { G1: g1, G2: group('G2', 'T2', { name: 'Rivera advisory' }) } });
}

const g1 = (s: School): AdvisoryGroup => s.groups['G1'] as AdvisoryGroup;
const draft = (s: School, patch: Partial<GroupDraft>): GroupDraft => ({ ...groupDraftOf(g1(s), YEAR), ...patch });

describe('the Edit group form', () => {
  it('says what stops a save, in words', () => {
    const s = school();
    expect(groupDraftProblem(s, g1(s), YEAR, draft(s, {}))).toBeNull();
    expect(groupDraftProblem(s, g1(s), YEAR, draft(s, { name: '  ' }))).toBe('Give the group a name.');
    expect(groupDraftProblem(s, g1(s), YEAR, draft(s, { lead: '' }))).toBe('Choose the lead advisor: without one the group does not meet in 2026–27, and its students have no group.');
    expect(groupDraftProblem(s, g1(s), YEAR, draft(s, { co: 'T1' }))).toBe('FirstT1 LastT1 cannot be both the lead and the co-advisor: choose another co-advisor, or none.');
    const strict = school({ coAdvisorsAllowed: false });
    expect(groupDraftProblem(strict, g1(strict), YEAR, draft(strict, { co: 'T3' }))).toMatch(/^The school’s policy does not allow co-advisors/);
    expect(groupDraftProblem(s, g1(s), YEAR, draft(s, { co: 'T3' }))).toBeNull();
  });

  it('notes an adult who already advises another group that year', () => {
    const s = school();
    expect(groupDraftNotes(s, g1(s), YEAR, draft(s, {}))).toEqual([]);
    expect(groupDraftNotes(s, g1(s), YEAR, draft(s, { lead: 'T2' }))).toEqual(['FirstT2 LastT2 also advises Rivera advisory in 2026–27.']);
    expect(groupDraftNotes(s, g1(s), YEAR, draft(s, { co: 'T2' }))).toEqual(['FirstT2 LastT2 also advises Rivera advisory in 2026–27.']);
    expect(groupDraftNotes(s, g1(s), YEAR, draft(s, { lead: 'T3' }))).toEqual([]);
  });

  it('saves one upsert of the group: name, room, and the advisors of the year and the later years that had the same (up to the first that differs)', () => {
    const s = school();
    const command = editGroupCommand(g1(s), YEAR, groupEditOf(draft(s, { name: ' Okafor-Lee advisory ', room: '210', lead: 'T3', co: 'T1' })));
    if (!command) throw new Error('expected a command');
    expect(command.type).toBe('upsert');
    const after = g1(applyCommand(s, command).school);
    expect([after.name, after.room]).toEqual(['Okafor-Lee advisory', '210']);
    expect(after.advisors).toEqual({ [YEAR]: { lead: 'T3', co: 'T1' }, [NEXT_YEAR]: { lead: 'T3', co: 'T1' }, [LATER]: { lead: 'T3', co: 'T1' }, [LAST]: { lead: 'T2', co: null } });
    const thisYear = editGroupCommand(g1(s), YEAR, groupEditOf(draft(s, { lead: 'T3', laterYears: false })));
    if (!thisYear) throw new Error('expected a command');
    expect(g1(applyCommand(s, thisYear).school).advisors[NEXT_YEAR]).toEqual({ lead: 'T1', co: null });
    expect(editGroupCommand(g1(s), YEAR, groupEditOf(draft(s, {})))).toBeNull();
  });

  it('in an open scenario, changes the scenario’s advisors only, never the plan', () => {
    const s = school();
    const scenario = scenarioFromPlan(s, { id: 'SC1', name: 'Try', createdAt: '2026-09-01T00:00:00.000Z', fromYearId: YEAR });
    const command = editAdvisorsInScenario(scenario, 'G1', YEAR, groupEditOf(draft(s, { lead: 'T3' })));
    if (!command) throw new Error('expected a command');
    const after = applyCommand({ ...s, scenarios: { SC1: scenario } }, command).school;
    expect(g1(after)).toEqual(g1(s));
    expect(after.scenarios['SC1']?.advisors['G1']?.[YEAR]).toEqual({ lead: 'T3', co: null });
    expect(editAdvisorsInScenario(scenario, 'G1', YEAR, groupEditOf(draft(s, {})))).toBeNull();
  });

  it('makes a new grade-level group for a class: named after its lead, looping to the last grade, with an id no group has', () => {
    const s = school();
    expect(classChoices(s, YEAR)).toEqual([
      { classOf: 2030, label: 'Class of 2030 (grade 09)' },
      { classOf: 2029, label: 'Class of 2029 (grade 10)' },
      { classOf: 2028, label: 'Class of 2028 (grade 11)' },
      { classOf: 2027, label: 'Class of 2027 (grade 12)' },
    ]);
    const empty = newGroupDraft(s, YEAR);
    expect(empty.classOf).toBe(2030);
    expect(groupDraftProblem(s, null, YEAR, { ...empty, classOf: null })).toBe('Choose the class the group loops with.');
    expect(groupDraftProblem(s, null, YEAR, empty)).toBe('Give the group a name.');
    const tenth: GroupDraft = { ...empty, classOf: 2029, lead: 'T3', room: ' 12 ' };
    expect(suggestedName(s, tenth)).toBe('LastT3 advisory, class of 2029');
    const { command, groupId } = newGroupCommand(s, YEAR, { ...tenth, name: suggestedName(s, tenth) });
    const made = applyCommand(s, command).school.groups[groupId];
    expect(made).toEqual({
      id: 'g-2029-1',
      name: 'LastT3 advisory, class of 2029',
      room: '12',
      targetSize: s.info.policy.targetMax,
      classOf: 2029,
      advisors: { [YEAR]: { lead: 'T3', co: null } },
      firstYearId: YEAR,
      // Grade 10 in 2026–27, so a four-year loop has three years left: to 2028–29, its 12th grade.
      lastYearId: LATER,
    });
    // Mixed-grade schools: no class, and no last year.
    const vertical = school({ grouping: 'vertical' });
    expect(classChoices(vertical, YEAR)).toEqual([]);
    const open = newGroupCommand(vertical, YEAR, { ...newGroupDraft(vertical, YEAR), lead: 'T3', name: 'LastT3 advisory' });
    expect(applyCommand(vertical, open.command).school.groups[open.groupId]).toMatchObject({ id: 'g-v2026-1', name: 'LastT3 advisory', firstYearId: YEAR });
    expect(applyCommand(vertical, open.command).school.groups[open.groupId]?.lastYearId).toBeUndefined();
  });

  it('ends a group after a year (its students then have no group the year after), or takes its end year away', () => {
    const s = school();
    // The school's years from the viewed one on (smallSchool has four).
    expect(lastYearChoices(s, g1(s), NEXT_YEAR)).toEqual([NEXT_YEAR, LATER, LAST]);
    const ending = draft(s, { lastYearId: YEAR });
    expect(groupDraftNotes(s, g1(s), YEAR, ending)).toEqual(['From 2027–28 the group no longer meets: its students have no group there until that year is planned or rolled over.']);
    const ended = editGroupCommand(g1(s), YEAR, groupEditOf(ending));
    if (!ended) throw new Error('expected a command');
    const after = applyCommand(s, ended).school;
    expect(g1(after).lastYearId).toBe(YEAR);
    const reopened = editGroupCommand(g1(after), YEAR, groupEditOf({ ...groupDraftOf(g1(after), YEAR), lastYearId: '' }));
    if (!reopened) throw new Error('expected a command');
    expect('lastYearId' in g1(applyCommand(after, reopened).school)).toBe(false);
  });
});
