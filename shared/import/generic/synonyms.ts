/**
 * Header spellings seen in real SIS exports, per field, best first. Compared after matchKey
 * (lower case, letters and digits only), so `Student_Number`, `student number` and
 * `studentNumber` are one spelling.
 */
import type { GenericKind, StaffField, StudentField } from './generic-fields';

/** The form headers and synonyms are compared in: `Grade_Level` → `gradelevel`, `IEP/504` → `iep504`. */
export function matchKey(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Prefixes stripped as a second try (`Student_First_Name` → `firstname`, `Stu_Grade` → `grade`). */
export const PREFIXES: readonly string[] = ['student', 'stu', 'teacher', 'staff', 'employee', 'emp', 'pupil', 'person', 'legal', 'user', 'current'];

/** Id spellings that say which kind of file this is (they count towards guessing the kind). */
export const KIND_IDS: Readonly<Record<GenericKind, readonly string[]>> = {
  students: ['studentnumber', 'studentid', 'studentno', 'studentnum', 'stunumber', 'stuid', 'pupilnumber', 'localstudentid', 'studentidentifier', 'statestudentid'],
  staff: ['teachernumber', 'teacherid', 'teacherno', 'staffid', 'staffnumber', 'employeeid', 'employeenumber', 'employeeno', 'empid', 'empno'],
};

const GENERIC_IDS = ['sisid', 'localid', 'id', 'number', 'identifier', 'personid', 'sourcedid'];
const FIRST = ['firstname', 'first', 'givenname', 'fname', 'forename'];
const LAST = ['lastname', 'last', 'surname', 'familyname', 'lname'];
const FULL = ['fullname', 'name', 'lastfirst', 'firstlast', 'displayname'];
const EMAIL = ['email', 'emailaddress', 'emailaddr', 'mail', 'schoolemail'];
const STATUS = ['status', 'enrollmentstatus', 'enrollstatus', 'active', 'enrolled', 'employmentstatus'];

export const STUDENT_SYNONYMS: Readonly<Record<StudentField, readonly string[]>> = {
  id: [...KIND_IDS.students, ...GENERIC_IDS],
  firstName: FIRST,
  lastName: LAST,
  fullName: [...FULL, 'studentname'],
  preferredName: ['preferredname', 'preferredfirstname', 'preferred', 'nickname', 'knownas', 'goesby', 'chosenname'],
  email: EMAIL,
  grade: ['grade', 'gradelevel', 'grd', 'gr', 'gradelvl', 'yearlevel'],
  classOf: ['classof', 'gradyear', 'graduationyear', 'yearofgraduation', 'yog', 'cohort', 'cohortyear', 'expectedgraduationyear'],
  gender: ['gender', 'sex', 'genderidentity'],
  economicallyDisadvantaged: ['economicallydisadvantaged', 'econdisadvantaged', 'econdis', 'ecodis', 'economicdisadvantage', 'lowincome', 'ed'],
  lunchStatus: ['lunchstatus', 'lunch', 'frl', 'frlstatus', 'freereduced', 'freereducedlunch', 'freeandreduced', 'freeandreducedlunch', 'mealstatus', 'lunchcode', 'fedlunch', 'nslp'],
  iep504: ['iep504', 'iepor504', 'iep', 'section504', '504', 'plan504', 'sped', 'specialeducation', 'swd'],
  englishLearner: ['englishlearner', 'ell', 'el', 'lep', 'esl', 'englishlanguagelearner', 'limitedenglishproficient', 'emergentbilingual', 'multilinguallearner', 'ml'],
  status: [...STATUS, 'studentstatus'],
  advisory: ['advisory', 'homeroom', 'advisoryname', 'advisorycode', 'advisorygroup', 'advisorysection', 'homeroomname', 'homeroomcode', 'hr'],
  advisor: ['advisor', 'advisorid', 'advisornumber', 'advisorstaffid', 'homeroomteacherid', 'homeroomteachernumber', 'homeroomteacher', 'hrteacher', 'advisoryteacher'],
};

export const STAFF_SYNONYMS: Readonly<Record<StaffField, readonly string[]>> = {
  id: [...KIND_IDS.staff, ...GENERIC_IDS],
  firstName: FIRST,
  lastName: LAST,
  fullName: [...FULL, 'teachername', 'staffname', 'employeename'],
  email: [...EMAIL, 'teacheremail', 'staffemail'],
  department: ['department', 'dept', 'departmentname', 'subject', 'subjectarea'],
  role: ['role', 'title', 'jobtitle', 'position', 'stafftype', 'staffrole', 'job', 'type'],
  status: [...STATUS, 'staffstatus'],
};

/** Fields that only one kind of file has: a header matching one of them is a vote for that kind. */
export const DISTINCTIVE: Readonly<Record<GenericKind, readonly string[]>> = {
  students: ['preferredName', 'grade', 'classOf', 'gender', 'economicallyDisadvantaged', 'lunchStatus', 'iep504', 'englishLearner', 'advisory', 'advisor'],
  staff: ['department', 'role'],
};
