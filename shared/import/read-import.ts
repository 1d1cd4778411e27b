/**
 * From tables to ImportData: detect the format, then run its reader. Generic files also give the
 * column mapping used (the remembered one, else a proposal) with their header and a few sample
 * rows, so the wizard can show the mapping step. Never throws: anything unexpected becomes an
 * error diagnostic, so the wizard always has something to show.
 */
import { assertNever } from '../domain/ids';
import { readClever } from './clever';
import { detectFormat } from './detect-format';
import { error, type Diagnostic } from './diagnostics';
import { alignMapping, checkMapping, mappingSignature, proposeMapping, readGeneric, type ColumnMapping } from './generic';
import type { ImportData, ImportFormat, ReadOptions, SourceTable } from './model';
import { readOneRoster } from './oneroster';
import { readSdsV1, readSdsV21 } from './sds';

/** The mapping step's material for a generic file. */
export type GenericInfo = {
  readonly file: string;
  readonly header: readonly string[];
  readonly sample: readonly (readonly string[])[];
  readonly signature: string;
  readonly mapping: ColumnMapping;
  /** True when `mapping` is the one remembered for this kind of file. */
  readonly remembered: boolean;
};

/** What reading a source gave. */
export type ReadImportResult = {
  readonly format: ImportFormat;
  readonly reason: string;
  readonly data: ImportData;
  readonly generic: GenericInfo | null;
};

/** What the wizard tells the reader. */
export type ReadImportRequest = {
  readonly options: ReadOptions;
  /** The mapping the user confirmed (generic files); else the remembered one, else a proposal. */
  readonly mapping?: ColumnMapping;
  /** Mappings remembered per signature (from preferences). */
  readonly remembered?: Readonly<Record<string, ColumnMapping>>;
};

function emptyData(format: ImportFormat, yearId: string, diagnostics: readonly Diagnostic[]): ImportData {
  return { format, mode: 'full', yearId, students: null, staff: null, years: [], advisories: null, removedPlacements: [], classChoices: [], diagnostics };
}

function readFormat(format: ImportFormat, tables: readonly SourceTable[], request: ReadImportRequest): { data: ImportData; generic: GenericInfo | null } {
  switch (format) {
    case 'oneroster-1.1':
    case 'oneroster-1.2':
      return { data: readOneRoster(tables, request.options), generic: null };
    case 'sds-v1':
      return { data: readSdsV1(tables, request.options), generic: null };
    case 'sds-v2.1':
      return { data: readSdsV21(tables, request.options), generic: null };
    case 'clever':
      return { data: readClever(tables, request.options), generic: null };
    case 'generic-csv':
    case 'generic-xlsx': {
      const table = tables[0];
      if (!table) return { data: emptyData(format, request.options.fallbackYearId, []), generic: null };
      const signature = mappingSignature(table.header);
      const stored = request.remembered?.[signature];
      const remembered = stored ? alignMapping(stored, table.header) : undefined;
      // A remembered mapping that no longer fits the header (a renamed column) is not used.
      const rememberedFits = remembered !== undefined && checkMapping(remembered, table.header).every((d) => d.level !== 'error');
      const mapping = request.mapping ?? (rememberedFits ? remembered : proposeMapping(table.header));
      const generic: GenericInfo = {
        file: table.file,
        header: table.header,
        sample: table.rows.slice(0, 5),
        signature,
        mapping,
        remembered: request.mapping === undefined && rememberedFits,
      };
      return { data: readGeneric(table, mapping, format, request.options), generic };
    }
    default:
      return assertNever(format, 'import format');
  }
}

/** Detects the format of `tables` and reads them. */
export function readImport(tables: readonly SourceTable[], source: 'file' | 'folder' | 'zip', request: ReadImportRequest): ReadImportResult {
  let detected: { readonly format: ImportFormat; readonly reason: string } = { format: 'generic-csv', reason: 'Read as a plain table.' };
  try {
    detected = detectFormat(tables, source);
    const { data, generic } = readFormat(detected.format, tables, request);
    // Parse problems of the tables, whether or not the reader repeated them, each once.
    const diagnostics = dedupe([...tables.flatMap((t) => t.diagnostics), ...data.diagnostics]);
    return { ...detected, data: { ...data, diagnostics }, generic };
  } catch (cause) {
    const message = `The file could not be read: ${(cause as Error)?.message ?? String(cause)}. Nothing was imported.`;
    return { ...detected, data: emptyData(detected.format, request.options.fallbackYearId, [error({ file: tables[0]?.file ?? '' }, message)]), generic: null };
  }
}

function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.level}\u0000${d.file}\u0000${d.row}\u0000${d.column}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
