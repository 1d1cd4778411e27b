/** Staff from a generic table: email, department, role (free-text job titles) and status. */
import type { ImportedStaff } from '../model';
import { parseRole, ROLE_ACCEPTED } from './generic-values';
import { rowsPhrase, Tally, type MappedRows } from './read-rows';

/** Reads every staff row. */
export function readStaff(rows: MappedRows): ImportedStaff[] {
  const staff: ImportedStaff[] = [];
  const unknownRoles = new Tally();
  for (let i = 0; i < rows.access.length; i++) {
    if (rows.blank(i)) continue;
    const person = rows.person(i);
    if (person === null) continue;
    let role: ImportedStaff['role'];
    const rawRole = rows.get(i, 'role');
    if (rawRole !== '') {
      role = parseRole(rawRole) ?? 'teacher';
      if (parseRole(rawRole) === null) unknownRoles.add(rawRole, person.ref.row, rows.column('role'));
    }
    const member: ImportedStaff = {
      id: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
      email: rows.optional(i, 'email'),
      department: rows.optional(i, 'department'),
      role,
      active: rows.has('status') ? rows.active(i) : undefined,
      ref: person.ref,
    };
    // Fields the file does not carry stay absent rather than undefined-valued.
    staff.push(Object.fromEntries(Object.entries(member).filter(([, v]) => v !== undefined)) as ImportedStaff);
  }
  rows.diagnostics.push(
    ...unknownRoles.warnings(rows.file, (v, first, n) => `Role “${v}” (${rowsPhrase(first, n)}) is not one the app knows (${ROLE_ACCEPTED}); read as teacher.`),
  );
  return staff;
}
