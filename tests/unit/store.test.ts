/**
 * The durable school store on a real disk (temp folders): first start, commit and reopen, crash
 * replay, snapshots and backups (repairs are in store-recovery.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_DIR, backupName, backupsToKeep, listBackups, type BackupFile } from '../../electron/main/store/backups';
import { nodeFs, StoreWriteError } from '../../electron/main/store/fs-port';
import { readJournal } from '../../electron/main/store/journal';
import { LOCK_FILE } from '../../electron/main/store/lock';
import { JOURNAL_FILE, SNAPSHOT_FILE } from '../../electron/main/store/recover';
import { CommandError } from '../../shared/domain/reducer';
import { decodeDocument } from '../../shared/store/document';
import { smallSchool, student } from './helpers/school';
import { APP_VERSION, clock, HOUR, listDir, openStore, readSnapshot, rename, reopenAfterCrash, runFixtureJson, snapshotRevision } from './helpers/store';
import { modeOf, useTempDirs } from './helpers/tmp';

const tempDir = useTempDirs();

/** A data folder path that does not exist yet, so the store creates it. */
function dataDir(): string {
  return path.join(tempDir(), 'data');
}

function journalEntries(dir: string): number {
  return readJournal(nodeFs, path.join(dir, JOURNAL_FILE)).entries.length;
}
const DAY = 24 * HOUR;

describe('SchoolStore: first start', () => {
  it('creates the first school at revision 0 with private files (0600) in a private folder (0700)', () => {
    const dir = dataDir();
    const store = openStore(dir);
    try {
      expect(store.revision).toBe(0);
      expect(store.school).toEqual(smallSchool());
      expect(store.status).toMatchObject({ state: 'saved', revision: 0 });
      expect(store.notices).toEqual([]);
      expect(modeOf(dir)).toBe(0o700);
      expect(modeOf(path.join(dir, BACKUP_DIR))).toBe(0o700);
      for (const name of [SNAPSHOT_FILE, JOURNAL_FILE, LOCK_FILE]) expect({ name, mode: modeOf(path.join(dir, name)) }).toEqual({ name, mode: 0o600 });
      const backups = listDir(path.join(dir, BACKUP_DIR));
      expect(backups).toHaveLength(1);
      expect(modeOf(path.join(dir, BACKUP_DIR, backups[0]!))).toBe(0o600);
      const snapshot = readSnapshot(dir);
      if (!snapshot.ok) throw new Error(snapshot.message);
      expect(snapshot.doc.school).toEqual(smallSchool());
      expect(snapshot.doc.revision).toBe(0);
      expect(snapshot.doc.appVersion).toBe(APP_VERSION);
    } finally {
      store.close();
    }
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });
});

describe('SchoolStore: commit and reopen', () => {
  it('a committed change is there after close and reopen', () => {
    const dir = dataDir();
    const store = openStore(dir);
    const first = store.commit(rename('Lakeside High'), 'Rename school');
    const second = store.commit({ type: 'upsert', collection: 'students', entity: student('000555', { firstName: 'Imani' }) }, 'Add Imani');
    expect([first.revision, second.revision]).toEqual([1, 2]);
    expect(store.status).toMatchObject({ state: 'saved', revision: 2 });
    store.close();
    expect(() => store.commit(rename('after close'), 'x')).toThrow(StoreWriteError);

    const reopened = openStore(dir);
    try {
      expect(reopened.revision).toBe(2);
      expect(reopened.school.info.name).toBe('Lakeside High');
      expect(reopened.school.students['000555']?.firstName).toBe('Imani');
      expect(reopened.notices).toEqual([]);
    } finally {
      reopened.close();
    }
  });

  it('the inverse a commit returns undoes it, and the undo survives a reopen too', () => {
    const dir = dataDir();
    const store = openStore(dir);
    const { inverse } = store.commit(rename('Temporary name'), 'Rename');
    store.commit(inverse, 'Undo Rename');
    expect(store.school).toEqual(smallSchool());
    store.close();
    const reopened = openStore(dir);
    expect(reopened.school).toEqual(smallSchool());
    expect(reopened.revision).toBe(2);
    reopened.close();
  });

  it('changes committed by a process that died without closing are replayed from the journal', async () => {
    const dir = dataDir();
    openStore(dir).close();
    const child = await runFixtureJson<{ ok: boolean; revision: number; name: string; pid: number }>('store-child.ts', [dir, 'commit-and-die', '3']);
    expect(child).toMatchObject({ ok: true, revision: 3, name: 'Child change 3' });
    // The dead process's lock is still there and the snapshot still says revision 0.
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: child.pid });
    expect(snapshotRevision(dir)).toBe(0);
    expect(journalEntries(dir)).toBe(3);

    const store = openStore(dir);
    try {
      expect(store.revision).toBe(3);
      expect(store.school.info.name).toBe('Child change 3');
      expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
      expect(store.notices.filter((n) => n.level !== 'info')).toEqual([]);
      store.commit(rename('After the crash'), 'Rename');
    } finally {
      store.close();
    }
    const again = openStore(dir);
    expect([again.revision, again.school.info.name]).toEqual([4, 'After the crash']);
    again.close();
  });

  it('changes of a store that was never closed are replayed by the next app start (same pid)', async () => {
    const dir = dataDir();
    const store = openStore(dir);
    for (let i = 1; i <= 5; i++) store.commit(rename(`Name ${i}`), `Rename ${i}`);
    // No close(): the app "crashed". A fresh module instance is the next app start.
    const reopened = await reopenAfterCrash(dir);
    try {
      expect(reopened.revision).toBe(5);
      expect(reopened.school.info.name).toBe('Name 5');
    } finally {
      reopened.close();
    }
  });

  it('a refused command (CommandError) changes neither the school, the revision nor the journal', () => {
    const dir = dataDir();
    const store = openStore(dir);
    try {
      store.commit(rename('Before'), 'Rename');
      const school = store.school;
      const journal = fs.readFileSync(path.join(dir, JOURNAL_FILE));
      expect(() => store.commit({ type: 'remove', collection: 'students', id: '000101' }, 'Remove')).toThrow(CommandError);
      expect(() => store.commit({ type: 'updateInfo', patch: { currentYearId: '2040-41' } }, 'Switch year')).toThrow(/no school year 2040-41/);
      expect(store.school).toBe(school);
      expect(store.revision).toBe(1);
      expect(store.status).toMatchObject({ state: 'saved', revision: 1 });
      expect(fs.readFileSync(path.join(dir, JOURNAL_FILE))).toEqual(journal);
    } finally {
      store.close();
    }
  });

  it('saveCopy writes a private (0600) file that opens as the same school', () => {
    const dir = dataDir();
    const store = openStore(dir);
    try {
      store.commit(rename('Copied school'), 'Rename');
      const file = path.join(tempDir(), 'Copied school.advisory.json');
      store.saveCopy(file);
      expect(modeOf(file)).toBe(0o600);
      const decoded = decodeDocument(fs.readFileSync(file, 'utf8'));
      if (!decoded.ok) throw new Error(decoded.message);
      expect(decoded.doc.school).toEqual(store.school);
      expect(decoded.doc.revision).toBe(store.revision);
      expect(listDir(path.dirname(file)).filter((n) => n.includes('.tmp-'))).toEqual([]);
    } finally {
      store.close();
    }
  });
});

describe('SchoolStore: snapshots and backups', () => {
  it('a snapshot compacts the journal into school.json and writes a backup', () => {
    const dir = dataDir();
    const store = openStore(dir, { snapshotEvery: 3 });
    try {
      store.commit(rename('One'), '1');
      store.commit(rename('Two'), '2');
      expect(store.wantsSnapshot).toBe(false);
      store.commit(rename('Three'), '3');
      expect(store.wantsSnapshot).toBe(true);
      expect(journalEntries(dir)).toBe(3);

      store.snapshot();
      expect(fs.statSync(path.join(dir, JOURNAL_FILE)).size).toBe(0);
      expect(snapshotRevision(dir)).toBe(3);
      expect(store.wantsSnapshot).toBe(false);
      const backups = listBackups(nodeFs, dir);
      expect(backups.map((b) => b.revision)).toEqual([3, 0]);
      const newest = decodeDocument(fs.readFileSync(path.join(dir, BACKUP_DIR, backups[0]!.name), 'utf8'));
      expect(newest.ok && newest.doc.school.info.name).toBe('Three');
    } finally {
      store.close();
    }
  });

  it('asks for a snapshot once the journal is larger than journalMaxBytes', () => {
    const dir = dataDir();
    const store = openStore(dir, { journalMaxBytes: 1_000 });
    try {
      while (fs.statSync(path.join(dir, JOURNAL_FILE)).size < 1_000) {
        expect(store.wantsSnapshot).toBe(false);
        store.commit(rename(`Name ${store.revision}`), 'Rename');
      }
      expect(store.wantsSnapshot).toBe(true);
    } finally {
      store.close();
    }
  });

  it('keeps the last 10 backups plus the newest of each day for 30 days', () => {
    const dir = dataDir();
    const time = clock('2026-09-01T08:00:00.000Z');
    const store = openStore(dir, { now: time.now });
    const days = 45;
    try {
      for (let day = 0; day < days; day++) {
        // Three snapshots a day, at 08:00, 11:00 and 14:00 UTC.
        for (let k = 0; k < 3; k++) {
          store.commit(rename(`Day ${day} save ${k}`), 'Rename');
          store.snapshot();
          time.advance(3 * HOUR);
        }
        time.advance(DAY - 9 * HOUR);
      }
    } finally {
      store.close();
    }
    const backups = listBackups(nodeFs, dir);
    // Pruning ran at the last snapshot, so that is "now" for the policy.
    const now = backups[0]!.time;
    const revisions = backups.map((b) => b.revision);
    // The ten newest snapshots all have their backup.
    const newestRevision = Math.max(...revisions);
    for (let r = newestRevision; r > newestRevision - 10; r--) expect(revisions).toContain(r);
    // Each of the last 30 days has a backup; nothing older than 30 days is kept.
    const byDay = new Map<string, BackupFile[]>();
    for (const b of backups) byDay.set(b.day, [...(byDay.get(b.day) ?? []), b]);
    for (let i = 0; i < 30; i++) expect(byDay.has(new Date(now - i * DAY).toISOString().slice(0, 10))).toBe(true);
    for (const b of backups) expect(now - b.time).toBeLessThanOrEqual(30 * DAY);
    expect(backups.length).toBeLessThan(days * 3);
    // Outside the ten newest, one backup per day, the newest of that day (the 14:00 one).
    const tenNewest = new Set(backups.slice(0, 10).map((b) => b.name));
    for (const [day, list] of byDay) {
      const older = list.filter((b) => !tenNewest.has(b.name));
      if (older.length === 0) continue;
      expect({ day, count: list.filter((b) => !tenNewest.has(b.name)).length }).toEqual({ day, count: 1 });
      expect(new Date(older[0]!.time).getUTCHours()).toBe(14);
    }
    for (const name of listDir(path.join(dir, BACKUP_DIR))) expect(modeOf(path.join(dir, BACKUP_DIR, name))).toBe(0o600);
  });

  it('backupsToKeep: the newest `recent`, plus the newest per day inside the window', () => {
    const now = new Date('2026-10-31T12:00:00.000Z');
    const files: BackupFile[] = [];
    // Newest first: 4 per day for 10 days, 6 hours apart.
    for (let i = 0; i < 40; i++) {
      const at = new Date(now.getTime() - i * 6 * HOUR);
      files.push({ name: backupName(at, 100 - i), day: at.toISOString().slice(0, 10), time: at.getTime(), revision: 100 - i });
    }
    const keep = backupsToKeep(files, now, { recent: 3, dailyDays: 5 });
    const kept = files.filter((f) => keep.has(f.name));
    expect(kept.slice(0, 3)).toEqual(files.slice(0, 3));
    const windowStart = now.getTime() - 5 * DAY;
    const daysInWindow = new Set(files.filter((f) => f.time >= windowStart).map((f) => f.day));
    for (const day of daysInWindow) {
      const newestOfDay = files.find((f) => f.day === day && f.time >= windowStart)!;
      expect(keep.has(newestOfDay.name)).toBe(true);
    }
    for (const f of kept.slice(3)) expect(f.time).toBeGreaterThanOrEqual(windowStart);
    expect(keep.size).toBe(new Set([...files.slice(0, 3).map((f) => f.name), ...[...daysInWindow].map((d) => files.find((f) => f.day === d)!.name)]).size);
  });
});
