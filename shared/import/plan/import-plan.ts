/**
 * Compares what a source says (ImportData) with the school and yields the preview and the one
 * command that applies it, all or nothing: years first, then staff, students, groups and
 * placements, so every reference already exists when it is made. Pure and deterministic.
 */
import type { Command } from '../../domain/commands';
import type { School } from '../../domain/types';
import { formatCount } from '../../domain/wording';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics';
import type { ImportData } from '../model';
import { planAdvisories, planYears } from './plan-advisories';
import { planStaff, planStudents } from './plan-people';
import type { ImportCounts, ImportPlan, PlanOptions } from './plan-types';

function countsWords(c: ImportCounts, noun: string): string {
  const parts = [c.added && `${formatCount(c.added)} added`, c.changed && `${formatCount(c.changed)} changed`, c.missing && `${formatCount(c.missing)} marked as left`].filter(Boolean);
  return parts.length ? `${noun}: ${parts.join(', ')}` : `${noun}: no changes`;
}

/** Plans an import of `data` into `school`; never throws (problems become diagnostics). */
export function planImport(school: School, data: ImportData, options: PlanOptions): ImportPlan {
  const yearId = data.yearId ?? school.info.currentYearId;
  const diagnostics: Diagnostic[] = [...data.diagnostics];
  const markMissing = options.markMissingAsLeft && data.mode === 'full';
  const neededYears = new Set<string>([yearId, ...(data.advisories ?? []).map((a) => a.yearId)]);
  const years = planYears(school, data.years, [...neededYears]);

  const staff = data.staff ? planStaff(school, data.staff, yearId, markMissing) : null;
  const students = data.students ? planStudents(school, data.students, yearId, markMissing) : null;
  diagnostics.push(...(staff?.diagnostics ?? []), ...(students?.diagnostics ?? []));

  // An id the file uses resolves to the school's person, existing or about to be added.
  const studentBySourced = new Map(Object.values(school.students).flatMap((s) => (s.sourcedId ? [[s.sourcedId, s.id] as const] : [])));
  const staffBySourced = new Map(Object.values(school.staff).flatMap((s) => (s.sourcedId ? [[s.sourcedId, s.id] as const] : [])));
  const resolveStudent = (id: string): string | undefined =>
    students?.idMap.get(id) ?? (school.students[id] ? id : studentBySourced.get(id));
  const resolveStaff = (id: string): string | undefined => staff?.idMap.get(id) ?? (school.staff[id] ? id : staffBySourced.get(id));
  const advisories = data.advisories
    ? planAdvisories(school, data.advisories, data.removedPlacements, resolveStudent, resolveStaff, data.mode === 'full')
    : null;
  diagnostics.push(...(advisories?.diagnostics ?? []));

  const blocked = hasErrors(diagnostics);
  const commands: Command[] = [
    ...years.commands,
    ...(staff?.commands ?? []),
    ...(students?.commands ?? []),
    ...(advisories?.groupCommands ?? []),
    ...(advisories?.placementCommands ?? []),
  ];
  const summaryParts = [
    students && countsWords(students.counts, 'Students'),
    staff && countsWords(staff.counts, 'Staff'),
    years.added.length > 0 && `School years added: ${years.added.join(', ')}`,
    years.changed.length > 0 && `School year dates updated: ${years.changed.join(', ')}`,
    advisories && `Advisory groups: ${advisories.groups.added} added, ${advisories.groups.changed} changed`,
    advisories && `Placements: ${formatCount(advisories.placements.added)} new, ${formatCount(advisories.placements.moved)} moved, ${formatCount(advisories.placements.removed)} removed`,
  ].filter((p): p is string => typeof p === 'string');
  return {
    yearId,
    students: students?.counts ?? null,
    staff: staff?.counts ?? null,
    yearsAdded: years.added,
    yearsChanged: years.changed,
    groups: advisories?.groups ?? null,
    placements: advisories?.placements ?? null,
    changes: [...(students?.changes ?? []), ...(staff?.changes ?? []), ...(advisories?.changes ?? [])],
    diagnostics: sortDiagnostics(diagnostics),
    blocked,
    command: blocked || commands.length === 0 ? null : { type: 'batch', commands },
    summary: summaryParts.length ? `${summaryParts.join('. ')}.` : 'Nothing to import.',
  };
}
