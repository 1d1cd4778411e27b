/**
 * The pure reducer: applies a command to a school and yields the inverse command, so every change
 * can be undone. The input school is never mutated; untouched collections are shared.
 */
import type { Command, InfoPatch } from './commands';
import { assertNever } from './ids';
import type { CollectionName } from './schema';
import type { AnyEntity, School } from './types';

/** A command the school cannot take, with a sentence a user can read. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
}

export interface Applied {
  readonly school: School;
  /** Applying this to `school` gives back the school the command was applied to. */
  readonly inverse: Command;
}

const entityLabel: Record<CollectionName, string> = {
  years: 'school year',
  students: 'student',
  staff: 'staff member',
  groups: 'advisory group',
  rules: 'rule',
  mappingSessions: 'mapping session',
  marks: 'relationship mark',
  namedAdults: 'named adult',
  mentors: 'mentor assignment',
  checkIns: 'check-in',
  clubs: 'club',
  sponsorships: 'sponsorship',
  stipendRules: 'stipend rule',
  recognitions: 'recognition',
  scenarios: 'scenario',
};

type Coll = Readonly<Record<string, AnyEntity>>;

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

function hasHistory(school: School, collection: CollectionName, id: string): string | null {
  if (collection === 'students') {
    for (const [yearId, byStudent] of Object.entries(school.placements)) {
      if (byStudent[id]) return `has a placement in ${yearId}; mark the student as left instead`;
    }
  }
  if (collection === 'staff') {
    for (const group of Object.values(school.groups)) {
      for (const [yearId, adv] of Object.entries(group.advisors)) {
        if (adv.lead === id || adv.co === id) return `advises ${group.name} in ${yearId}; mark them as leaving instead`;
      }
    }
  }
  if (collection === 'groups') {
    for (const [yearId, byStudent] of Object.entries(school.placements)) {
      for (const p of Object.values(byStudent)) {
        if (p.groupId === id) return `still has students placed in ${yearId}`;
      }
    }
  }
  return null;
}

function applyInfo(school: School, patch: InfoPatch): Applied {
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof InfoPatch)[]) previous[key] = school.info[key];
  if (patch.currentYearId !== undefined && !school.years[patch.currentYearId]) {
    throw new CommandError(`There is no school year ${patch.currentYearId}.`);
  }
  return {
    school: { ...school, info: { ...school.info, ...patch } },
    inverse: { type: 'updateInfo', patch: previous as InfoPatch },
  };
}

/** Applies one command; throws CommandError (and changes nothing) when it cannot apply. */
export function applyCommand(school: School, command: Command): Applied {
  switch (command.type) {
    case 'upsert': {
      const coll = school[command.collection] as Coll;
      const entity = command.entity as AnyEntity & { id: string };
      const before = coll[entity.id];
      const next = { ...school, [command.collection]: { ...coll, [entity.id]: entity } } as School;
      return {
        school: next,
        inverse: before
          ? { type: 'upsert', collection: command.collection, entity: before }
          : { type: 'remove', collection: command.collection, id: entity.id },
      };
    }
    case 'remove': {
      const coll = school[command.collection] as Coll;
      const before = coll[command.id];
      const label = entityLabel[command.collection];
      if (!before) throw new CommandError(`There is no ${label} with id ${command.id} to remove.`);
      const history = hasHistory(school, command.collection, command.id);
      if (history) throw new CommandError(`The ${label} ${command.id} cannot be removed: it ${history}.`);
      return {
        school: { ...school, [command.collection]: without(coll, command.id) } as School,
        inverse: { type: 'upsert', collection: command.collection, entity: before },
      };
    }
    case 'setPlacement': {
      const { yearId, studentId, placement } = command;
      if (!school.years[yearId]) throw new CommandError(`There is no school year ${yearId}.`);
      if (!school.students[studentId]) throw new CommandError(`There is no student with id ${studentId}.`);
      if (placement) {
        if (placement.studentId !== studentId) throw new CommandError('The placement names a different student.');
        if (!school.groups[placement.groupId]) {
          throw new CommandError(`There is no advisory group with id ${placement.groupId}.`);
        }
      }
      const year = school.placements[yearId] ?? {};
      const before = year[studentId] ?? null;
      const nextYear = placement ? { ...year, [studentId]: placement } : without(year, studentId);
      return {
        school: { ...school, placements: { ...school.placements, [yearId]: nextYear } },
        inverse: { type: 'setPlacement', yearId, studentId, placement: before },
      };
    }
    case 'updateInfo':
      return applyInfo(school, command.patch);
    case 'replaceSchool':
      return { school: command.school, inverse: { type: 'replaceSchool', school } };
    case 'batch': {
      let current = school;
      const inverses: Command[] = [];
      for (const part of command.commands) {
        const applied = applyCommand(current, part);
        current = applied.school;
        inverses.push(applied.inverse);
      }
      inverses.reverse();
      return { school: current, inverse: { type: 'batch', commands: inverses } };
    }
    default:
      return assertNever(command, 'command');
  }
}

/** Applies a command and drops the inverse (used where history is not kept, e.g. journal replay). */
export function reduce(school: School, command: Command): School {
  return applyCommand(school, command).school;
}
