/**
 * Import benchmark: parse + validate + plan a 4,000-row generic CSV, and a OneRoster bundle of
 * 4,000 users and 40,000 enrollments (read from a real folder through the same code the worker
 * runs), each into an empty school. Several runs; median and max.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptySchool } from '../shared/domain/defaults';
import { readImport } from '../shared/import/read-import';
import { planImport } from '../shared/import/plan/import-plan';
import { readSource } from '../electron/main/import/read-source';

const ms = (n: number): string => `${n.toFixed(1)} ms`;

function stats(times: number[]): { median: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, max: sorted[sorted.length - 1] ?? NaN };
}

const GRADES = ['09', '10', '11', '12'];

/** A PowerSchool-like student export with `rows` students. */
function genericCsv(rows: number): string {
  const lines = ['Student_Number,Last_Name,First_Name,Grade_Level,Gender,LunchStatus,IEP,ELL,Email'];
  for (let i = 0; i < rows; i++) {
    const id = String(100000 + i).padStart(8, '0');
    lines.push(`${id},"Last${i}, Jr.",First${i},${GRADES[i % 4]},${i % 2 ? 'F' : 'M'},${'FRP'[i % 3]},${i % 7 === 0 ? 'Y' : 'N'},${i % 11 === 0 ? 'Y' : 'N'},s${id}@school.example`);
  }
  return lines.join('\r\n');
}

/** Writes a OneRoster 1.1 bundle: `students` students, 250 teachers, 250 advisories and 9 classes per student. */
function writeOneRoster(dir: string, students: number): { users: number; enrollments: number } {
  const teachers = 250;
  const w = (name: string, lines: string[]): void => fs.writeFileSync(path.join(dir, name), lines.join('\n'));
  w('manifest.csv', ['propertyName,value', 'manifest.version,1.0', 'oneroster.version,1.1', 'file.academicSessions,bulk', 'file.classes,bulk', 'file.enrollments,bulk', 'file.orgs,bulk', 'file.users,bulk', 'file.courses,bulk']);
  w('orgs.csv', ['sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId', 'org-1,,,Bench High School,school,0001,']);
  w('academicSessions.csv', ['sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear', 'as-2027,,,2026-2027,schoolYear,2026-08-26,2027-06-12,,2027']);
  w('courses.csv', ['sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes', 'crs-adv,,,as-2027,Advisory,ADV,,org-1,,', 'crs-x,,,as-2027,Course,X,,org-1,,']);
  const users = ['sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password'];
  for (let t = 0; t < teachers; t++) users.push(`t-${t},,,true,org-1,teacher,t${t},,Teacher${t},Staff${t},,T${t},t${t}@school.example,,,,,`);
  for (let s = 0; s < students; s++) users.push(`s-${s},,,true,org-1,student,s${s},,First${s},"Last${s}, Jr.",,${String(s).padStart(7, '0')},s${s}@school.example,,,,${GRADES[s % 4]},`);
  w('users.csv', users);
  const classes = ['sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods'];
  for (let t = 0; t < teachers; t++) classes.push(`adv-${t},,,Advisory ${t},,crs-adv,ADV-${t},homeroom,Room ${t},org-1,as-2027,,,`);
  for (let t = 0; t < teachers; t++) for (let p = 0; p < 8; p++) classes.push(`cls-${t}-${p},,,Course ${t}-${p},,crs-x,X-${t}-${p},scheduled,Room ${t},org-1,as-2027,,,${p + 1}`);
  w('classes.csv', classes);
  const enr = ['sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate'];
  for (let t = 0; t < teachers; t++) {
    enr.push(`e-adv-t${t},,,adv-${t},org-1,t-${t},teacher,true,,`);
    for (let p = 0; p < 8; p++) enr.push(`e-${t}-${p}-t,,,cls-${t}-${p},org-1,t-${t},teacher,true,,`);
  }
  for (let s = 0; s < students; s++) {
    enr.push(`e-adv-s${s},,,adv-${s % teachers},org-1,s-${s},student,false,,`);
    for (let p = 0; p < 8; p++) enr.push(`e-${s}-${p},,,cls-${(s * 7 + p * 13) % teachers}-${p},org-1,s-${s},student,false,,`);
  }
  w('enrollments.csv', enr);
  return { users: students + teachers, enrollments: enr.length - 1 };
}

/** Runs the import benchmarks and prints one line per figure. */
export async function runImportBench(log: (line: string) => void): Promise<void> {
  const school = emptySchool('Bench', '2026-27', '2026-08-01T00:00:00.000Z', 'bench');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-bench-import-'));
  try {
    const csvFile = path.join(dir, 'students.csv');
    fs.writeFileSync(csvFile, genericCsv(4000));
    const csvTimes: number[] = [];
    let csvSummary = '';
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const read = await readSource(csvFile, () => undefined);
      const result = readImport(read.tables, read.source, { options: { fallbackYearId: '2026-27' } });
      const plan = planImport(school, result.data, { markMissingAsLeft: true });
      csvTimes.push(performance.now() - t);
      csvSummary = `${plan.students?.added ?? 0} students added, ${plan.diagnostics.length} diagnostics`;
    }
    const c = stats(csvTimes);
    log(`import: generic CSV, 4,000 rows × 9 columns (${(fs.statSync(csvFile).size / 1024).toFixed(0)} KB) read + decode + parse + map + validate + plan: median ${ms(c.median)}, max ${ms(c.max)} (${csvSummary})  [target < 300 ms]`);

    const bundle = path.join(dir, 'oneroster');
    fs.mkdirSync(bundle);
    const size = writeOneRoster(bundle, 4000);
    const orTimes: number[] = [];
    let orSummary = '';
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const read = await readSource(bundle, () => undefined);
      const result = readImport(read.tables, read.source, { options: { fallbackYearId: '2026-27' } });
      const plan = planImport(school, result.data, { markMissingAsLeft: true });
      orTimes.push(performance.now() - t);
      orSummary = `${plan.students?.added ?? 0} students, ${plan.staff?.added ?? 0} staff, ${plan.groups?.added ?? 0} advisories, ${plan.placements?.added ?? 0} placements, ${plan.diagnostics.filter((d) => d.level === 'error').length} errors`;
    }
    const o = stats(orTimes);
    log(`import: OneRoster 1.1 bundle, ${size.users.toLocaleString('en-US')} users + ${size.enrollments.toLocaleString('en-US')} enrollments, read + parse + validate + plan: median ${ms(o.median)}, max ${ms(o.max)} (${orSummary})  [target < 1,500 ms]`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
