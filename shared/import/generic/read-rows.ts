/**
 * What reading students and staff from a generic table shares: mapped cells, the id and name of
 * each row, and warnings that are said once per file rather than once per row.
 */
import { error, warning, type Diagnostic } from '../diagnostics';
import type { SourceRef } from '../model';
import type { TableAccess } from '../table-access';
import { fieldsFor, mappedColumn, type ColumnMapping } from './generic-fields';
import { parseStatus, splitFullName, STATUS_ACCEPTED } from './generic-values';

/** "row 4", or "row 4 and 11 more rows" when the same thing happens again. */
export function rowsPhrase(first: number, count: number): string {
  return count <= 1 ? `row ${first}` : `row ${first} and ${count - 1} more row${count > 2 ? 's' : ''}`;
}

/** Collects a repeated observation and reports it once, naming its first row and how many rows had it. */
export class Tally {
  private readonly seen = new Map<string, { readonly row: number; readonly column: string | null; count: number }>();

  /** Counts one occurrence of `key` at `row`. */
  add(key: string, row: number, column: string | null): void {
    const entry = this.seen.get(key);
    if (entry) entry.count += 1;
    else this.seen.set(key, { row, column, count: 1 });
  }

  /** One warning per key, at its first row; `say` gets the key, that row and the number of rows. */
  warnings(file: string, say: (key: string, first: number, count: number) => string): Diagnostic[] {
    return [...this.seen].map(([key, e]) => warning({ file, row: e.row, column: e.column }, say(key, e.row, e.count)));
  }
}

/** One table read with one mapping: mapped cells by field, and the diagnostics found so far. */
export class MappedRows {
  readonly diagnostics: Diagnostic[] = [];
  private readonly seenIds = new Map<string, number>();
  private readonly unknownStatus = new Tally();

  constructor(
    readonly access: TableAccess,
    readonly mapping: ColumnMapping,
  ) {}

  get file(): string {
    return this.access.table.file;
  }

  /** True when the field is mapped to a column. */
  has(field: string): boolean {
    return mappedColumn(this.mapping, field) !== null;
  }

  /** The header's spelling of the field's column, for diagnostics. */
  column(field: string): string | null {
    const column = mappedColumn(this.mapping, field);
    return column === null ? null : this.access.spelling(column);
  }

  /** The trimmed cell of a field in data row `i`; '' when the field is not mapped. */
  get(i: number, field: string): string {
    const column = mappedColumn(this.mapping, field);
    return column === null ? '' : this.access.get(i, column);
  }

  /** The trimmed cell, or undefined when blank or not mapped (so a re-import keeps what the school knows). */
  optional(i: number, field: string): string | undefined {
    const v = this.get(i, field);
    return v === '' ? undefined : v;
  }

  /** Records an error at row `i` and the field's column. */
  error(i: number, field: string | null, message: string): void {
    this.diagnostics.push(error({ file: this.file, row: this.access.ref(i).row, column: field === null ? null : this.column(field) }, message));
  }

  /** True when every cell of the row is blank (trailing empty rows of spreadsheets are skipped silently). */
  blank(i: number): boolean {
    return (this.access.table.rows[i] ?? []).every((v) => v.trim() === '');
  }

  /** The row's id, name and ref, or null (after an error) when the row cannot be a person. */
  person(i: number): { readonly id: string; readonly firstName: string; readonly lastName: string; readonly ref: SourceRef } | null {
    const ref = this.access.ref(i);
    const idLabel = fieldsFor(this.mapping.kind)[0]?.label ?? 'ID';
    const id = this.get(i, 'id');
    if (id === '') {
      this.error(i, 'id', `This row has no ${idLabel}; it is not imported.`);
      return null;
    }
    const earlier = this.seenIds.get(id);
    if (earlier !== undefined) {
      this.error(i, 'id', `ID ${id} appears in rows ${earlier} and ${ref.row}.`);
      return null;
    }
    this.seenIds.set(id, ref.row);
    let firstName = this.get(i, 'firstName');
    let lastName = this.get(i, 'lastName');
    if ((firstName === '' || lastName === '') && this.has('fullName')) {
      const split = splitFullName(this.get(i, 'fullName'));
      firstName ||= split.firstName;
      lastName ||= split.lastName;
    }
    const nameField = (part: string): string => (this.has(part) || !this.has('fullName') ? part : 'fullName');
    let ok = true;
    if (firstName === '') {
      this.error(i, nameField('firstName'), `The first name of ${id} is empty.`);
      ok = false;
    }
    if (lastName === '') {
      this.error(i, nameField('lastName'), `The last name of ${id} is empty.`);
      ok = false;
    }
    return ok ? { id, firstName, lastName, ref } : null;
  }

  /** The row's status as `active`; an unknown status is reported once per value and leaves it unchanged. */
  active(i: number): boolean | undefined {
    const raw = this.get(i, 'status');
    const active = parseStatus(raw);
    if (active !== null) return active;
    this.unknownStatus.add(raw, this.access.ref(i).row, this.column('status'));
    return undefined;
  }

  /** The diagnostics, with the once-per-file warnings added. */
  finish(): Diagnostic[] {
    return [
      ...this.diagnostics,
      ...this.unknownStatus.warnings(this.file, (v, first, n) => `Status “${v}” (${rowsPhrase(first, n)}) is not one the app knows (${STATUS_ACCEPTED}); these people’s status is not changed.`),
    ];
  }
}
