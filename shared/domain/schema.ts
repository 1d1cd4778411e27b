/**
 * The school data model, declared once as zod schemas. Types are inferred from these schemas so
 * what we validate (files opened, IPC arguments, snapshots read back) is exactly what we type.
 */
import { z } from 'zod';

const id = z.string().min(1).max(200);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written yyyy-MM-dd');
const isoDateTime = z.string().min(10).max(40);
const yearId = z.string().regex(/^\d{4}-\d{2}$/, 'a school year written like 2026-27');
const money = z.number().finite().min(0).max(10_000_000);

export const gradeSchema = z.enum(['06', '07', '08', '09', '10', '11', '12']);
export const genderSchema = z.enum(['female', 'male', 'non-binary', 'unspecified']);
export const weekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

export const meetingPatternSchema = z.object({
  days: z.array(weekdaySchema).readonly(),
  minutes: z.number().int().min(0).max(600),
});

export const schoolYearSchema = z.object({
  id: yearId,
  label: z.string().min(1).max(40),
  firstDay: isoDate,
  lastDay: isoDate,
  holidays: z.array(isoDate).readonly(),
  advisoryPattern: meetingPatternSchema,
});

export const studentFlagsSchema = z.object({
  economicallyDisadvantaged: z.boolean(),
  iep504: z.boolean(),
  englishLearner: z.boolean(),
});

export const studentSchema = z.object({
  /** SIS id, a string: `00123` stays `00123`. */
  id,
  /** The source system's own key when it differs from `id` (OneRoster / SDS `sourcedId`), for re-imports. */
  sourcedId: z.string().min(1).max(200).optional(),
  firstName: z.string().max(200),
  lastName: z.string().max(200),
  preferredName: z.string().max(200).optional(),
  email: z.string().max(320).optional(),
  /** The calendar year the student finishes grade 12; with a school year it gives the grade. */
  classOf: z.number().int().min(1990).max(2100),
  gender: genderSchema,
  flags: studentFlagsSchema,
  tags: z.array(z.string().max(100)).readonly(),
  /** First school year at this school (9th grade entry or transfer). */
  enteredYearId: yearId,
  /** The school year after which the student left, with why; absent while enrolled. */
  left: z
    .object({
      afterYearId: yearId,
      reason: z.enum(['graduated', 'transferred', 'other']),
    })
    .optional(),
});

export const staffRoleSchema = z.enum(['teacher', 'counselor', 'coach', 'support-staff']);
export const availabilitySchema = z.enum(['active', 'on-leave', 'leaving']);

export const staffSchema = z.object({
  id,
  /** The source system's own key when it differs from `id`, for re-imports. */
  sourcedId: z.string().min(1).max(200).optional(),
  firstName: z.string().max(200),
  lastName: z.string().max(200),
  email: z.string().max(320),
  department: z.string().max(200),
  role: staffRoleSchema,
  /** Availability per school year; a year not listed means active. */
  availability: z.record(yearId, availabilitySchema),
  maxAdvisees: z.number().int().min(0).max(100),
  maxClubs: z.number().int().min(0).max(20),
  baseSalary: money,
  yearsOfService: z.number().int().min(0).max(60),
  /** Set when the person no longer works here; people with history are never deleted. */
  leftAfterYearId: yearId.optional(),
});

export const advisorsSchema = z.object({
  lead: id.nullable(),
  co: id.nullable(),
});

export const advisoryGroupSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  /** The SIS's code for the group (OneRoster `classCode`), the same every year; matched on re-import. */
  code: z.string().min(1).max(200).optional(),
  room: z.string().max(50),
  targetSize: z.number().int().min(1).max(100),
  /** For grade-level cohort groups: the class the group loops with. */
  classOf: z.number().int().min(1990).max(2100).optional(),
  /** Lead and co-advisor per school year. */
  advisors: z.record(yearId, advisorsSchema),
  firstYearId: yearId,
  lastYearId: yearId.optional(),
});

export const placementSchema = z.object({
  studentId: id,
  groupId: id,
  locked: z.boolean(),
  origin: z.enum(['plan', 'hand', 'import']),
});

export const ruleSchema = z.object({
  id,
  kind: z.enum(['keep-apart', 'keep-together', 'place-with-staff', 'keep-away-from-staff']),
  studentIds: z.array(id).min(1).readonly(),
  staffId: id.optional(),
  strength: z.enum(['hard', 'soft']),
  reason: z.string().max(2000),
  author: z.string().max(200),
  createdAt: isoDateTime,
});

export const mappingSessionSchema = z.object({
  id,
  name: z.string().max(200),
  date: isoDate,
  yearId,
});

export const relationshipMarkSchema = z.object({
  id,
  staffId: id,
  studentId: id,
  kind: z.enum(['positive', 'could-build']),
  date: isoDate,
  sessionId: id,
});

export const namedAdultSchema = z.object({
  id,
  studentId: id,
  staffId: id,
  yearId,
  source: z.enum(['survey', 'conversation']),
});

export const mentorAssignmentSchema = z.object({
  id,
  studentId: id,
  staffId: id,
  yearId,
  reason: z.string().max(2000),
  assignedOn: isoDate,
  endedOn: isoDate.optional(),
  yearEndReview: z.string().max(4000).optional(),
});

export const checkInSchema = z.object({
  id,
  mentorAssignmentId: id,
  kind: z.enum(['4-weeks', '2-months', 'as-needed', 'year-end']),
  dueOn: isoDate,
  doneOn: isoDate.optional(),
  note: z.string().max(4000),
});

export const clubSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  category: z.string().max(100),
  meetingPattern: meetingPatternSchema,
  minMembers: z.number().int().min(0).max(1000),
  maxMembers: z.number().int().min(0).max(1000),
  /** Member student ids per school year. */
  members: z.record(yearId, z.array(id).readonly()),
  stipendRuleId: id.optional(),
});

export const sponsorshipSchema = z.object({
  id,
  clubId: id,
  staffId: id,
  yearId,
  role: z.enum(['lead', 'co-sponsor']),
  /** Custom split percentage; absent means the rule's split applies. */
  splitPercent: z.number().min(0).max(100).optional(),
  startDate: isoDate,
  endDate: isoDate,
  boardApprovalDate: isoDate.optional(),
  /** Hours claimed, for hourly rules. */
  hours: z.number().min(0).max(2000).optional(),
});

export const stipendAmountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flat'), amount: money }),
  z.object({
    kind: z.literal('tiered'),
    tiers: z.array(z.object({ name: z.string().max(100), amount: money })).min(1).readonly(),
    tierIndex: z.number().int().min(0),
  }),
  z.object({
    kind: z.literal('percent-of-salary'),
    /** Stepped by years in the position: the highest step whose minYears is met applies. */
    steps: z.array(z.object({ minYears: z.number().int().min(0), percent: z.number().min(0).max(100) })).min(1).readonly(),
  }),
  z.object({ kind: z.literal('hourly'), rate: money, maxHours: z.number().min(0).max(2000) }),
]);

export const stipendRuleSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  amount: stipendAmountSchema,
  split: z.enum(['equal', 'custom', 'lead-assistant-3-2']),
  cap: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('one-stipend') }),
    z.object({ kind: z.literal('max-clubs'), max: z.number().int().min(1).max(20) }),
  ]),
  budgetCode: z.string().max(100),
  paymentSchedule: z.string().max(200),
});

export const recognitionSchema = z.object({
  id,
  staffId: id,
  yearId,
  kind: z.enum(['note', 'award']),
  title: z.string().max(200),
  text: z.string().max(4000),
  from: z.string().max(200),
  date: isoDate,
});

export const schoolPolicySchema = z.object({
  grouping: z.enum(['grade-cohort', 'vertical']),
  grades: z.array(gradeSchema).min(1).readonly(),
  targetMin: z.number().int().min(1).max(100),
  targetMax: z.number().int().min(1).max(100),
  softMin: z.number().int().min(0).max(100),
  softMax: z.number().int().min(1).max(100),
  hardMax: z.number().int().min(1).max(100),
  loopYears: z.number().int().min(1).max(6),
  coAdvisorsAllowed: z.boolean(),
  /** The planner's weights as the school set them (absent: the planner's defaults). */
  plannerWeights: z
    .object({
      continuity: z.number().int().min(0).max(10_000),
      size: z.number().int().min(0).max(10_000),
      mix: z.number().int().min(0).max(10_000),
      rules: z.number().int().min(0).max(10_000),
      relationship: z.number().int().min(0).max(10_000),
    })
    .partial()
    .optional(),
});

export const scenarioSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  createdAt: isoDateTime,
  /** Placements per year the scenario proposes (a copy, so the plan itself is untouched). */
  placements: z.record(yearId, z.record(id, placementSchema)),
  advisors: z.record(id, z.record(yearId, advisorsSchema)),
});

export const schoolInfoSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  /** True for the generated demo school, shown with a clear label. */
  isDemo: z.boolean(),
  createdAt: isoDateTime,
  currentYearId: yearId,
  policy: schoolPolicySchema,
});

/** Every id-keyed collection of the school, with its entity schema. */
export const collectionSchemas = {
  years: schoolYearSchema,
  students: studentSchema,
  staff: staffSchema,
  groups: advisoryGroupSchema,
  rules: ruleSchema,
  mappingSessions: mappingSessionSchema,
  marks: relationshipMarkSchema,
  namedAdults: namedAdultSchema,
  mentors: mentorAssignmentSchema,
  checkIns: checkInSchema,
  clubs: clubSchema,
  sponsorships: sponsorshipSchema,
  stipendRules: stipendRuleSchema,
  recognitions: recognitionSchema,
  scenarios: scenarioSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as readonly CollectionName[];

export const schoolSchema = z.object({
  info: schoolInfoSchema,
  years: z.record(yearId, schoolYearSchema),
  students: z.record(id, studentSchema),
  staff: z.record(id, staffSchema),
  groups: z.record(id, advisoryGroupSchema),
  /** Placements per school year, then per student. */
  placements: z.record(yearId, z.record(id, placementSchema)),
  rules: z.record(id, ruleSchema),
  mappingSessions: z.record(id, mappingSessionSchema),
  marks: z.record(id, relationshipMarkSchema),
  namedAdults: z.record(id, namedAdultSchema),
  mentors: z.record(id, mentorAssignmentSchema),
  checkIns: z.record(id, checkInSchema),
  clubs: z.record(id, clubSchema),
  sponsorships: z.record(id, sponsorshipSchema),
  stipendRules: z.record(id, stipendRuleSchema),
  recognitions: z.record(id, recognitionSchema),
  scenarios: z.record(id, scenarioSchema),
});
