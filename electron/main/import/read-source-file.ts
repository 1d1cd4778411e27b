/**
 * Shared pieces of the import source readers (./read-source.ts): size limits, reading a file in
 * 1 MB chunks with progress, turning a text file's bytes into a SourceTable, and the sentences of
 * file-level diagnostics. Node only (no electron): it runs in the task worker and in tests.
 */
import type { FileHandle } from 'node:fs/promises';
import { parseCsv } from '../../../shared/import/csv';
import { decodeText } from '../../../shared/import/decode';
import { error, type Diagnostic } from '../../../shared/import/diagnostics';
import type { SourceTable } from '../../../shared/import/model';

/** One mebibyte: the chunk size of reads and the unit of size messages. */
export const MB = 1024 * 1024;
/** Largest single file the importer reads (a 50 MB roster must work; 100 MB leaves room). */
export const MAX_FILE_BYTES = 100 * MB;
/** Largest total a zip (or an Excel workbook, itself a zip) may unpack to: the zip-bomb guard. */
export const MAX_UNZIPPED_BYTES = 200 * MB;

/** Extensions read as text tables when found in a folder or a zip. */
const TABLE_EXTENSIONS: readonly string[] = ['.csv', '.tsv', '.txt'];

/** Quotes a name for messages: “users.csv”. */
export const q = (s: string): string => `“${s}”`;

/** Sizes as people read them, rounded up so 100 MB + 1 byte never reads "100 MB". */
export const megabytes = (bytes: number): number => Math.ceil(bytes / MB);

/** True for a dotfile or macOS resource fork (`.DS_Store`, `._users.csv`), which are never data. */
export const isHidden = (name: string): boolean => name.startsWith('.');

/** True when a file name has one of the text-table extensions (case-insensitive). */
export function isTableFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return TABLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** True when the bytes start like a zip archive, as every .xlsx workbook does. */
export function startsWithZipSignature(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** The error for a file past the size limit, given before reading a byte of it. */
export function tooLargeError(file: string, size: number): Diagnostic {
  return error({ file }, `${q(file)} is ${megabytes(size)} MB; the importer reads files up to ${MAX_FILE_BYTES / MB} MB.`);
}

/** The error for a file the system would not let us read (missing, no permission, a link…). */
export function unreadableError(file: string, cause: unknown): Diagnostic {
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  const why: Readonly<Record<string, string>> = {
    ENOENT: 'it no longer exists',
    EACCES: 'permission was denied',
    EPERM: 'permission was denied',
    ELOOP: 'it is a symbolic link',
    EISDIR: 'it is a folder',
    EBUSY: 'another program is using it',
  };
  const reason = why[code] ?? (cause instanceof Error ? cause.message : String(cause));
  return error({ file }, `${q(file)} could not be read: ${reason}.`);
}

/** Called with the bytes of the current file read so far. */
export type ChunkProgress = (bytesRead: number) => void;

/**
 * Reads an open regular file into one buffer of its size, 1 MB at a time, reporting progress
 * after each chunk. One allocation of the final size keeps peak memory at the file's size
 * (no list of chunks to concatenate). Stops at `size` if the file grows while being read.
 */
export async function readChunked(handle: FileHandle, size: number, onChunk: ChunkProgress): Promise<Uint8Array> {
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  onChunk(0);
  while (offset < size) {
    const { bytesRead } = await handle.read(buffer, offset, Math.min(MB, size - offset), offset);
    if (bytesRead === 0) break; // the file shrank while we read it: keep what is there
    offset += bytesRead;
    onChunk(offset);
  }
  return buffer.subarray(0, offset);
}

/** What reading one file (or zip entry) gave: at most one table, and file-level diagnostics. */
export type FileReadResult = { readonly tables: readonly SourceTable[]; readonly diagnostics: readonly Diagnostic[] };

/**
 * Decodes and parses a text file's bytes into a table. A decode error (binary, zip, xlsx posing
 * as CSV) gives no table and the error as a file-level diagnostic; decode warnings (Windows-1252)
 * and the parser's diagnostics stay with the table.
 */
export function textTable(file: string, bytes: Uint8Array): FileReadResult {
  const decoded = decodeText(bytes, file);
  if (decoded.warnings.some((d) => d.level === 'error')) return { tables: [], diagnostics: decoded.warnings };
  const csv = parseCsv(decoded.text, { file });
  const table: SourceTable = {
    file,
    header: csv.header,
    rows: csv.rows,
    rowNumbers: csv.rowNumbers,
    diagnostics: [...decoded.warnings, ...csv.diagnostics],
  };
  return { tables: [table], diagnostics: [] };
}
