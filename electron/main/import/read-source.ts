/**
 * Turns what the user picked in the import wizard (a file, a folder or a zip) into tables of
 * strings, in the task worker. Everything about the content is a diagnostic, never an exception:
 * the wizard shows a bad file as a sentence, not a crash. Nothing is written and, inside a
 * folder, symbolic links are never followed (a link could point anywhere on the disk).
 */
import fs from 'node:fs';
import nodePath from 'node:path';
import { error, warning, type Diagnostic } from '../../../shared/import/diagnostics';
import type { SourceTable } from '../../../shared/import/model';
import { isHidden, isTableFileName, MAX_FILE_BYTES, q, readChunked, textTable, tooLargeError, unreadableError, type FileReadResult } from './read-source-file';
import { readXlsx } from './read-xlsx';
import { readZip } from './read-zip';

/** Progress by bytes: `done` of `total`, with a line such as "Reading users.csv". */
export type ReadProgress = (done: number, total: number, message: string) => void;

/** What the picked path held: tables to detect a format in, and file-level diagnostics. */
export interface ReadSourceResult {
  readonly source: 'file' | 'folder' | 'zip';
  /** The picked file's or folder's base name, for titles ("users.csv", "OneRoster export"). */
  readonly name: string;
  readonly tables: readonly SourceTable[];
  /** File-level problems: unreadable file, binary posing as CSV, too large, no CSV in the folder. Errors block the import. */
  readonly diagnostics: readonly Diagnostic[];
}

/** How deep "a folder holding only one folder" is followed (zips of zips of folders exist; loops cannot, links are skipped). */
const MAX_WRAPPING_FOLDERS = 4;

// Refuses to open a path that was swapped for a link after it was listed (0 where the OS has no such flag).
const NO_FOLLOW = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0);

const lowerExt = (name: string): string => nodePath.extname(name).toLowerCase();

/** The error for an old binary workbook, worded as shared/import/decode.ts words it. */
const xlsError = (file: string): Diagnostic =>
  error(
    { file },
    'The file is an old Excel workbook (.xls), which the importer cannot read. In Excel, use Save As › Excel Workbook (.xlsx) or CSV UTF-8 and import that file.',
  );

/** Reads a file the user picked directly: CSV/TXT/anything as text, or a zip, or a workbook. */
async function readPickedFile(path: string, name: string, onProgress: ReadProgress): Promise<FileReadResult> {
  const ext = lowerExt(name);
  if (ext === '.xls') return { tables: [], diagnostics: [xlsError(name)] };
  const kind = ext === '.zip' ? 'zip' : ext === '.xlsx' || ext === '.xlsm' ? 'xlsx' : 'text';
  const handle = await fs.promises.open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) return { tables: [], diagnostics: [tooLargeError(name, size)] };
    // Unpacking and parsing a zip or workbook takes as long as reading it: give it half the bar.
    const total = kind === 'text' ? size : size * 2;
    const message = `Reading ${name}`;
    const bytes = await readChunked(handle, size, (n) => onProgress(n, total, message));
    if (kind === 'text') return textTable(name, bytes);
    if (kind === 'xlsx') {
      const read = await readXlsx(name, bytes);
      onProgress(total, total, message);
      return read;
    }
    return readZip(name, bytes, (done, entriesTotal, entry) =>
      onProgress(size + Math.round((size * done) / Math.max(entriesTotal, 1)), total, `Reading ${entry}`),
    );
  } finally {
    await handle.close();
  }
}

/** A table file found in a folder, with its size from lstat. */
type FolderFile = { readonly name: string; readonly path: string; readonly size: number };

/** Lists a folder's table files and subfolders (not dotfiles); links are skipped with a warning. */
async function listFolder(dir: string, diagnostics: Diagnostic[]): Promise<{ files: FolderFile[]; folders: string[] }> {
  const files: FolderFile[] = [];
  const folders: string[] = [];
  const names = (await fs.promises.readdir(dir)).sort((a, b) => a.localeCompare(b, 'en')); // stable diagnostics order
  for (const entry of names) {
    if (isHidden(entry)) continue;
    const path = nodePath.join(dir, entry);
    let st: fs.Stats;
    try {
      st = await fs.promises.lstat(path);
    } catch (cause) {
      if (isTableFileName(entry)) diagnostics.push(unreadableError(entry, cause)); // e.g. deleted while listing
      continue;
    }
    if (st.isSymbolicLink()) {
      diagnostics.push(warning({ file: entry }, `${q(entry)} is a shortcut (symbolic link), so it was skipped. Copy the file itself into the folder.`));
    } else if (st.isDirectory()) folders.push(entry);
    else if (st.isFile() && isTableFileName(entry)) files.push({ name: entry, path, size: st.size });
  }
  return { files, folders };
}

/** Reads one listed folder file without following a link that replaced it since it was listed. */
async function readFolderFile(file: FolderFile, onChunk: (bytesRead: number) => void): Promise<FileReadResult> {
  const handle = await fs.promises.open(file.path, NO_FOLLOW);
  try {
    const st = await handle.stat();
    if (!st.isFile()) return { tables: [], diagnostics: [] };
    if (st.size > MAX_FILE_BYTES) return { tables: [], diagnostics: [tooLargeError(file.name, st.size)] };
    return textTable(file.name, await readChunked(handle, st.size, onChunk));
  } finally {
    await handle.close();
  }
}

/** Reads every CSV/TSV/TXT file directly inside a folder (or inside the one folder it wraps), by name. */
async function readFolder(dir: string, name: string, onProgress: ReadProgress): Promise<FileReadResult> {
  const diagnostics: Diagnostic[] = [];
  let listed = await listFolder(dir, diagnostics);
  let current = dir;
  // An unzipped export is often `Export/Export/*.csv`: step into a folder that only wraps another.
  for (let depth = 0; depth < MAX_WRAPPING_FOLDERS && listed.files.length === 0 && listed.folders.length === 1; depth += 1) {
    current = nodePath.join(current, listed.folders[0]!);
    listed = await listFolder(current, diagnostics);
  }
  if (listed.files.length === 0) {
    diagnostics.push(error({ file: name }, `The folder ${q(name)} has no CSV files.`));
    return { tables: [], diagnostics };
  }
  const readable = listed.files.filter((f) => {
    if (f.size <= MAX_FILE_BYTES) return true;
    diagnostics.push(tooLargeError(f.name, f.size)); // refused before opening, like a picked file
    return false;
  });
  const total = readable.reduce((sum, f) => sum + f.size, 0);
  const tables: SourceTable[] = [];
  let done = 0;
  for (const file of readable) {
    const message = `Reading ${file.name}`;
    try {
      const read = await readFolderFile(file, (n) => onProgress(Math.min(done + n, total), total, message));
      tables.push(...read.tables);
      diagnostics.push(...read.diagnostics);
    } catch (cause) {
      diagnostics.push(unreadableError(file.name, cause));
    }
    done += file.size;
  }
  onProgress(total, total, `Read ${readable.length} ${readable.length === 1 ? 'file' : 'files'} from ${name}`);
  return { tables, diagnostics };
}

/** Reads the picked path into tables, reporting progress by bytes; never throws for bad content (only diagnostics). */
export async function readSource(path: string, onProgress: ReadProgress): Promise<ReadSourceResult> {
  const name = nodePath.basename(path) || path;
  let source: ReadSourceResult['source'] = lowerExt(name) === '.zip' ? 'zip' : 'file';
  try {
    // The picked path itself may be a link (the user chose it); only links inside a folder are refused.
    const st = await fs.promises.stat(path);
    if (st.isDirectory()) source = 'folder';
    else if (!st.isFile()) return { source, name, tables: [], diagnostics: [error({ file: name }, `${q(name)} is not a file or a folder.`)] };
    const read = source === 'folder' ? await readFolder(path, name, onProgress) : await readPickedFile(path, name, onProgress);
    return { source, name, tables: read.tables, diagnostics: read.diagnostics };
  } catch (cause) {
    return { source, name, tables: [], diagnostics: [unreadableError(name, cause)] };
  }
}
