/**
 * Students from a generic table: grade (normalised, one warning per file for rewritten grades),
 * class of, gender, flags from yes/no or lunch-status columns, status, and advisory placements.
 */
import type { Grade } from '../../domain/types';
import { warning } from '../diagnostics';
import { isOtherK12Grade, normalizeGrade } from '../grades';
import type { ImportedStudent } from '../model';
import { lunchStatusToEconDisadvantaged, parseFlag } from '../values';
import { GENDER_ACCEPTED, parseGender } from './generic-values';
import { rowsPhrase, Tally, type MappedRows } from './read-rows';

/** A student's advisory cells, for buildAdvisories. */
export type AdvisoryCell = { readonly studentId: string; readonly advisory: string; readonly advisor: string; readonly row: number };

type Flags = NonNullable<ImportedStudent['flags']>;

const FLAG_ACCEPTED = 'use Y, N, Yes, No, 1, 0, true, false or X (blank is no)';
const LUNCH_ACCEPTED = 'use F or Free, R or Reduced (economically disadvantaged), P or Paid, or N (not); Y/N is read too';

/** Lunch status, and Y/N in a lunch column (an `FRL` column often holds yes/no). `F` is free, never false. */
function lunch(raw: string): boolean | null {
  return lunchStatusToEconDisadvantaged(raw) ?? parseFlag(raw);
}

/** Reads every student row; advisory cells are returned for buildAdvisories. */
export function readStudents(rows: MappedRows): { readonly students: ImportedStudent[]; readonly cells: AdvisoryCell[] } {
  const students: ImportedStudent[] = [];
  const cells: AdvisoryCell[] = [];
  // Rewritten grades are said once per file: the first one and how many (a whole file of `9th` is one fact).
  let rewritten: { readonly row: number; readonly text: string; count: number } | null = null;
  const noGrade = new Tally();
  const econField = rows.has('economicallyDisadvantaged') ? 'economicallyDisadvantaged' : rows.has('lunchStatus') ? 'lunchStatus' : null;

  /** A flag column's value; an unknown value is an error at the cell and leaves the flag out. */
  const flag = (i: number, field: string, label: string, read: (raw: string) => boolean | null, accepted: string): boolean | undefined => {
    if (!rows.has(field)) return undefined;
    const raw = rows.get(i, field);
    const value = read(raw);
    if (value === null) rows.error(i, field, `${label} “${raw}” is not understood; ${accepted}.`);
    return value ?? undefined;
  };

  for (let i = 0; i < rows.access.length; i++) {
    if (rows.blank(i)) continue;
    const person = rows.person(i);
    if (person === null) continue;
    const row = person.ref.row;

    let grade: Grade | undefined;
    let gradeOutside: string | undefined;
    const rawGrade = rows.get(i, 'grade');
    if (rows.has('grade') && rawGrade === '') noGrade.add('', row, rows.column('grade'));
    else if (rawGrade !== '') {
      const result = normalizeGrade(rawGrade);
      if (result.grade === null && isOtherK12Grade(rawGrade)) gradeOutside = rawGrade;
      else if (result.grade === null) rows.error(i, 'grade', `Grade “${rawGrade}” is not a grade the app knows; use 06–12 (9, 9th and Grade 9 are read too).`);
      else grade = result.grade;
      if (result.warning !== null) {
        if (rewritten) rewritten.count += 1;
        else rewritten = { row, text: result.warning, count: 1 };
      }
    }

    let classOf: number | undefined;
    const rawClassOf = rows.get(i, 'classOf');
    if (rawClassOf !== '') {
      const year = /^\d{4}$/.test(rawClassOf) ? Number(rawClassOf) : NaN;
      if (year >= 1990 && year <= 2100) classOf = year;
      else rows.error(i, 'classOf', `Class of “${rawClassOf}” is not a four-digit graduation year such as 2030.`);
    }

    let gender: ImportedStudent['gender'];
    if (rows.has('gender')) {
      const raw = rows.get(i, 'gender');
      gender = parseGender(raw) ?? undefined;
      if (gender === undefined) rows.error(i, 'gender', `Gender “${raw}” is not understood; use ${GENDER_ACCEPTED}.`);
    }

    const flags: { -readonly [K in keyof Flags]: Flags[K] } = {};
    if (econField === 'economicallyDisadvantaged') flags.economicallyDisadvantaged = flag(i, econField, 'Economically disadvantaged', parseFlag, FLAG_ACCEPTED);
    if (econField === 'lunchStatus') flags.economicallyDisadvantaged = flag(i, econField, 'Lunch status', lunch, LUNCH_ACCEPTED);
    flags.iep504 = flag(i, 'iep504', 'IEP/504', parseFlag, FLAG_ACCEPTED);
    flags.englishLearner = flag(i, 'englishLearner', 'English learner', parseFlag, FLAG_ACCEPTED);
    const flagsRead = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) as Flags;

    const student: ImportedStudent = {
      id: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
      preferredName: rows.optional(i, 'preferredName'),
      email: rows.optional(i, 'email'),
      grade,
      gradeOutside,
      classOf,
      gender,
      flags: Object.keys(flagsRead).length > 0 ? flagsRead : undefined,
      active: rows.has('status') ? rows.active(i) : undefined,
      ref: person.ref,
    };
    // Fields the file does not carry stay absent rather than undefined-valued, for clean equality in plans and tests.
    students.push(Object.fromEntries(Object.entries(student).filter(([, v]) => v !== undefined)) as ImportedStudent);
    cells.push({ studentId: person.id, advisory: rows.get(i, 'advisory'), advisor: rows.get(i, 'advisor'), row });
  }

  if (rewritten) {
    const n = rewritten.count;
    const all = n === 1 ? '' : ` ${n} grades in this file were not written as two digits (06–12) and were read the same way.`;
    rows.diagnostics.push(warning({ file: rows.file, row: rewritten.row, column: rows.column('grade') }, `${rewritten.text.replace(/\.$/, '')} (row ${rewritten.row}).${all}`));
  }
  rows.diagnostics.push(
    ...noGrade.warnings(rows.file, (_, first, n) => `No grade in ${rowsPhrase(first, n)}; those students keep the grade the app has for them.`),
  );
  return { students, cells };
}
