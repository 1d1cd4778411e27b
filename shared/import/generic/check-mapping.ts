/**
 * Problems with a column mapping, found before any row is read, in the words of the mapping step:
 * a required field left unmapped, one column chosen for two fields, a remembered column that this
 * file does not have.
 */
import { error, warning, type Diagnostic } from '../diagnostics';
import { headerKey } from '../table-access';
import { fieldsFor, isRequiredNow, mappedColumn, type ColumnMapping, type FieldInfo } from './generic-fields';
import { columnIndex } from './propose-mapping';

/** "A and B", "A, B and C". */
function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Problems with a mapping before reading: required field unmapped, a header mapped twice, a column that is not in the header (stale remembered mapping). */
export function checkMapping(mapping: ColumnMapping, header: readonly string[], file = ''): readonly Diagnostic[] {
  const fields = fieldsFor(mapping.kind);
  const out: Diagnostic[] = [];
  const at = (column: string | null = null) => ({ file, column });
  const label = (field: string): string => fields.find((f) => f.field === field)?.label ?? field;

  const id = fields[0] as FieldInfo;
  if (mappedColumn(mapping, id.field) === null) out.push(error(at(), `Choose the column that holds the ${id.label}.`));
  const first = mappedColumn(mapping, 'firstName');
  const last = mappedColumn(mapping, 'lastName');
  if (mappedColumn(mapping, 'fullName') === null && (first === null || last === null)) {
    const missing = fields.filter((f) => (f.field === 'firstName' || f.field === 'lastName') && isRequiredNow(f, mapping) && mappedColumn(mapping, f.field) === null);
    out.push(error(at(), `Choose the ${joinWords(missing.map((f) => f.label))} column${missing.length > 1 ? 's' : ''}, or one Full name column.`));
  }

  // Only the kind's own fields count: a remembered mapping may carry keys of another version.
  const byColumn = new Map<string, string[]>();
  for (const info of fields) {
    const column = mappedColumn(mapping, info.field);
    if (column === null) continue;
    const i = columnIndex(header, column);
    if (i < 0) {
      out.push(error(at(column), `The column “${column}” chosen for ${info.label} is not in this file; choose another or “not in the file”.`));
      continue;
    }
    const key = headerKey(column);
    byColumn.set(key, [...(byColumn.get(key) ?? []), info.field]);
    if (header.filter((h) => headerKey(h) === key).length > 1) {
      out.push(warning(at(header[i] ?? column), `The file has more than one column named “${header[i]}”; ${info.label} is read from the first.`));
    }
  }
  for (const [key, used] of byColumn) {
    if (used.length < 2) continue;
    const spelling = header.find((h) => headerKey(h) === key) ?? key;
    out.push(error(at(spelling), `The column “${spelling}” is chosen for both ${joinWords(used.map(label))}; a column can be read as one field only.`));
  }

  if (mapping.kind === 'students') {
    if (mappedColumn(mapping, 'economicallyDisadvantaged') !== null && mappedColumn(mapping, 'lunchStatus') !== null) {
      out.push(warning(at(), 'Both Economically disadvantaged and Lunch status are chosen; the Economically disadvantaged column is used and lunch status is not read.'));
    }
    if (mappedColumn(mapping, 'advisor') !== null && mappedColumn(mapping, 'advisory') === null) {
      out.push(warning(at(), 'Advisor is read only together with an Advisory or homeroom column; choose that column too, or the advisors are not read.'));
    }
  }
  return out;
}
