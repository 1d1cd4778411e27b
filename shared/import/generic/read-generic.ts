/**
 * Reads a generic SIS export (one sheet of students or of staff) with a confirmed column mapping
 * into ImportData. Never throws: every problem is a diagnostic located by file, row and column.
 */
import { hasErrors } from '../diagnostics';
import type { ImportData, ReadOptions, SourceTable } from '../model';
import { TableAccess } from '../table-access';
import { checkMapping } from './check-mapping';
import type { ColumnMapping } from './generic-fields';
import { buildAdvisories } from './read-advisories';
import { MappedRows } from './read-rows';
import { readStaff } from './read-staff';
import { readStudents } from './read-students';

/** Reads the rows with the mapping into ImportData (format from the table: pass it in). Never throws. */
export function readGeneric(
  table: SourceTable,
  mapping: ColumnMapping,
  format: 'generic-csv' | 'generic-xlsx',
  options: ReadOptions,
): ImportData {
  const mappingProblems = checkMapping(mapping, table.header, table.file);
  const base = {
    format,
    mode: 'full' as const,
    yearId: options.fallbackYearId,
    years: [],
    removedPlacements: [],
    classChoices: [],
  };
  const students = mapping.kind === 'students';
  // A mapping that cannot be read (no ID column, a stale column) would give the same error on
  // every row; the user fixes the mapping first, so only its problems are reported.
  if (hasErrors(mappingProblems)) {
    const diagnostics = [...table.diagnostics, ...mappingProblems];
    return { ...base, students: students ? [] : null, staff: students ? null : [], advisories: null, diagnostics };
  }
  const rows = new MappedRows(new TableAccess(table), mapping);
  if (!students) {
    const staff = readStaff(rows);
    return { ...base, students: null, staff, advisories: null, diagnostics: [...table.diagnostics, ...mappingProblems, ...rows.finish()] };
  }
  const read = readStudents(rows);
  const grouped = rows.has('advisory') ? buildAdvisories(read.cells, options.fallbackYearId, table.file, rows.column('advisor')) : null;
  return {
    ...base,
    students: read.students,
    staff: null,
    advisories: grouped?.advisories ?? null,
    diagnostics: [...table.diagnostics, ...mappingProblems, ...rows.finish(), ...(grouped?.diagnostics ?? [])],
  };
}
