/** The "Edit group" and "New group" form's draft: made from a group (or empty), checked in plain words, and turned into a command. */
import { classOfGrade, schoolYearId, schoolYearLabel, schoolYearStart } from '../../../../shared/domain/dates';
import type { Command } from '../../../../shared/domain/commands';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import { newAdvisoryGroup, newGroupName, unusedGroupId } from '../../../../shared/domain/new-group';
import type { AdvisoryGroup, School } from '../../../../shared/domain/types';
import { editedYears, type GroupEdit } from '../../../../shared/metrics/group-edits';
import { staffName } from '../names';
import { listWords } from './rule-warnings';

export interface GroupDraft {
  readonly name: string;
  readonly room: string;
  /** Staff ids; '' for none. */
  readonly lead: string;
  readonly co: string;
  readonly laterYears: boolean;
  /** A new grade-level group: the class it loops with (null until chosen, and for mixed-grade groups). */
  readonly classOf: number | null;
  /** The last school year the group meets; '' for no end year. */
  readonly lastYearId: string;
}

/** The draft that edits `group`'s name, room and advisors in `yearId`. */
export function groupDraftOf(group: AdvisoryGroup, yearId: SchoolYearId): GroupDraft {
  const advisors = group.advisors[yearId];
  return { name: group.name, room: group.room, lead: advisors?.lead ?? '', co: advisors?.co ?? '', laterYears: true, classOf: group.classOf ?? null, lastYearId: group.lastYearId ?? '' };
}

/** The edit the draft describes. */
export function groupEditOf(draft: GroupDraft): GroupEdit {
  return { name: draft.name, room: draft.room, advisors: { lead: draft.lead || null, co: draft.co || null }, laterYears: draft.laterYears, lastYearId: draft.lastYearId || null };
}

/** The later years the draft's advisors would also be set in (those that had the same advisors as `yearId`). */
export function laterYearsOf(group: AdvisoryGroup, yearId: SchoolYearId): readonly string[] {
  return editedYears(group.advisors, yearId, true).slice(1);
}

const nameOf = (school: School, id: string): string => {
  const staff = school.staff[id];
  return staff ? staffName(staff) : id;
};

/** The first thing that stops the draft from being saved, in plain words; null when it can be. */
export function groupDraftProblem(school: School, group: AdvisoryGroup | null, yearId: SchoolYearId, draft: GroupDraft): string | null {
  if (!group && school.info.policy.grouping === 'grade-cohort' && draft.classOf === null) return 'Choose the class the group loops with.';
  if (!draft.name.trim()) return 'Give the group a name.';
  if (!draft.lead) return `Choose the lead advisor: without one the group does not meet in ${schoolYearLabel(yearId)}, and its students have no group.`;
  if (draft.co && draft.co === draft.lead) return `${nameOf(school, draft.lead)} cannot be both the lead and the co-advisor: choose another co-advisor, or none.`;
  const before = group?.advisors[yearId]?.co ?? '';
  if (draft.co && draft.co !== before && !school.info.policy.coAdvisorsAllowed) {
    return 'The school’s policy does not allow co-advisors (Advisories → Policy): choose “No co-advisor”, or allow them there first.';
  }
  return null;
}

/** What the scheduler should know before saving that does not stop it: an adult who already advises another group that year. */
export function groupDraftNotes(school: School, group: AdvisoryGroup | null, yearId: SchoolYearId, draft: GroupDraft): readonly string[] {
  const year = schoolYearLabel(yearId);
  const notes: string[] = [];
  for (const id of [draft.lead, draft.co]) {
    if (!id) continue;
    const others = Object.values(school.groups).filter((g) => g.id !== group?.id && (g.advisors[yearId]?.lead === id || g.advisors[yearId]?.co === id));
    if (others.length > 0) notes.push(`${nameOf(school, id)} also advises ${listWords(others.map((g) => g.name))} in ${year}.`);
  }
  const ends = draft.lastYearId || null;
  const ended = group?.lastYearId ?? null;
  if (group && ends !== null && (ended === null || ends < ended)) {
    const next = schoolYearId(schoolYearStart(ends) + 1);
    notes.push(`From ${schoolYearLabel(next)} the group no longer meets: its students have no group there until that year is planned or rolled over.`);
  }
  return notes;
}

/** The years the group can end in: the viewed year and every later year of the school (and the group's own last year). */
export function lastYearChoices(school: School, group: AdvisoryGroup, yearId: SchoolYearId): readonly string[] {
  return [...new Set([...Object.keys(school.years), ...(group.lastYearId ? [group.lastYearId] : [])])].filter((y) => y >= yearId).sort();
}

export interface ClassChoice {
  readonly classOf: number;
  /** "Class of 2030 (grade 09)". */
  readonly label: string;
}

/** The classes a new grade-level group can loop with in the year (the policy's grades, youngest first); none for mixed-grade groups. */
export function classChoices(school: School, yearId: SchoolYearId): readonly ClassChoice[] {
  if (school.info.policy.grouping !== 'grade-cohort') return [];
  return [...school.info.policy.grades].sort().map((grade) => {
    const classOf = classOfGrade(Number(grade), yearId);
    return { classOf, label: `Class of ${classOf} (grade ${grade})` };
  });
}

/** An empty draft for a new group (grade-level: the youngest class). */
export function newGroupDraft(school: School, yearId: SchoolYearId): GroupDraft {
  return { name: '', room: '', lead: '', co: '', laterYears: false, classOf: classChoices(school, yearId)[0]?.classOf ?? null, lastYearId: '' };
}

/** "Okafor advisory, class of 2030": the name the rollover gives a new group, from its lead and class ('' without a lead). */
export function suggestedName(school: School, draft: GroupDraft): string {
  const lead = school.staff[draft.lead];
  return lead ? newGroupName(lead.lastName, draft.classOf ?? undefined) : '';
}

/** The new group as one upsert, and its id. */
export function newGroupCommand(school: School, yearId: SchoolYearId, draft: GroupDraft): { readonly command: Command; readonly groupId: string } {
  const classOf = school.info.policy.grouping === 'grade-cohort' ? (draft.classOf ?? undefined) : undefined;
  const id = unusedGroupId(new Set(Object.keys(school.groups)), classOf, yearId);
  const group = newAdvisoryGroup(school.info.policy, { id, name: draft.name.trim(), room: draft.room.trim(), ...(classOf === undefined ? {} : { classOf }), yearId, lead: draft.lead, co: draft.co || null });
  return { command: { type: 'upsert', collection: 'groups', entity: group }, groupId: id };
}
