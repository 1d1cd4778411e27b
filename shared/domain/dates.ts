/**
 * The one module that owns dates. Dates are stored as `yyyy-MM-dd` strings, parsed at local noon
 * (so no time zone shift moves them a day), and formatted only through date-fns. Pure functions
 * take `now` as an argument instead of reading a clock.
 */
import { addDays, eachDayOfInterval, format, getDay, isValid, parse } from 'date-fns';
import type { IsoDate, SchoolYearId } from './ids';

/** Parses `yyyy-MM-dd` at local noon; returns null for anything else. */
export function parseIsoDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = parse(`${value} 12:00`, 'yyyy-MM-dd HH:mm', new Date(2000, 0, 1));
  return isValid(date) ? date : null;
}

/** Formats a date as `yyyy-MM-dd`. */
export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/** Formats a stored date for people, e.g. `Mon 7 Sep 2026`. */
export function formatLongDate(value: IsoDate): string {
  const date = parseIsoDate(value);
  return date ? format(date, 'EEE d MMM yyyy') : value;
}

/** Formats an instant for status lines, e.g. `23 Nov 2026, 14:05`. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return isValid(date) ? format(date, 'd MMM yyyy, HH:mm') : iso;
}

/** The school year id that starts in the given calendar year, e.g. 2026 → `2026-27`. */
export function schoolYearId(startYear: number): SchoolYearId {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The calendar year a school year starts in, e.g. `2026-27` → 2026. */
export function schoolYearStart(id: SchoolYearId): number {
  return Number(id.slice(0, 4));
}

/** The label people read, e.g. `2026–27`. */
export function schoolYearLabel(id: SchoolYearId): string {
  return id.replace('-', '–');
}

/** The school year a date falls in, with school years starting on 1 July. */
export function schoolYearOfDate(date: Date): SchoolYearId {
  const year = date.getFullYear();
  return schoolYearId(date.getMonth() >= 6 ? year : year - 1);
}

/** The grade (two digits) a student of `classOf` is in during a school year, or null outside 1–12. */
export function gradeInYear(classOf: number, yearId: SchoolYearId): string | null {
  const grade = 12 - (classOf - (schoolYearStart(yearId) + 1));
  if (grade < 1 || grade > 12) return null;
  return String(grade).padStart(2, '0');
}

/** The class (graduation year) of a student in `grade` during a school year. */
export function classOfGrade(grade: number, yearId: SchoolYearId): number {
  return schoolYearStart(yearId) + 1 + (12 - grade);
}

const weekdayIndex = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } as const;

/** The advisory meeting dates of a year: pattern days between first and last day, minus holidays. */
export function meetingDates(
  firstDay: IsoDate,
  lastDay: IsoDate,
  days: readonly (keyof typeof weekdayIndex)[],
  holidays: readonly IsoDate[],
): IsoDate[] {
  const start = parseIsoDate(firstDay);
  const end = parseIsoDate(lastDay);
  if (!start || !end || end < start) return [];
  const wanted = new Set(days.map((d) => weekdayIndex[d]));
  const off = new Set(holidays);
  return eachDayOfInterval({ start, end })
    .filter((d) => wanted.has(getDay(d) as 0 | 1 | 2 | 3 | 4 | 5 | 6))
    .map(toIsoDate)
    .filter((d) => !off.has(d));
}

/** Adds whole days to a stored date. */
export function addDaysIso(value: IsoDate, days: number): IsoDate {
  const date = parseIsoDate(value);
  if (!date) throw new Error(`Not a date: ${value}`);
  return toIsoDate(addDays(date, days));
}
