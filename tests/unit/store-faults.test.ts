/**
 * The store when the disk misbehaves (faults injected through FsPort): a change the user is told
 * failed is neither in memory nor on disk, and nothing already saved is ever lost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs, StoreWriteError } from '../../electron/main/store/fs-port';
import { readJournal } from '../../electron/main/store/journal';
import { LOCK_FILE } from '../../electron/main/store/lock';
import { JOURNAL_FILE, SNAPSHOT_FILE } from '../../electron/main/store/recover';
import type { SchoolStore } from '../../electron/main/store/school-store';
import { FaultyFs } from './helpers/faulty-fs';
import { student } from './helpers/school';
import { listDir, openStore, rename, reopenAfterCrash } from './helpers/store';
import { useTempDirs } from './helpers/tmp';

const tempDir = useTempDirs();
const JOURNAL = /journal\.jsonl$/;
const SNAPSHOT_TEMP = /school\.json\.tmp-/;

/** A store on a faulty disk with two saved changes (`Saved 1`, `Saved 2`). */
function storeWithTwoChanges(): { dir: string; faults: FaultyFs; store: SchoolStore } {
  const dir = path.join(tempDir(), 'data');
  const faults = new FaultyFs();
  const store = openStore(dir, { fs: faults.fs });
  store.commit(rename('Saved 1'), 'Rename 1');
  store.commit({ type: 'upsert', collection: 'students', entity: student('000321', { firstName: 'Saved 2' }) }, 'Add student');
  return { dir, faults, store };
}

function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

function journalBytes(dir: string): Buffer {
  return fs.readFileSync(path.join(dir, JOURNAL_FILE));
}

describe('SchoolStore on a failing disk: commit', () => {
  it('a short write then ENOSPC: the commit fails saying the disk is full, and nothing changes anywhere', async () => {
    const { dir, faults, store } = storeWithTwoChanges();
    const school = store.school;
    const before = journalBytes(dir);
    faults.arm('write', JOURNAL, 'short', 'ENOSPC');

    const error = thrownBy(() => store.commit(rename('Never saved'), 'Rename 3'));
    expect(error).toBeInstanceOf(StoreWriteError);
    expect(error.message).toMatch(/disk is full/);
    expect(error.message).toMatch(/not saved/);
    expect(faults.pending).toBe(0);
    expect(store.status).toMatchObject({ state: 'error', message: error.message });
    expect(store.school).toBe(school);
    expect(store.revision).toBe(2);
    expect(journalBytes(dir)).toEqual(before);

    const reopened = await reopenAfterCrash(dir);
    try {
      expect(reopened.revision).toBe(2);
      expect(reopened.school.info.name).toBe('Saved 1');
      expect(reopened.school.students['000321']?.firstName).toBe('Saved 2');
      expect(reopened.notices.filter((n) => n.level !== 'info')).toEqual([]);
    } finally {
      reopened.close();
    }
  });

  it('after the disk recovers, the next commit is saved and the status says so', async () => {
    const { dir, faults, store } = storeWithTwoChanges();
    faults.arm('write', JOURNAL, 'ENOSPC');
    expect(() => store.commit(rename('Lost'), 'Rename')).toThrow(StoreWriteError);
    const { revision } = store.commit(rename('Saved 3'), 'Rename');
    expect(revision).toBe(3);
    expect(store.status).toMatchObject({ state: 'saved', revision: 3 });
    const reopened = await reopenAfterCrash(dir);
    expect([reopened.revision, reopened.school.info.name]).toEqual([3, 'Saved 3']);
    reopened.close();
  });

  it('a failing fsync: the commit fails, the journal is cut back to its previous bytes', async () => {
    const { dir, faults, store } = storeWithTwoChanges();
    const school = store.school;
    const before = journalBytes(dir);
    faults.arm('fsync', JOURNAL, 'EIO');

    const error = thrownBy(() => store.commit(rename('Never saved'), 'Rename 3'));
    expect(error).toBeInstanceOf(StoreWriteError);
    expect(error.message).toMatch(/input\/output error/);
    expect(store.status.state).toBe('error');
    expect(store.school).toBe(school);
    expect(store.revision).toBe(2);
    expect(journalBytes(dir)).toEqual(before);

    const reopened = await reopenAfterCrash(dir);
    try {
      expect(reopened.revision).toBe(2);
      expect(reopened.school.info.name).toBe('Saved 1');
    } finally {
      reopened.close();
    }
  });

  it('when the failed append cannot be cut back either, the store turns read-only and refuses further commits', async () => {
    const { dir, faults, store } = storeWithTwoChanges();
    const school = store.school;
    faults.arm('write', JOURNAL, 'short', 'ENOSPC');
    faults.arm('ftruncate', JOURNAL, 'EIO');

    const error = thrownBy(() => store.commit(rename('Never saved'), 'Rename 3'));
    expect(error).toBeInstanceOf(StoreWriteError);
    expect(error.message).toMatch(/disk is full/);
    expect(error.message).toMatch(/can no longer be saved/);
    expect(store.status).toMatchObject({ state: 'read-only', message: error.message });

    const next = thrownBy(() => store.commit(rename('Also refused'), 'Rename 4'));
    expect(next).toBeInstanceOf(StoreWriteError);
    expect(next.message).toMatch(/can no longer be saved/);
    expect(store.status.state).toBe('read-only');
    expect(store.school).toBe(school);
    expect(store.revision).toBe(2);
    store.close();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);

    // The half-written line is an unconfirmed change: dropped on the next start, the rest intact.
    const reopened = openStore(dir);
    try {
      expect(reopened.revision).toBe(2);
      expect(reopened.school.info.name).toBe('Saved 1');
      expect(reopened.school.students['000321']).toBeDefined();
      expect(reopened.notices.map((n) => n.title)).toContain('An unfinished change was dropped');
    } finally {
      reopened.close();
    }
  });
});

describe('SchoolStore on a failing disk: snapshot', () => {
  it('ENOSPC while writing the snapshot: it throws, school.json is unchanged, no temp file stays, the journal keeps everything', async () => {
    const { dir, faults, store } = storeWithTwoChanges();
    store.commit(rename('Saved 3'), 'Rename 3');
    const snapshotBefore = fs.readFileSync(path.join(dir, SNAPSHOT_FILE));
    faults.arm('write', SNAPSHOT_TEMP, 'short', 'ENOSPC');

    expect(() => store.snapshot()).toThrow(/ENOSPC|disk is full/);
    expect(faults.pending).toBe(0);
    expect(fs.readFileSync(path.join(dir, SNAPSHOT_FILE))).toEqual(snapshotBefore);
    expect(listDir(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(readJournal(nodeFs, path.join(dir, JOURNAL_FILE)).entries.map((e) => e.rev)).toEqual([1, 2, 3]);
    // The store keeps working, and a crash now loses nothing.
    store.commit(rename('Saved 4'), 'Rename 4');
    const reopened = await reopenAfterCrash(dir);
    try {
      expect(reopened.revision).toBe(4);
      expect(reopened.school.info.name).toBe('Saved 4');
      expect(reopened.school.students['000321']).toBeDefined();
    } finally {
      reopened.close();
    }
  });

  it('ENOSPC while copying the backup: the snapshot throws, the journal is kept, a crash loses nothing', async () => {
    const { dir, faults, store } = storeWithTwoChanges();
    faults.arm('copyFile', /backups/, 'ENOSPC');
    expect(() => store.snapshot()).toThrow();
    expect(readJournal(nodeFs, path.join(dir, JOURNAL_FILE)).entries).toHaveLength(2);
    const reopened = await reopenAfterCrash(dir);
    try {
      expect(reopened.revision).toBe(2);
      expect(reopened.school.info.name).toBe('Saved 1');
      expect(reopened.school.students['000321']).toBeDefined();
    } finally {
      reopened.close();
    }
  });

  it('a full disk at first start: open fails, releases the lock and leaves no half-written school.json', () => {
    const dir = path.join(tempDir(), 'data');
    const faults = new FaultyFs();
    faults.arm('write', SNAPSHOT_TEMP, 'ENOSPC');
    expect(() => openStore(dir, { fs: faults.fs })).toThrow(/ENOSPC/);
    expect(listDir(dir).filter((n) => n === SNAPSHOT_FILE || n === LOCK_FILE || n.includes('.tmp-'))).toEqual([]);
    const store = openStore(dir);
    expect(store.revision).toBe(0);
    store.close();
  });
});
