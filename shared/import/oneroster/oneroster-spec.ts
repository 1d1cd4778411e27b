/**
 * What the OneRoster CSV binding (1EdTech, versions 1.1 and 1.2) says about the files this app
 * reads: each file's columns in the order the spec lists them, the columns we cannot do without,
 * and the spellings of the enumerated values. Deviations from these are warned about, not refused.
 */

/** The two OneRoster versions this reader knows. */
export type OneRosterVersion = '1.1' | '1.2';

/** The files of a bundle the reader looks at (by base name without `.csv`). */
export type OneRosterFile =
  | 'manifest'
  | 'orgs'
  | 'academicSessions'
  | 'users'
  | 'roles'
  | 'demographics'
  | 'courses'
  | 'classes'
  | 'enrollments';

const STATUS = ['sourcedId', 'status', 'dateLastModified'] as const;

const ACADEMIC_SESSIONS = [...STATUS, 'title', 'type', 'startDate', 'endDate', 'parentSourcedId', 'schoolYear'];
const CLASSES = [
  ...STATUS, 'title', 'grades', 'courseSourcedId', 'classCode', 'classType', 'location', 'schoolSourcedId',
  'termSourcedIds', 'subjects', 'subjectCodes', 'periods',
];
const COURSES = [...STATUS, 'schoolYearSourcedId', 'title', 'courseCode', 'grades', 'orgSourcedId', 'subjects', 'subjectCodes'];
const DEMOGRAPHICS = [
  ...STATUS, 'birthDate', 'sex', 'americanIndianOrAlaskaNative', 'asian', 'blackOrAfricanAmerican',
  'nativeHawaiianOrOtherPacificIslander', 'white', 'demographicRaceTwoOrMoreRaces', 'hispanicOrLatinoEthnicity',
  'countryOfBirthCode', 'stateOfBirthAbbreviation', 'cityOfBirth', 'publicSchoolResidenceStatus',
];
const ENROLLMENTS = [...STATUS, 'classSourcedId', 'schoolSourcedId', 'userSourcedId', 'role', 'primary', 'beginDate', 'endDate'];
const ORGS = [...STATUS, 'name', 'type', 'identifier', 'parentSourcedId'];
const MANIFEST = ['propertyName', 'value'];

/** Column order of each file, per version (1.1 has no roles.csv). */
export const SPEC_COLUMNS: Readonly<Record<OneRosterVersion, Readonly<Partial<Record<OneRosterFile, readonly string[]>>>>> = {
  '1.1': {
    manifest: MANIFEST,
    orgs: ORGS,
    academicSessions: ACADEMIC_SESSIONS,
    users: [
      ...STATUS, 'enabledUser', 'orgSourcedIds', 'role', 'username', 'userIds', 'givenName', 'familyName', 'middleName',
      'identifier', 'email', 'sms', 'phone', 'agentSourcedIds', 'grades', 'password',
    ],
    demographics: DEMOGRAPHICS,
    courses: COURSES,
    classes: CLASSES,
    enrollments: ENROLLMENTS,
  },
  '1.2': {
    manifest: MANIFEST,
    orgs: ORGS,
    academicSessions: ACADEMIC_SESSIONS,
    users: [
      ...STATUS, 'enabledUser', 'username', 'userIds', 'givenName', 'familyName', 'middleName', 'identifier', 'email',
      'sms', 'phone', 'agentSourcedIds', 'grades', 'password', 'userMasterIdentifier', 'resourceSourcedIds',
      'preferredGivenName', 'preferredMiddleName', 'preferredFamilyName', 'primaryOrgSourcedId', 'pronouns',
    ],
    roles: [...STATUS, 'userSourcedId', 'roleType', 'role', 'beginDate', 'endDate', 'orgSourcedId', 'userProfileSourcedId'],
    demographics: DEMOGRAPHICS,
    courses: COURSES,
    classes: CLASSES,
    enrollments: ENROLLMENTS,
  },
};

/**
 * Columns without which a file cannot be read at all (an error). The spec requires more (e.g.
 * `status`), but the app does not need them, so their absence is only a warning.
 */
export const REQUIRED_COLUMNS: Readonly<Record<OneRosterFile, readonly string[]>> = {
  manifest: ['propertyName', 'value'],
  orgs: [],
  academicSessions: ['sourcedId', 'type'],
  users: ['sourcedId', 'givenName', 'familyName'],
  roles: ['userSourcedId', 'role'],
  demographics: ['sourcedId'],
  courses: ['sourcedId'],
  classes: ['sourcedId'],
  enrollments: ['classSourcedId', 'userSourcedId', 'role'],
};

/** Enumerated values as the spec spells them; matched without regard to case, warned on deviation. */
export const STATUS_VALUES = ['active', 'tobedeleted'] as const;
export const MANIFEST_FILE_VALUES = ['bulk', 'delta', 'absent'] as const;
export const SESSION_TYPES = ['schoolYear', 'term', 'semester', 'gradingPeriod'] as const;
export const CLASS_TYPES = ['homeroom', 'scheduled'] as const;
export const ENROLLMENT_ROLES = ['administrator', 'proctor', 'student', 'teacher'] as const;
export const ROLE_TYPES = ['primary', 'secondary'] as const;
export const SEX_VALUES = ['male', 'female', 'other', 'unspecified'] as const;
export const BOOLEAN_VALUES = ['true', 'false'] as const;

/** User roles per version (1.1: users.csv `role`; 1.2: roles.csv `role`). */
export const USER_ROLES: Readonly<Record<OneRosterVersion, readonly string[]>> = {
  '1.1': ['administrator', 'aide', 'guardian', 'parent', 'proctor', 'relative', 'student', 'teacher'],
  '1.2': [
    'aide', 'counselor', 'districtAdministrator', 'guardian', 'parent', 'principal', 'proctor', 'relative',
    'siteAdministrator', 'student', 'systemAdministrator', 'teacher',
  ],
};

/** Every role of either version, for reading a value one version lacks (a 1.1 `counselor`). */
export const ALL_USER_ROLES: readonly string[] = [...new Set([...USER_ROLES['1.1'], ...USER_ROLES['1.2']])];

/** The club class type of 1.2 bundles (an extension value, so not in CLASS_TYPES). */
export const CLUB_CLASS_TYPE = 'ext:club';

/** True for a column name the spec allows as an extension (`metadata.…`, 1.2's `ext:…`). */
export function isExtensionColumn(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return lower.startsWith('metadata.') || lower.startsWith('ext:') || lower.startsWith('ext.');
}
