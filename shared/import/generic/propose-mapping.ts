/**
 * The mapping the app proposes for a generic file's header, and the key under which a confirmed
 * mapping is remembered ("the same kind of file from the same source").
 */
import { headerKey } from '../table-access';
import { fieldsFor, type ColumnMapping, type GenericKind } from './generic-fields';
import { DISTINCTIVE, KIND_IDS, matchKey, PREFIXES, STAFF_SYNONYMS, STUDENT_SYNONYMS } from './synonyms';

type Candidate = { readonly field: string; readonly column: number; readonly score: number };

// A prefix-stripped match ranks below every exact match of any field.
const STRIPPED_PENALTY = 1000;

/** The keys a header is matched under: exact first, then without a leading "student"/"teacher"… */
function keysOf(header: string): readonly { readonly key: string; readonly penalty: number }[] {
  const key = matchKey(header);
  const keys = [{ key, penalty: 0 }];
  for (const prefix of PREFIXES) {
    if (key.startsWith(prefix) && key.length > prefix.length) keys.push({ key: key.slice(prefix.length), penalty: STRIPPED_PENALTY });
  }
  return keys;
}

/** Best-first assignment of headers to fields, each header and each field used at most once. */
function assign(header: readonly string[], kind: GenericKind): Map<string, number> {
  const synonyms: Readonly<Record<string, readonly string[]>> = kind === 'students' ? STUDENT_SYNONYMS : STAFF_SYNONYMS;
  const candidates: Candidate[] = [];
  header.forEach((name, column) => {
    for (const { key, penalty } of keysOf(name)) {
      for (const [field, list] of Object.entries(synonyms)) {
        const rank = list.indexOf(key);
        if (rank >= 0) candidates.push({ field, column, score: penalty + rank });
      }
    }
  });
  // Ties go to the earlier column, so a proposal never depends on Object.entries order alone.
  candidates.sort((a, b) => a.score - b.score || a.column - b.column);
  const chosen = new Map<string, number>();
  const usedColumns = new Set<number>();
  const usedKeys = new Set<string>();
  for (const c of candidates) {
    const key = headerKey(header[c.column] ?? '');
    // Two columns with the same name cannot be told apart when reading; only the first is offered.
    if (chosen.has(c.field) || usedColumns.has(c.column) || usedKeys.has(key)) continue;
    chosen.set(c.field, c.column);
    usedColumns.add(c.column);
    usedKeys.add(key);
  }
  return chosen;
}

/** How strongly a header looks like a file of `kind`: distinctive fields found, plus a kind-specific id. */
function kindScore(header: readonly string[], kind: GenericKind, chosen: Map<string, number>): number {
  const distinctive = DISTINCTIVE[kind].filter((f) => chosen.has(f)).length;
  const idColumn = chosen.get('id');
  const specificId = idColumn !== undefined && KIND_IDS[kind].includes(matchKey(header[idColumn] ?? '')) ? 2 : 0;
  return distinctive + specificId;
}

/** Guesses students vs staff and each field's column from the header (synonyms, case/space/underscore-insensitive). */
export function proposeMapping(header: readonly string[], kind?: GenericKind): ColumnMapping {
  let chosenKind: GenericKind;
  let chosen: Map<string, number>;
  if (kind) {
    chosenKind = kind;
    chosen = assign(header, kind);
  } else {
    const students = assign(header, 'students');
    const staff = assign(header, 'staff');
    // Ties go to students: student rosters are what schools import most.
    const staffWins = kindScore(header, 'staff', staff) > kindScore(header, 'students', students);
    chosenKind = staffWins ? 'staff' : 'students';
    chosen = staffWins ? staff : students;
  }
  const columns: Record<string, string | null> = {};
  for (const info of fieldsFor(chosenKind)) {
    const column = chosen.get(info.field);
    columns[info.field] = column === undefined ? null : (header[column] ?? null);
  }
  return { kind: chosenKind, columns };
}

/** A stable key for "the same kind of file from the same source": the sorted, normalised header set. */
export function mappingSignature(header: readonly string[]): string {
  const keys = [...new Set(header.map(headerKey).filter((k) => k !== ''))].sort();
  return `generic:${JSON.stringify(keys)}`;
}

/** The index of the header column a mapped name refers to (any spelling, first match), or -1. */
export function columnIndex(header: readonly string[], column: string): number {
  const key = headerKey(column);
  return key === '' ? -1 : header.findIndex((h) => headerKey(h) === key);
}

/**
 * A remembered mapping rewritten to this file's own spellings (`student_number` → `Student_Number`),
 * so the mapping step's selects show them; columns not in this file are left for checkMapping to report.
 */
export function alignMapping(mapping: ColumnMapping, header: readonly string[]): ColumnMapping {
  const columns: Record<string, string | null> = {};
  for (const [field, column] of Object.entries(mapping.columns)) {
    const i = typeof column === 'string' ? columnIndex(header, column) : -1;
    columns[field] = i >= 0 ? (header[i] ?? column) : column;
  }
  return { kind: mapping.kind, columns };
}
