/** readSource on folders, zips and single text files: tables, sizes, links and file-level diagnostics. */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NOT_UTF8_MESSAGE } from '../../../shared/import/decode';
import { hasErrors } from '../../../shared/import/diagnostics';
import { readSource, type ReadProgress } from '../../../electron/main/import/read-source';
import { useTempDirs } from '../helpers/tmp';

const BUNDLE = '/work/shared/data/oneroster/v1p1-bulk';
const tempDir = useTempDirs();
const noProgress: ReadProgress = () => undefined;

/** Table name → [first header cell, header length, row count] of the OneRoster 1.1 sample bundle. */
const EXPECTED: Readonly<Record<string, readonly [string, number, number]>> = {
  'academicSessions.csv': ['sourcedId', 9, 4],
  'classes.csv': ['sourcedId', 14, 4],
  'courses.csv': ['sourcedId', 10, 2],
  'enrollments.csv': ['sourcedId', 10, 15],
  'manifest.csv': ['propertyName', 2, 17],
  'orgs.csv': ['sourcedId', 7, 2],
  'users.csv': ['sourcedId', 18, 8],
};

type Result = Awaited<ReturnType<typeof readSource>>;

/** Checks a result holds the seven sample tables, sorted by name, with the right shapes. */
function expectBundle(result: Result): void {
  expect(result.diagnostics).toEqual([]);
  expect(result.tables.map((t) => t.file)).toEqual(Object.keys(EXPECTED));
  for (const table of result.tables) {
    const [first, width, rows] = EXPECTED[table.file]!;
    expect(table.header[0], table.file).toBe(first);
    expect(table.header, table.file).toHaveLength(width);
    expect(table.rows, table.file).toHaveLength(rows);
    expect(table.rowNumbers[0], table.file).toBe(2);
    expect(table.diagnostics, table.file).toEqual([]);
  }
  const users = result.tables.find((t) => t.file === 'users.csv')!;
  expect(users.rows[0]![8]).toBe('María José');
}

/** The sample bundle as zip entries under `prefix` (e.g. `OneRoster export/`). */
function bundleEntries(prefix: string): Zippable {
  const entries: Zippable = {};
  for (const name of fs.readdirSync(BUNDLE)) entries[`${prefix}${name}`] = fs.readFileSync(path.join(BUNDLE, name));
  return entries;
}

/** Rewrites every central-directory entry's uncompressed size, as a crafted zip would state it. */
function setDeclaredSizes(zip: Uint8Array, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 <= zip.length; at += 1) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return zip;
}

function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('readSource: folders', () => {
  it('reads every CSV of a OneRoster folder, sorted by name, ignoring dotfiles and other files', async () => {
    const dir = path.join(tempDir(), 'OneRoster export');
    fs.cpSync(BUNDLE, dir, { recursive: true });
    writeFile(dir, '.DS_Store', 'junk');
    writeFile(dir, '._users.csv', 'junk');
    writeFile(dir, 'readme.pdf', '%PDF-1.4');
    fs.mkdirSync(path.join(dir, 'nested'));
    writeFile(path.join(dir, 'nested'), 'other.csv', 'a,b\n1,2\n');
    const progress: number[] = [];
    const result = await readSource(dir, (done, total) => {
      progress.push(done);
      expect(done).toBeLessThanOrEqual(total);
    });
    expect(result.source).toBe('folder');
    expect(result.name).toBe('OneRoster export');
    expectBundle(result);
    expect(progress.length).toBeGreaterThanOrEqual(7);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('steps into a folder that only wraps another one', async () => {
    const dir = tempDir();
    fs.cpSync(BUNDLE, path.join(dir, 'export', 'inner'), { recursive: true });
    writeFile(path.join(dir, 'export'), 'notes.pdf', '%PDF');
    const result = await readSource(dir, noProgress);
    expectBundle(result);
  });

  it('gives an error for a folder with no CSV files', async () => {
    const dir = path.join(tempDir(), 'Empty export');
    fs.mkdirSync(dir);
    writeFile(dir, 'report.pdf', '%PDF');
    writeFile(dir, '.hidden.csv', 'a\n1\n');
    fs.mkdirSync(path.join(dir, 'a'));
    fs.mkdirSync(path.join(dir, 'b'));
    const result = await readSource(dir, noProgress);
    expect(result.tables).toEqual([]);
    expect(result.diagnostics).toEqual([
      { level: 'error', file: 'Empty export', row: null, column: null, message: 'The folder “Empty export” has no CSV files.' },
    ]);
  });

  it('skips symbolic links with a warning and never reads through them', async () => {
    const outside = tempDir();
    const secret = writeFile(outside, 'secret.csv', 'id,password\n1,hunter2\n');
    const dir = tempDir();
    writeFile(dir, 'users.csv', 'id,name\n1,Ann\n');
    fs.symlinkSync(secret, path.join(dir, 'linked.csv'));
    fs.symlinkSync(outside, path.join(dir, 'linked-folder'));
    const result = await readSource(dir, noProgress);
    expect(result.tables.map((t) => t.file)).toEqual(['users.csv']);
    expect(result.diagnostics.map((d) => `${d.level} ${d.file}`)).toEqual(['warning linked-folder', 'warning linked.csv']);
    expect(result.diagnostics[0]!.message).toMatch(/symbolic link/);
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });
});

describe('readSource: zips', () => {
  it('reads a zipped bundle wrapped in a top folder into the same tables', async () => {
    const dir = tempDir();
    const zip = writeFile(dir, 'export.zip', zipSync(bundleEntries('OneRoster export/')));
    const progress: number[] = [];
    const result = await readSource(zip, (done) => progress.push(done));
    expect(result.source).toBe('zip');
    expect(result.name).toBe('export.zip');
    expectBundle(result);
    expect(progress.length).toBeGreaterThanOrEqual(8);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('skips directories, __MACOSX junk and dotfiles', async () => {
    const entries: Zippable = {
      ...bundleEntries('Export/'),
      '__MACOSX/Export/._users.csv': new Uint8Array([0, 5, 22, 7, 0, 2]),
      'Export/.DS_Store': new Uint8Array([0, 0, 0, 1]),
      'Export/docs/': new Uint8Array(0),
      'Export/docs/readme.txt': new TextEncoder().encode('not a table at the top level'),
    };
    const zip = writeFile(tempDir(), 'mac.zip', zipSync(entries));
    expectBundle(await readSource(zip, noProgress));
  });

  it('names a corrupt zip in an error', async () => {
    const bytes = zipSync(bundleEntries(''));
    const zip = writeFile(tempDir(), 'broken.zip', bytes.subarray(0, Math.floor(bytes.length / 2)));
    const result = await readSource(zip, noProgress);
    expect(result.tables).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: 'error', file: 'broken.zip' });
    expect(result.diagnostics[0]!.message).toContain('“broken.zip”');
  });

  it('refuses a zip that unpacks to more than 200 MB, from its declared sizes, before inflating', async () => {
    const csv = new TextEncoder().encode('id\n1\n');
    const bytes = setDeclaredSizes(zipSync({ 'a.csv': csv, 'b.csv': csv, 'c.csv': csv }), 90 * 1024 * 1024);
    const result = await readSource(writeFile(tempDir(), 'bomb.zip', bytes), noProgress);
    expect(result.tables).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: 'error', file: 'bomb.zip' })]);
    expect(result.diagnostics[0]!.message).toBe(
      '“bomb.zip” unpacks to 270 MB; the importer reads zip files that unpack to at most 200 MB.',
    );
  });

  it('refuses a zip entry over 100 MB by its declared size', async () => {
    const bytes = setDeclaredSizes(zipSync({ 'big.csv': new TextEncoder().encode('id\n1\n') }), 140 * 1024 * 1024);
    const result = await readSource(writeFile(tempDir(), 'big.zip', bytes), noProgress);
    expect(result.tables).toEqual([]);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['“big.csv” is 140 MB; the importer reads files up to 100 MB.']);
  });

  it('does not inflate past a size the zip understates (an error, not a large allocation)', async () => {
    const rows = new TextEncoder().encode('id\n' + '1\n'.repeat(500_000));
    const bytes = setDeclaredSizes(zipSync({ 'users.csv': rows }), 100);
    const result = await readSource(writeFile(tempDir(), 'liar.zip', bytes), noProgress);
    expect(result.tables).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: 'error', file: 'liar.zip' })]);
  });

  it('gives an error for an entry whose bytes do not match its CRC (damage that still unpacks)', async () => {
    const bytes = zipSync({ 'users.csv': new TextEncoder().encode('id,name\n1,Ann\n') }, { level: 0 });
    const at = Buffer.from(bytes).indexOf('Ann');
    bytes[at] = 'B'.charCodeAt(0); // stored entry: the change unpacks fine, only the CRC tells
    const result = await readSource(writeFile(tempDir(), 'flipped.zip', bytes), noProgress);
    expect(result.tables).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: 'error', file: 'flipped.zip' })]);
  });

  it('gives an error for a zip with no CSV files', async () => {
    const zip = writeFile(tempDir(), 'pics.zip', zipSync({ 'a.png': new Uint8Array([1, 2, 3]) }));
    const result = await readSource(zip, noProgress);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['The zip file “pics.zip” has no CSV files.']);
  });
});

describe('readSource: single files', () => {
  it('reads a CSV into a table with spreadsheet row numbers', async () => {
    const file = writeFile(tempDir(), 'students.csv', 'id;name\n00123;Ann\n\n00456;Bob\n');
    const result = await readSource(file, noProgress);
    expect(result).toEqual({
      source: 'file',
      name: 'students.csv',
      diagnostics: [],
      tables: [{ file: 'students.csv', header: ['id', 'name'], rows: [['00123', 'Ann'], ['00456', 'Bob']], rowNumbers: [2, 4], diagnostics: [] }],
    });
  });

  it('gives an error and no table for a .csv that is really a zip', async () => {
    const file = writeFile(tempDir(), 'users.csv', zipSync({ 'users.csv': new TextEncoder().encode('a,b\n1,2\n') }));
    const result = await readSource(file, noProgress);
    expect(result.tables).toEqual([]);
    expect(hasErrors(result.diagnostics)).toBe(true);
    expect(result.diagnostics[0]).toMatchObject({ file: 'users.csv', message: expect.stringMatching(/zip archive/) });
  });

  it('reads a Windows-1252 CSV with a warning on the table', async () => {
    const file = writeFile(tempDir(), 'names.csv', Buffer.from('id,name\n1,Zo\xeb\n', 'latin1'));
    const result = await readSource(file, noProgress);
    expect(result.diagnostics).toEqual([]);
    const [table] = result.tables;
    expect(table!.rows).toEqual([['1', 'Zoë']]);
    expect(table!.diagnostics).toEqual([{ level: 'warning', file: 'names.csv', row: null, column: null, message: NOT_UTF8_MESSAGE }]);
  });

  it('keeps parse diagnostics on the table (an empty file is a table with an error)', async () => {
    const file = writeFile(tempDir(), 'empty.txt', '');
    const result = await readSource(file, noProgress);
    expect(result.diagnostics).toEqual([]);
    expect(result.tables[0]!.diagnostics.map((d) => d.message)).toEqual(['The file is empty.']);
  });

  it('refuses an old .xls workbook with Save As advice', async () => {
    const file = writeFile(tempDir(), 'roster.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const result = await readSource(file, noProgress);
    expect(result.tables).toEqual([]);
    expect(result.diagnostics[0]!.message).toMatch(/^The file is an old Excel workbook \(\.xls\).*In Excel, use Save As › /);
  });

  it('gives an error, not an exception, for a path that does not exist', async () => {
    const result = await readSource(path.join(tempDir(), 'gone.csv'), noProgress);
    expect(result).toMatchObject({ source: 'file', name: 'gone.csv', tables: [] });
    expect(result.diagnostics[0]!.message).toBe('“gone.csv” could not be read: it no longer exists.');
  });
});
