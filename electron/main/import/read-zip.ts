/**
 * Reads a zip the user picked (how SIS exports usually arrive) into tables, in memory with
 * fflate: the CSV/TSV/TXT files at its top level, after stripping a folder that wraps them all.
 * Directories, `__MACOSX/` resource forks and dotfiles are skipped. Nothing is written to disk.
 *
 * Zip-bomb guard: sizes come from the central directory (fflate's `filter` sees `originalSize`
 * before inflating) and fflate inflates into a buffer of exactly that size, so a lying header
 * cannot make it allocate more. fflate then silently truncates, and never checks CRCs, so each
 * entry's length and CRC-32 are checked here: a lying or damaged zip is an error, not a roster
 * with its last rows missing. Entries are unpacked one at a time, each parsed and dropped before
 * the next, so peak memory is one entry plus the tables.
 */
import { crc32 } from 'node:zlib';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { error, type Diagnostic } from '../../../shared/import/diagnostics';
import type { SourceTable } from '../../../shared/import/model';
import {
  isHidden,
  isTableFileName,
  MAX_FILE_BYTES,
  MAX_UNZIPPED_BYTES,
  MB,
  megabytes,
  q,
  textTable,
  tooLargeError,
  type FileReadResult,
} from './read-source-file';

/** Progress through a zip's entries, in uncompressed bytes. */
export type ZipProgress = (done: number, total: number, entry: string) => void;

/** An entry of the central directory, in its order, with the CRC-32 it states (undefined if unreadable). */
export type ZipEntryInfo = UnzipFileInfo & { readonly index: number; readonly crc: number | undefined };

/** A table file inside the zip: where it is, its name as shown (top folder stripped), its size. */
type Entry = { readonly info: ZipEntryInfo; readonly name: string; readonly size: number };

const u16 = (d: Uint8Array, at: number): number => (d[at] ?? 0) | ((d[at + 1] ?? 0) << 8);
const u32 = (d: Uint8Array, at: number): number => (u16(d, at) | (u16(d, at + 2) << 16)) >>> 0;

/**
 * The CRC-32 of each central-directory entry, in order, found the way fflate's unzipSync finds
 * the directory (last end record, zip64 locator), so index i is fflate's i-th filter call.
 */
function directoryCrcs(data: Uint8Array): number[] {
  let end = data.length - 22;
  while (end >= 0 && u32(data, end) !== 0x06054b50) end -= 1;
  if (end < 0) return [];
  let count = u16(data, end + 8);
  let at = u32(data, end + 16);
  if (end >= 20 && u32(data, end - 20) === 0x07064b50) {
    const zip64 = u32(data, end - 12);
    if (u32(data, zip64) === 0x06064b50) [count, at] = [u32(data, zip64 + 32), u32(data, zip64 + 48)];
  }
  const crcs: number[] = [];
  for (let i = 0; i < count && at + 46 <= data.length && u32(data, at) === 0x02014b50; i += 1) {
    crcs.push(u32(data, at + 16));
    at += 46 + u16(data, at + 28) + u16(data, at + 30) + u16(data, at + 32);
  }
  return crcs;
}

/** Lists a zip's entries from its central directory without inflating anything; null when it is not a readable zip. */
export function listZip(bytes: Uint8Array): readonly ZipEntryInfo[] | null {
  const infos: ZipEntryInfo[] = [];
  try {
    const crcs = directoryCrcs(bytes);
    unzipSync(bytes, {
      filter: (info) => {
        infos.push({ ...info, index: infos.length, crc: crcs[infos.length] });
        return false;
      },
    });
  } catch {
    return null;
  }
  return infos;
}

/** Sizes a lying header cannot shrink: a stored entry is copied at its compressed size. */
const claimedSize = (info: UnzipFileInfo): number => Math.max(info.originalSize, info.compression === 0 ? info.size : 0);

/** The error for a zip (or workbook) that unpacks past the guard. */
export function unzipsTooLargeError(file: string, total: number): Diagnostic {
  return error(
    { file },
    `${q(file)} unpacks to ${megabytes(total)} MB; the importer reads zip files that unpack to at most ${MAX_UNZIPPED_BYTES / MB} MB.`,
  );
}

/** The error for a zip that fflate cannot read. */
const damagedError = (file: string): Diagnostic =>
  error({ file }, `${q(file)} is not a readable zip file (it may be damaged or incomplete). Download or export it again.`);

/** Path segments of a file entry, or null for directories, `__MACOSX/`, dotfiles and `..` paths. */
function segments(rawName: string): string[] | null {
  const name = rawName.replace(/\\/g, '/'); // some Windows zippers write backslashes
  if (name.endsWith('/')) return null;
  const parts = name.split('/').filter((p) => p !== '');
  if (parts.length === 0 || parts.some((p) => p === '__MACOSX' || isHidden(p))) return null; // `..` starts with a dot too
  return parts;
}

/** Picks the table files at the zip's top level once the folders that wrap all of them are stripped. */
function tableEntries(infos: readonly ZipEntryInfo[]): { readonly top: readonly Entry[]; readonly deeper: number } {
  let found = infos.flatMap((info) => {
    const parts = segments(info.name);
    return parts !== null && isTableFileName(parts[parts.length - 1]!) ? [{ info, parts }] : [];
  });
  // `Export/users.csv`, `Export/orgs.csv` → `users.csv`, `orgs.csv` (zipping a folder wraps it).
  for (;;) {
    const first = found[0]?.parts[0];
    if (first === undefined || !found.every((f) => f.parts.length > 1 && f.parts[0] === first)) break;
    found = found.map((f) => ({ info: f.info, parts: f.parts.slice(1) }));
  }
  const top = found
    .filter((f) => f.parts.length === 1)
    .map((f) => ({ info: f.info, name: f.parts[0]!, size: claimedSize(f.info) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { top, deeper: found.length - top.length };
}

/**
 * Unpacks one entry (by its place in the directory), refusing it if the running total passes the
 * guard; undefined when its length or CRC-32 is not what the directory states.
 */
function unpackEntry(bytes: Uint8Array, entry: Entry, unpackedSoFar: number): Uint8Array | 'too-large' | undefined {
  let index = -1;
  let tooLarge = false;
  const files = unzipSync(bytes, {
    filter: (info) => {
      index += 1;
      if (index !== entry.info.index) return false;
      if (unpackedSoFar + claimedSize(info) > MAX_UNZIPPED_BYTES) tooLarge = true;
      return !tooLarge;
    },
  });
  if (tooLarge) return 'too-large';
  const data = files[entry.info.name];
  const intact = data !== undefined && data.length === entry.info.originalSize && (entry.info.crc === undefined || crc32(data) === entry.info.crc);
  return intact ? data : undefined;
}

/** Reads a zip's top-level CSV/TSV/TXT files into tables; every problem is a diagnostic. */
export function readZip(file: string, bytes: Uint8Array, onProgress: ZipProgress): FileReadResult {
  const infos = listZip(bytes);
  if (infos === null) return { tables: [], diagnostics: [damagedError(file)] };
  const { top, deeper } = tableEntries(infos);
  if (top.length === 0) {
    const where = deeper > 0 ? ' at its top level (they are in several folders; zip one export at a time)' : '';
    return { tables: [], diagnostics: [error({ file }, `The zip file ${q(file)} has no CSV files${where}.`)] };
  }
  const diagnostics: Diagnostic[] = [];
  const entries = top.filter((e) => {
    if (e.size <= MAX_FILE_BYTES) return true;
    diagnostics.push(tooLargeError(e.name, e.size));
    return false;
  });
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  // Refuse the whole zip rather than read part of a bundle: a missing file would read as "nobody".
  if (total > MAX_UNZIPPED_BYTES) return { tables: [], diagnostics: [unzipsTooLargeError(file, total)] };

  const tables: SourceTable[] = [];
  let done = 0;
  for (const entry of entries) {
    onProgress(done, total, entry.name);
    let data: ReturnType<typeof unpackEntry>;
    try {
      data = unpackEntry(bytes, entry, done);
    } catch {
      return { tables: [], diagnostics: [damagedError(file)] };
    }
    if (data === 'too-large') return { tables: [], diagnostics: [unzipsTooLargeError(file, done + entry.size)] };
    if (data === undefined) return { tables: [], diagnostics: [damagedError(file)] };
    const read = textTable(entry.name, data);
    tables.push(...read.tables);
    diagnostics.push(...read.diagnostics);
    done += entry.size;
  }
  onProgress(total, total, entries[entries.length - 1]?.name ?? file);
  return { tables, diagnostics };
}
