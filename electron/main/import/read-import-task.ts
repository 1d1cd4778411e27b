/**
 * The import's heavy part, run in the task worker: read the picked path into tables (with
 * progress by bytes), detect the format and run its reader. Planning against the school happens
 * in main afterwards (it needs the school, and it takes milliseconds).
 */
import { readImport, type ReadImportRequest, type ReadImportResult } from '../../../shared/import/read-import';
import { readSource } from './read-source';

/** What the worker sends back. */
export type ReadImportTaskResult = {
  readonly name: string;
  readonly source: 'file' | 'folder' | 'zip';
  readonly tables: readonly { readonly file: string; readonly rows: number }[];
  readonly result: ReadImportResult;
};

type Progress = (done: number, total: number, message: string) => void;

/** Reads and interprets an import source; file-level problems join the reader's diagnostics. */
export async function readImportTask(path: string, request: ReadImportRequest, progress: Progress): Promise<ReadImportTaskResult> {
  // Reading is most of the work; the reader's share is shown as the last tenth of the bar.
  let bytes = 1;
  const read = await readSource(path, (done, total, message) => {
    bytes = Math.max(total, 1);
    progress(Math.round(done * 0.9), bytes, message);
  });
  progress(Math.round(bytes * 0.9), bytes, 'Checking the rows');
  const result = readImport(read.tables, read.source, request);
  progress(bytes, bytes, 'Done');
  return {
    name: read.name,
    source: read.source,
    tables: read.tables.map((t) => ({ file: t.file, rows: t.rows.length })),
    result: { ...result, data: { ...result.data, diagnostics: [...read.diagnostics, ...result.data.diagnostics] } },
  };
}
