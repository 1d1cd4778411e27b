/**
 * Builds the board for one school year. A builder remembers its last result so that after a
 * change (one move touches two groups) every untouched card, chip and stat object is the very
 * same object as before: React.memo then skips those cards, and their stats are not recomputed.
 */
import { gradeInYear } from '../../../../shared/domain/dates';
import type { SchoolYearId } from '../../../../shared/domain/ids';
import { isEnrolled } from '../../../../shared/domain/summary';
import type { Placement, School, Student } from '../../../../shared/domain/types';
import { staffName, studentName } from '../names';
import type { StudentFlag } from '../student-rows';
import type { BoardGroup, BoardModel, BoardStudent, BoardWarning, GroupStats, SchoolShares } from './board-types';
import { advisorWarnings, groupStats, orderWarnings, schoolShares, sizeWarning } from './group-stats';
import { compareGroupNames } from './board-view';
import { gradeWarning } from './grade-warnings';
import { ruleWarnings } from './rule-warnings';

/** "Ana R.": the first name they go by and the initial of the last name. */
export function shortStudentName(student: Student): string {
  const first = student.preferredName?.trim() || student.firstName;
  const initial = student.lastName.trim().charAt(0);
  return initial ? `${first} ${initial}.` : first;
}

function flagsOf(student: Student): StudentFlag[] {
  const flags: StudentFlag[] = [];
  if (student.flags.economicallyDisadvantaged) flags.push('ED');
  if (student.flags.iep504) flags.push('IEP/504');
  if (student.flags.englishLearner) flags.push('EL');
  return flags;
}

function toBoardStudent(student: Student, placement: Placement | null, yearId: SchoolYearId): BoardStudent {
  const name = studentName(student);
  return {
    id: student.id,
    name,
    shortName: shortStudentName(student),
    sortKey: `${student.lastName} ${name}`.toLowerCase(),
    grade: gradeInYear(student.classOf, yearId) ?? '',
    classOf: student.classOf,
    flags: flagsOf(student),
    female: student.gender === 'female',
    locked: placement?.locked ?? false,
    placement,
    search: `${name} ${student.firstName} ${student.lastName} ${student.id}`.toLowerCase(),
  };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameWarnings(a: readonly BoardWarning[], b: readonly BoardWarning[]): boolean {
  return a.length === b.length && a.every((w, i) => w.text === b[i]?.text && w.severity === b[i]?.severity);
}

function sameShares(a: SchoolShares, b: SchoolShares): boolean {
  return a.enrolled === b.enrolled && a.female === b.female && a.ed === b.ed && a.iep === b.iep && a.el === b.el;
}

// The default locale, as localeCompare without arguments, but one collator for every comparison.
const studentNames = new Intl.Collator();
const byName = (a: BoardStudent, b: BoardStudent): number => studentNames.compare(a.sortKey, b.sortKey);

/** A board builder with its own memory of the previous build (one per screen). */
export function createBoardBuilder(): (school: School, yearId: SchoolYearId) => BoardModel {
  let chips = new WeakMap<Student, { readonly yearId: SchoolYearId; readonly placement: Placement | null; readonly value: BoardStudent }>();
  let previous: BoardModel | null = null;

  const chipOf = (student: Student, placement: Placement | null, yearId: SchoolYearId): BoardStudent => {
    const cached = chips.get(student);
    if (cached && cached.yearId === yearId && cached.placement === placement) return cached.value;
    const value = toBoardStudent(student, placement, yearId);
    chips.set(student, { yearId, placement, value });
    return value;
  };

  return (school, yearId) => {
    if (previous && previous.yearId !== yearId) {
      previous = null;
      chips = new WeakMap();
    }
    const policy = school.info.policy;
    const placements = school.placements[yearId] ?? {};
    const open = Object.values(school.groups).filter((g) => g.advisors[yearId]);
    const openIds = new Set(open.map((g) => g.id));
    const members = new Map<string, BoardStudent[]>(open.map((g) => [g.id, []]));
    const students = new Map<string, BoardStudent>();
    const groupOf = new Map<string, string>();
    const enrolled: BoardStudent[] = [];
    const unplaced: BoardStudent[] = [];
    let placed = 0;
    for (const student of Object.values(school.students)) {
      const placement = placements[student.id] ?? null;
      const inOpenGroup = !!placement && openIds.has(placement.groupId);
      const isIn = isEnrolled(student, yearId);
      // A placement of someone not enrolled that year is still shown where it is, so it can be fixed.
      if (!isIn && !inOpenGroup) continue;
      const chip = chipOf(student, placement, yearId);
      students.set(student.id, chip);
      if (isIn) enrolled.push(chip);
      if (placement && inOpenGroup) {
        members.get(placement.groupId)?.push(chip);
        groupOf.set(student.id, placement.groupId);
        if (isIn) placed++;
      } else unplaced.push(chip);
    }
    const shares = schoolShares(enrolled);
    const rules = ruleWarnings(school, yearId, (id) => groupOf.get(id), {
      student: (id) => students.get(id)?.shortName ?? id,
      staff: (id) => school.staff[id]?.lastName ?? id,
    });
    const before = new Map((previous?.groups ?? []).map((g) => [g.id, g]));
    const sharesSame = !!previous && previous.policy === policy && sameShares(previous.shares, shares);
    const groups: BoardGroup[] = open.map((group) => {
      const list = (members.get(group.id) ?? []).sort(byName);
      const advisors = group.advisors[yearId];
      const lead = advisors?.lead ? (school.staff[advisors.lead] ?? null) : null;
      const co = advisors?.co ? (school.staff[advisors.co] ?? null) : null;
      const old = before.get(group.id);
      const sameMembers = !!old && sameItems(old.members, list);
      // Memoised: the stats depend only on the members, the policy and the school's shares.
      const stats: GroupStats = old && sameMembers && sharesSame ? old.stats : groupStats(list, policy, shares);
      const size = sizeWarning(list.length, policy);
      const grade = gradeWarning(group, list, policy);
      const warnings = orderWarnings([...(size ? [size] : []), ...(grade ? [grade] : []), ...advisorWarnings(lead, co, yearId, policy), ...(rules.get(group.id) ?? [])]);
      const next: BoardGroup = {
        id: group.id,
        group,
        name: group.name,
        room: group.room,
        leadName: lead ? staffName(lead) : null,
        coName: co ? staffName(co) : null,
        members: sameMembers && old ? old.members : list,
        lockedCount: list.reduce((n, s) => n + (s.locked ? 1 : 0), 0),
        stats,
        warnings,
      };
      if (old && old.group === group && sameMembers && old.stats === stats && old.leadName === next.leadName && old.coName === next.coName && sameWarnings(old.warnings, warnings)) {
        return old;
      }
      return next;
    });
    groups.sort((a, b) => compareGroupNames(a.name, b.name));
    const model: BoardModel = {
      yearId,
      policy,
      shares,
      groups,
      unplaced: unplaced.sort(byName),
      students,
      groupOf,
      enrolled: enrolled.length,
      placed,
    };
    previous = model;
    return model;
  };
}
