/**
 * Property tests of the reducer: any sequence of commands (each applied, or skipped when refused)
 * is undone exactly by its inverses in reverse order; every generated command passes commandSchema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandSchema, type Command } from '../../shared/domain/commands';
import { applyCommand, CommandError } from '../../shared/domain/reducer';
import { defaultPolicy } from '../../shared/domain/defaults';
import type { AdvisoryGroup, Placement, School, Staff, Student } from '../../shared/domain/types';
import { applySchoolPatch, diffSchool } from '../../shared/store/school-patch';
import { deepFreeze, smallSchool } from './helpers/school';

const start: School = deepFreeze(smallSchool());
const schoolYears = Object.keys(start.years);
// Ids that exist in the start school and a few that do not, so some commands are refused.
const studentIds = [...Object.keys(start.students), '000105', '000106'];
const staffIds = [...Object.keys(start.staff), 'T4'];
const groupIds = [...Object.keys(start.groups), 'G3'];
const yearIds = [...schoolYears, '2040-41'];

const name = fc.string({ minLength: 1, maxLength: 20 });
const yearOfSchool = fc.constantFrom(...schoolYears);

const studentArb: fc.Arbitrary<Student> = fc.record(
  {
    id: fc.constantFrom(...studentIds),
    firstName: name,
    lastName: name,
    preferredName: name,
    email: fc.constant('someone@students.example'),
    classOf: fc.integer({ min: 2026, max: 2032 }),
    gender: fc.constantFrom('female', 'male', 'non-binary', 'unspecified'),
    flags: fc.record({ economicallyDisadvantaged: fc.boolean(), iep504: fc.boolean(), englishLearner: fc.boolean() }),
    tags: fc.array(fc.constantFrom('athlete', 'newcomer', 'band'), { maxLength: 2 }),
    enteredYearId: yearOfSchool,
    left: fc.record({ afterYearId: yearOfSchool, reason: fc.constantFrom('graduated', 'transferred', 'other') }),
  },
  { requiredKeys: ['id', 'firstName', 'lastName', 'classOf', 'gender', 'flags', 'tags', 'enteredYearId'] },
);

const staffArb: fc.Arbitrary<Staff> = fc.record(
  {
    id: fc.constantFrom(...staffIds),
    firstName: name,
    lastName: name,
    email: fc.constant('someone@school.example'),
    department: fc.constantFrom('English', 'Science', 'Counseling'),
    role: fc.constantFrom('teacher', 'counselor', 'coach', 'support-staff'),
    availability: fc.dictionary(yearOfSchool, fc.constantFrom('active', 'on-leave', 'leaving'), { maxKeys: 2 }),
    maxAdvisees: fc.integer({ min: 0, max: 30 }),
    maxClubs: fc.integer({ min: 0, max: 4 }),
    baseSalary: fc.integer({ min: 40_000, max: 120_000 }),
    yearsOfService: fc.integer({ min: 0, max: 40 }),
    leftAfterYearId: yearOfSchool,
  },
  { requiredKeys: ['id', 'firstName', 'lastName', 'email', 'department', 'role', 'availability', 'maxAdvisees', 'maxClubs', 'baseSalary', 'yearsOfService'] },
);

const advisorId = fc.option(fc.constantFrom(...staffIds), { nil: null });
const groupArb: fc.Arbitrary<AdvisoryGroup> = fc.record(
  {
    id: fc.constantFrom(...groupIds),
    name,
    room: fc.constantFrom('101', '202', 'Library'),
    targetSize: fc.integer({ min: 1, max: 20 }),
    classOf: fc.integer({ min: 2027, max: 2031 }),
    advisors: fc.dictionary(yearOfSchool, fc.record({ lead: advisorId, co: advisorId }), { maxKeys: 3 }),
    firstYearId: yearOfSchool,
    lastYearId: yearOfSchool,
  },
  { requiredKeys: ['id', 'name', 'room', 'targetSize', 'advisors', 'firstYearId'] },
);

const placementFor = (studentId: string): fc.Arbitrary<Placement> =>
  fc.record({
    // Mostly the same student; sometimes another one, which the reducer must refuse.
    studentId: fc.oneof({ weight: 9, arbitrary: fc.constant(studentId) }, { weight: 1, arbitrary: fc.constantFrom(...studentIds) }),
    groupId: fc.constantFrom(...groupIds),
    locked: fc.boolean(),
    origin: fc.constantFrom('plan', 'hand', 'import'),
  });

const setPlacementArb: fc.Arbitrary<Command> = fc
  .record({ yearId: fc.constantFrom(...yearIds), studentId: fc.constantFrom(...studentIds) })
  .chain(({ yearId, studentId }) =>
    fc.option(placementFor(studentId), { nil: null, freq: 4 }).map((placement): Command => ({ type: 'setPlacement', yearId, studentId, placement })),
  );

const updateInfoArb: fc.Arbitrary<Command> = fc
  .record(
    {
      name,
      currentYearId: fc.constantFrom(...yearIds),
      isDemo: fc.boolean(),
      policy: fc.record({ grouping: fc.constantFrom('grade-cohort', 'vertical'), hardMax: fc.integer({ min: 15, max: 30 }) }).map((p) => ({ ...defaultPolicy, ...p })),
    },
    { requiredKeys: [] },
  )
  .map((patch): Command => ({ type: 'updateInfo', patch }));

const leafArb: fc.Arbitrary<Command> = fc.oneof(
  studentArb.map((entity): Command => ({ type: 'upsert', collection: 'students', entity })),
  staffArb.map((entity): Command => ({ type: 'upsert', collection: 'staff', entity })),
  groupArb.map((entity): Command => ({ type: 'upsert', collection: 'groups', entity })),
  fc.constantFrom(...studentIds).map((id): Command => ({ type: 'remove', collection: 'students', id })),
  fc.constantFrom(...staffIds).map((id): Command => ({ type: 'remove', collection: 'staff', id })),
  fc.constantFrom(...groupIds).map((id): Command => ({ type: 'remove', collection: 'groups', id })),
  setPlacementArb,
  setPlacementArb,
  updateInfoArb,
);

const batchOf = (part: fc.Arbitrary<Command>): fc.Arbitrary<Command> =>
  fc.array(part, { maxLength: 6 }).map((commands): Command => ({ type: 'batch', commands }));

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: leafArb },
  { weight: 2, arbitrary: batchOf(leafArb) },
  { weight: 1, arbitrary: batchOf(fc.oneof(leafArb, batchOf(leafArb))) },
);

/** Applies a command, or skips it when the reducer refuses it; returns the inverse when applied. */
function applyOrSkip(school: School, command: Command): { school: School; inverse: Command | null } {
  try {
    return applyCommand(school, command);
  } catch (error) {
    if (error instanceof CommandError) return { school, inverse: null };
    throw error;
  }
}

describe('reducer properties', () => {
  it('applying any command sequence, then every inverse in reverse order, gives back exactly the start', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 25 }), (commands) => {
        let school = start;
        const inverses: Command[] = [];
        for (const command of commands) {
          const applied = applyOrSkip(school, command);
          school = deepFreeze(applied.school);
          if (applied.inverse) inverses.push(applied.inverse);
        }
        for (const inverse of inverses.reverse()) school = deepFreeze(applyCommand(school, inverse).school);
        expect(school).toEqual(start);
      }),
      { numRuns: 400 },
    );
  });

  it('a copy brought up to date with diffSchool patches after every command equals the school (the task worker’s copy)', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 25 }), (commands) => {
        let school = start;
        const held = structuredClone(start) as School;
        for (const command of commands) {
          const next = deepFreeze(applyOrSkip(school, command).school);
          const patch = diffSchool(school, next, Number.POSITIVE_INFINITY);
          expect(patch).not.toBeNull();
          // The worker receives the patch through postMessage, i.e. as its own copy.
          applySchoolPatch(held, structuredClone(patch ?? []));
          expect(held).toEqual(next);
          school = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a refused command throws CommandError and the school stays as it was', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 10 }), commandArb, (setup, command) => {
        let school = start;
        for (const c of setup) school = deepFreeze(applyOrSkip(school, c).school);
        const before = structuredClone(school);
        try {
          applyCommand(school, command);
        } catch (error) {
          expect(error).toBeInstanceOf(CommandError);
          expect((error as Error).message.length).toBeGreaterThan(10);
        }
        expect(school).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('commandSchema accepts every generated command after a JSON round trip, and keeps it as it was', () => {
    fc.assert(
      fc.property(commandArb, (command) => {
        const wire = JSON.parse(JSON.stringify(command)) as unknown;
        const parsed = commandSchema.safeParse(wire);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
        expect(parsed.data).toEqual(command);
      }),
      { numRuns: 400 },
    );
  });

  it('commandSchema also accepts every inverse the reducer produces', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 10 }), (commands) => {
        let school = start;
        for (const command of commands) {
          const applied = applyOrSkip(school, command);
          school = applied.school;
          if (!applied.inverse) continue;
          const parsed = commandSchema.safeParse(JSON.parse(JSON.stringify(applied.inverse)));
          if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
        }
      }),
      { numRuns: 200 },
    );
  });
});
