/** readSource on large files: 50 MB reads in one piece with progress by bytes; past 100 MB is refused unread. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../electron/main/import/read-source';
import { useTempDirs } from '../helpers/tmp';

const MB = 1024 * 1024;
const tempDir = useTempDirs();

/** Writes a roster CSV of at least `bytes` bytes and returns its path and row count. */
function writeLargeCsv(dir: string, bytes: number): { file: string; rows: number } {
  const file = path.join(dir, 'users.csv');
  const fd = fs.openSync(file, 'w');
  let size = 0;
  let rows = 0;
  try {
    size += fs.writeSync(fd, 'id,firstName,lastName,email,grade\n');
    while (size < bytes) {
      const lines: string[] = [];
      for (let k = 0; k < 10_000; k += 1, rows += 1) {
        lines.push(`${String(rows).padStart(7, '0')},Student${rows},Família ${rows % 977},s${rows}@school.example.org,${9 + (rows % 4)}`);
      }
      size += fs.writeSync(fd, `${lines.join('\n')}\n`);
    }
  } finally {
    fs.closeSync(fd);
  }
  return { file, rows };
}

describe('readSource: large files', () => {
  it('reads a 50 MB CSV in one piece, with progress by bytes that only goes up', async () => {
    const { file, rows } = writeLargeCsv(tempDir(), 50 * MB);
    const size = fs.statSync(file).size;
    const calls: { done: number; total: number; message: string }[] = [];
    const result = await readSource(file, (done, total, message) => calls.push({ done, total, message }));

    expect(result.diagnostics).toEqual([]);
    expect(result.tables).toHaveLength(1);
    const [table] = result.tables;
    expect(table!.diagnostics).toEqual([]);
    expect(table!.rows).toHaveLength(rows);
    expect(table!.rows[rows - 1]![0]).toBe(String(rows - 1).padStart(7, '0'));
    expect(table!.rows[1]![2]).toBe('Família 1');
    expect(table!.rowNumbers[rows - 1]).toBe(rows + 1);

    expect(calls.length).toBeGreaterThanOrEqual(50); // at least once per MB
    expect(calls.every((c) => c.total === size && c.message === 'Reading users.csv')).toBe(true);
    const done = calls.map((c) => c.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done[done.length - 1]).toBe(size);
  });

  it('refuses a 101 MB file without reading it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'huge.csv');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 101 * MB); // sparse: no disk used, and reading it would take a while
    const progress: number[] = [];
    const result = await readSource(file, (done) => progress.push(done));
    expect(result.tables).toEqual([]);
    expect(result.diagnostics).toEqual([
      { level: 'error', file: 'huge.csv', row: null, column: null, message: '“huge.csv” is 101 MB; the importer reads files up to 100 MB.' },
    ]);
    expect(progress.filter((d) => d > 0)).toEqual([]);
  });

  it('refuses a file over 100 MB in a folder but reads the others', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'users.csv'), 'id\n1\n');
    fs.writeFileSync(path.join(dir, 'enrollments.csv'), '');
    fs.truncateSync(path.join(dir, 'enrollments.csv'), 140 * MB);
    const result = await readSource(dir, () => undefined);
    expect(result.tables.map((t) => t.file)).toEqual(['users.csv']);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['“enrollments.csv” is 140 MB; the importer reads files up to 100 MB.']);
  });
});
