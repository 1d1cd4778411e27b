/**
 * Advisory groups from a student file's advisory (or homeroom) column: one group per distinct
 * value, its lead advisor the advisor column's most common value among its students.
 */
import { warning, type Diagnostic } from '../diagnostics';
import type { ImportedAdvisory } from '../model';
import type { AdvisoryCell } from './read-students';

type Group = { readonly code: string; readonly row: number; readonly studentIds: string[]; readonly advisors: Map<string, number> };

/** Groups the students by advisory value; students with a blank advisory are not placed. */
export function buildAdvisories(
  cells: readonly AdvisoryCell[],
  yearId: string,
  file: string,
  advisorColumn: string | null,
): { readonly advisories: ImportedAdvisory[]; readonly diagnostics: Diagnostic[] } {
  const groups = new Map<string, Group>();
  for (const cell of cells) {
    if (cell.advisory === '') continue;
    let group = groups.get(cell.advisory);
    if (!group) {
      group = { code: cell.advisory, row: cell.row, studentIds: [], advisors: new Map() };
      groups.set(cell.advisory, group);
    }
    group.studentIds.push(cell.studentId);
    if (cell.advisor !== '') group.advisors.set(cell.advisor, (group.advisors.get(cell.advisor) ?? 0) + 1);
  }
  const diagnostics: Diagnostic[] = [];
  const advisories = [...groups.values()].map((g): ImportedAdvisory => {
    // Map order is first-seen order, so a tie goes to the advisor named first in the file.
    const ranked = [...g.advisors].sort((a, b) => b[1] - a[1]);
    const lead = ranked[0]?.[0];
    if (ranked.length > 1) {
      const list = ranked.map(([id, n]) => `${id} for ${n}`).join(', ');
      diagnostics.push(
        warning({ file, row: g.row, column: advisorColumn }, `Advisory “${g.code}” lists more than one advisor (${list}); ${lead} is read as its advisor.`),
      );
    }
    const advisory: ImportedAdvisory = { code: g.code, name: g.code, yearId, studentIds: g.studentIds, ref: { file, row: g.row } };
    return lead === undefined ? advisory : { ...advisory, leadStaffId: lead };
  });
  return { advisories, diagnostics };
}
