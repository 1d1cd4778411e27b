/** Readonly domain types, inferred from the schemas in ./schema.ts. */
import type { z } from 'zod';
import type {
  advisoryGroupSchema,
  availabilitySchema,
  checkInSchema,
  clubSchema,
  CollectionName,
  genderSchema,
  gradeSchema,
  mappingSessionSchema,
  mentorAssignmentSchema,
  namedAdultSchema,
  placementSchema,
  recognitionSchema,
  relationshipMarkSchema,
  ruleSchema,
  scenarioSchema,
  schoolInfoSchema,
  schoolPolicySchema,
  schoolSchema,
  schoolYearSchema,
  sponsorshipSchema,
  staffSchema,
  stipendRuleSchema,
  studentSchema,
} from './schema';

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

export type Grade = z.infer<typeof gradeSchema>;
export type Gender = z.infer<typeof genderSchema>;
export type Availability = z.infer<typeof availabilitySchema>;
export type SchoolYear = DeepReadonly<z.infer<typeof schoolYearSchema>>;
export type Student = DeepReadonly<z.infer<typeof studentSchema>>;
export type Staff = DeepReadonly<z.infer<typeof staffSchema>>;
export type AdvisoryGroup = DeepReadonly<z.infer<typeof advisoryGroupSchema>>;
export type Placement = DeepReadonly<z.infer<typeof placementSchema>>;
export type Rule = DeepReadonly<z.infer<typeof ruleSchema>>;
export type MappingSession = DeepReadonly<z.infer<typeof mappingSessionSchema>>;
export type RelationshipMark = DeepReadonly<z.infer<typeof relationshipMarkSchema>>;
export type NamedAdult = DeepReadonly<z.infer<typeof namedAdultSchema>>;
export type MentorAssignment = DeepReadonly<z.infer<typeof mentorAssignmentSchema>>;
export type CheckIn = DeepReadonly<z.infer<typeof checkInSchema>>;
export type Club = DeepReadonly<z.infer<typeof clubSchema>>;
export type Sponsorship = DeepReadonly<z.infer<typeof sponsorshipSchema>>;
export type StipendRule = DeepReadonly<z.infer<typeof stipendRuleSchema>>;
export type Recognition = DeepReadonly<z.infer<typeof recognitionSchema>>;
export type Scenario = DeepReadonly<z.infer<typeof scenarioSchema>>;
export type SchoolPolicy = DeepReadonly<z.infer<typeof schoolPolicySchema>>;
export type SchoolInfo = DeepReadonly<z.infer<typeof schoolInfoSchema>>;
export type School = DeepReadonly<z.infer<typeof schoolSchema>>;

/** The entity type stored in each collection. */
export type EntityOf<C extends CollectionName> = School[C][string];
export type AnyEntity = EntityOf<CollectionName>;
