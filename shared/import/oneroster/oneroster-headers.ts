/**
 * Checking a file's header against the spec: required columns (an error: the file is not read),
 * misspelt names (read as the column they resemble), other spellings, order, missing optional
 * and unknown columns (one warning each per file). Returns the table to read, headers mended.
 */
import { error, type Diagnostic } from '../diagnostics';
import type { SourceTable } from '../model';
import { headerKey } from '../table-access';
import type { ReadContext } from './oneroster-context';
import { plural } from '../../domain/wording';
import { q } from './oneroster-context';
import { isExtensionColumn, REQUIRED_COLUMNS, SPEC_COLUMNS, type OneRosterFile } from './oneroster-spec';

/** A checked table: readable unless a required column is missing. */
export type CheckedTable = { readonly table: SourceTable; readonly readable: boolean };

/** Edit distance, for spotting `givnName`; small strings only. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The only missing spec column `name` resembles closely (a typo), else null. */
function resembles(name: string, missing: readonly string[]): string | null {
  const key = headerKey(name);
  if (key.length < 4) return null;
  const close = missing.filter((c) => distance(key, headerKey(c)) <= (key.length < 7 ? 1 : 2));
  return close.length === 1 ? close[0]! : null;
}

/** Checks the header of one OneRoster file; `extraKnown` are non-spec columns the reader uses (flags). */
export function checkHeader(table: SourceTable, kind: OneRosterFile, ctx: ReadContext, extraKnown: (name: string) => boolean = () => false): CheckedTable {
  const file = table.file;
  const spec = SPEC_COLUMNS[ctx.version][kind] ?? [];
  const specKeys = spec.map(headerKey);
  const at = { file, row: 1 };
  const header = [...table.header];
  const present = new Set(header.map(headerKey));
  const missing = spec.filter((c) => !present.has(headerKey(c)));

  const unknown: string[] = [];
  const respelt: string[] = [];
  header.forEach((name, index) => {
    if (name === '' || isExtensionColumn(name) || extraKnown(name)) return;
    const specIndex = specKeys.indexOf(headerKey(name));
    if (specIndex >= 0) {
      if (name !== spec[specIndex]) respelt.push(`${q(name)} (spec: ${spec[specIndex]})`);
      return;
    }
    const meant = resembles(name, missing);
    if (meant !== null) {
      ctx.log.note({ file, row: 1, column: name }, `misspelt-${meant}`, `The column ${q(name)} is not a OneRoster column; read as ${q(meant)}, which it resembles.`);
      header[index] = meant;
      missing.splice(missing.indexOf(meant), 1);
      return;
    }
    unknown.push(name);
  });
  if (unknown.length > 0) {
    ctx.log.note(at, 'unknown-columns', `${plural(unknown.length, 'column')} not in the OneRoster ${ctx.version} ${file} spec: ${unknown.map(q).join(', ')}. Check the spelling; unknown columns are not read.`);
  }
  if (respelt.length > 0) {
    ctx.log.note(at, 'header-spelling', `Header names are not spelt as the spec spells them: ${respelt.join(', ')}. They were read anyway.`);
  }

  const order = header.map((h) => specKeys.indexOf(headerKey(h))).filter((i) => i >= 0);
  if (order.some((v, i) => i > 0 && v < order[i - 1]!)) {
    ctx.log.note(at, 'header-order', `The columns are not in the spec's order (${spec.join(', ')}). They were read by name.`);
  }

  const diagnostics: Diagnostic[] = [];
  const missingRequired = REQUIRED_COLUMNS[kind].filter((c) => missing.includes(c));
  for (const column of missingRequired) {
    diagnostics.push(error({ file, row: 1, column }, `${file} has no ${q(column)} column, which OneRoster requires; the file was not read.`));
  }
  const missingOptional = missing.filter((c) => !missingRequired.includes(c));
  if (missingOptional.length > 0) {
    ctx.log.note(at, 'missing-columns', `${plural(missingOptional.length, 'column')} of the OneRoster ${ctx.version} spec ${missingOptional.length === 1 ? 'is' : 'are'} missing: ${missingOptional.join(', ')}. The file was read without ${missingOptional.length === 1 ? 'it' : 'them'}.`);
  }
  if (table.rows.length === 0 && table.header.length > 0) {
    ctx.log.note(at, 'header-only', `${file} has a header but no rows, so nothing was read from it.`);
  }
  ctx.diagnostics.push(...diagnostics);
  return { table: { ...table, header }, readable: missingRequired.length === 0 && table.header.length > 0 };
}
