/**
 * The durable school store on a real disk (temp folders): first start, commit and reopen, crash
 * replay, snapshots and backups, and every repair the app makes when it finds damaged files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_DIR, backupName, backupsToKeep, listBackups, type BackupFile } from '../../electron/main/store/backups';
import { nodeFs, StoreWriteError } from '../../electron/main/store/fs-port';
import { readJournal } from '../../electron/main/store/journal';
import { LOCK_FILE, StoreLockedError } from '../../electron/main/store/lock';
import { JOURNAL_FILE, SNAPSHOT_FILE } from '../../electron/main/store/recover';
import { CommandError } from '../../shared/domain/reducer';
import { formatMoment } from '../../shared/domain/dates';
import { decodeDocument } from '../../shared/store/document';
import { smallSchool, student } from './helpers/school';
import { anotherProcess, APP_VERSION, deadPid, listDir, openStore, rename, reopenAfterCrash, runFixtureJson } from './helpers/store';
import { modeOf, useTempDirs } from './helpers/tmp';

const tempDir = useTempDirs();

/** A data folder path that does not exist yet, so the store creates it. */
function dataDir(): string {
  return path.join(tempDir(), 'data');
}

function readSnapshot(dir: string): ReturnType<typeof decodeDocument> {
  return decodeDocument(fs.readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8'));
}

function snapshotRevision(dir: string): number {
  const decoded = readSnapshot(dir);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.doc.revision;
}

function journalEntries(dir: string): number {
  return readJournal(nodeFs, path.join(dir, JOURNAL_FILE)).entries.length;
}

/** A clock the test moves forward by hand. */
function clock(startIso: string): { now: () => Date; advance: (ms: number) => void } {
  let t = Date.parse(startIso);
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

const HOUR = 3_600_000;
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

describe('SchoolStore: repairs on open', () => {
  it('removes temp files left by an interrupted save and says so in an info notice', () => {
    const dir = dataDir();
    const store = openStore(dir);
    store.commit(rename('Kept'), 'Rename');
    store.close();
    fs.writeFileSync(path.join(dir, 'school.json.tmp-123-abcd'), '{"half a sna');
    fs.writeFileSync(path.join(dir, BACKUP_DIR, 'school-x.json.tmp-9-ff'), 'partial');

    const reopened = openStore(dir);
    try {
      expect(listDir(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
      expect(listDir(path.join(dir, BACKUP_DIR)).filter((n) => n.includes('.tmp-'))).toEqual([]);
      expect(reopened.notices).toHaveLength(1);
      expect(reopened.notices[0]).toMatchObject({ level: 'info' });
      expect(reopened.notices[0]!.detail).toMatch(/2 temporary file/);
      expect(reopened.school.info.name).toBe('Kept');
    } finally {
      reopened.close();
    }
  });

  it('a corrupt school.json is kept aside and the school comes back from the newest backup plus the journal', async () => {
    const dir = dataDir();
    const time = clock('2026-11-02T09:30:00.000Z');
    const store = openStore(dir, { now: time.now });
    store.commit(rename('In the snapshot'), 'Rename');
    time.advance(HOUR);
    store.snapshot();
    const backupTime = time.now();
    time.advance(HOUR);
    store.commit({ type: 'upsert', collection: 'students', entity: student('000900') }, 'Add student');
    store.commit(rename('Only in the journal'), 'Rename');
    // Crash, then the snapshot is damaged.
    const garbage = 'this is not a school \u0000\u0001';
    fs.writeFileSync(path.join(dir, SNAPSHOT_FILE), garbage);

    const reopened = await reopenAfterCrash(dir, { now: time.now });
    try {
      expect(reopened.revision).toBe(3);
      expect(reopened.school.info.name).toBe('Only in the journal');
      expect(reopened.school.students['000900']).toBeDefined();
      const aside = listDir(dir).filter((n) => n.startsWith(`${SNAPSHOT_FILE}.corrupt-`));
      expect(aside).toHaveLength(1);
      expect(fs.readFileSync(path.join(dir, aside[0]!), 'utf8')).toBe(garbage);
      const fromBackup = reopened.notices.find((n) => n.title === 'Recovered from a backup');
      expect(fromBackup?.level).toBe('warning');
      expect(fromBackup?.detail).toContain(formatMoment(backupTime.toISOString()));
      const unreadable = reopened.notices.find((n) => n.detail.includes(aside[0]!));
      expect(unreadable?.level).toBe('warning');
      // The repaired state is written back as a good snapshot.
      expect(snapshotRevision(dir)).toBe(3);
    } finally {
      reopened.close();
    }
  });

  it('a torn journal tail is dropped with a warning; every complete change is kept and later commits survive', async () => {
    const dir = dataDir();
    const store = openStore(dir);
    for (let i = 1; i <= 3; i++) store.commit(rename(`Name ${i}`), `Rename ${i}`);
    // The app died while appending change 4: half a line, no newline.
    const line = JSON.stringify({ rev: 4, at: new Date().toISOString(), label: 'Rename 4', cmd: rename('Name 4') });
    fs.appendFileSync(path.join(dir, JOURNAL_FILE), line.slice(0, Math.floor(line.length / 2)));

    const reopened = await reopenAfterCrash(dir);
    expect(reopened.revision).toBe(3);
    expect(reopened.school.info.name).toBe('Name 3');
    const dropped = reopened.notices.find((n) => n.title === 'An unfinished change was dropped');
    expect(dropped?.level).toBe('warning');
    expect(reopened.notices.filter((n) => n.level === 'error')).toEqual([]);
    reopened.commit(rename('Name 4, for real'), 'Rename');
    reopened.commit({ type: 'upsert', collection: 'students', entity: student('000444') }, 'Add');
    // Crash again: the new journal must be clean.
    const third = await reopenAfterCrash(dir);
    try {
      expect(third.revision).toBe(5);
      expect(third.school.info.name).toBe('Name 4, for real');
      expect(third.school.students['000444']).toBeDefined();
      expect(third.notices.filter((n) => n.level !== 'info')).toEqual([]);
    } finally {
      third.close();
    }
    const last = await reopenAfterCrash(dir);
    expect([last.revision, last.school.info.name]).toEqual([5, 'Name 4, for real']);
    last.close();
  });

  it('a corrupt line in the middle of the journal: earlier changes restored, the journal kept aside, an error notice', async () => {
    const dir = dataDir();
    const store = openStore(dir);
    for (let i = 1; i <= 4; i++) store.commit(rename(`Name ${i}`), `Rename ${i}`);
    const journalPath = path.join(dir, JOURNAL_FILE);
    const lines = fs.readFileSync(journalPath, 'utf8').split('\n');
    lines[2] = '{"rev": 3, "this line was damaged';
    const damaged = lines.join('\n');
    fs.writeFileSync(journalPath, damaged);

    const reopened = await reopenAfterCrash(dir);
    expect(reopened.revision).toBe(2);
    expect(reopened.school.info.name).toBe('Name 2');
    const aside = listDir(dir).filter((n) => n.startsWith(`${JOURNAL_FILE}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!), 'utf8')).toBe(damaged);
    const error = reopened.notices.find((n) => n.level === 'error');
    expect(error?.detail).toMatch(/line 3/);
    expect(error?.detail).toContain(aside[0]!);
    // Work continues on a clean journal.
    reopened.commit(rename('After repair'), 'Rename');
    const again = await reopenAfterCrash(dir);
    try {
      expect([again.revision, again.school.info.name]).toEqual([3, 'After repair']);
      expect(again.notices.filter((n) => n.level !== 'info')).toEqual([]);
    } finally {
      again.close();
    }
  });

  // BUG (reported): with no readable snapshot or backup, recover() starts over with `initial` and
  // says "nothing was deleted", but the store then empties journal.jsonl (rewrite → journal.reset()),
  // destroying the only record of the recent changes instead of moving it aside.
  it('when no readable copy is left, the journal is kept, as the notice promises', async () => {
    const dir = dataDir();
    const store = openStore(dir);
    store.commit(rename('Only in the journal'), 'Rename');
    store.commit({ type: 'upsert', collection: 'students', entity: student('000777') }, 'Add');
    const journal = fs.readFileSync(path.join(dir, JOURNAL_FILE));
    fs.writeFileSync(path.join(dir, SNAPSHOT_FILE), 'garbage');
    for (const name of listDir(path.join(dir, BACKUP_DIR))) fs.writeFileSync(path.join(dir, BACKUP_DIR, name), 'garbage');

    const reopened = await reopenAfterCrash(dir);
    try {
      const error = reopened.notices.find((n) => n.level === 'error');
      expect(error?.detail).toMatch(/nothing was deleted/);
      const kept = listDir(dir)
        .filter((n) => n.startsWith(JOURNAL_FILE))
        .map((n) => fs.readFileSync(path.join(dir, n)));
      expect(kept).toContainEqual(journal);
    } finally {
      reopened.close();
    }
  });

  it('a school saved by a newer version is refused with NewerVersionError and nothing in the folder is touched', async () => {
    const dir = dataDir();
    const store = openStore(dir);
    store.commit(rename('From the future'), 'Rename');
    store.close();
    const snapshotPath = path.join(dir, SNAPSHOT_FILE);
    const doc = JSON.parse(fs.readFileSync(snapshotPath, 'utf8')) as { schemaVersion: number };
    doc.schemaVersion = 999;
    fs.writeFileSync(snapshotPath, JSON.stringify(doc));
    const before = new Map(listDir(dir).filter((n) => n !== BACKUP_DIR).map((n) => [n, fs.readFileSync(path.join(dir, n))]));
    const mtime = fs.statSync(snapshotPath).mtimeMs;

    const mod = await anotherProcess();
    let thrown: unknown;
    try {
      mod.SchoolStore.open({ dir, appVersion: APP_VERSION, initial: smallSchool });
    } catch (error) {
      thrown = error;
    }
    const { NewerVersionError } = await import('../../electron/main/store/recover');
    expect(thrown).toBeInstanceOf(NewerVersionError);
    expect((thrown as Error).message).toMatch(/newer version of Advisory Planner/);
    expect((thrown as Error).message).toMatch(/999/);
    const after = new Map(listDir(dir).filter((n) => n !== BACKUP_DIR).map((n) => [n, fs.readFileSync(path.join(dir, n))]));
    expect(after).toEqual(before);
    expect(fs.statSync(snapshotPath).mtimeMs).toBe(mtime);
  });
});

describe('SchoolStore: one process at a time', () => {
  it('a second process cannot open a folder that is open; it can once the first closes', async () => {
    const dir = dataDir();
    const store = openStore(dir);
    try {
      const refused = await runFixtureJson<{ ok: boolean; name: string; message: string }>('store-child.ts', [dir, 'probe']);
      expect(refused).toMatchObject({ ok: false, name: 'StoreLockedError' });
      expect(refused.message).toContain(`process ${process.pid}`);
      expect(refused.message).toMatch(/Close it first/);
    } finally {
      store.close();
    }
    const allowed = await runFixtureJson<{ ok: boolean; revision: number }>('store-child.ts', [dir, 'probe']);
    expect(allowed).toMatchObject({ ok: true, revision: 0 });
  });

  it('the same folder cannot be opened twice in one process', () => {
    const dir = dataDir();
    const store = openStore(dir);
    try {
      expect(() => openStore(dir)).toThrow(StoreLockedError);
      expect(() => openStore(dir)).toThrow(/already open/);
    } finally {
      store.close();
    }
  });

  it('a stale lock left by a process that is gone is taken over', async () => {
    const dir = dataDir();
    openStore(dir).close();
    const pid = await deadPid();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid, host: os.hostname(), since: '2026-01-01T00:00:00.000Z' }), { mode: 0o600 });
    const store = openStore(dir);
    try {
      expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    } finally {
      store.close();
    }
  });

  it('an empty (half-written) lock file is stale and taken over', () => {
    const dir = dataDir();
    openStore(dir).close();
    fs.writeFileSync(path.join(dir, LOCK_FILE), '');
    const store = openStore(dir);
    store.close();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('a lock held on another computer is respected and named', () => {
    const dir = dataDir();
    openStore(dir).close();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 4242, host: 'other-laptop', since: '2026-01-01T00:00:00.000Z' }));
    expect(() => openStore(dir)).toThrow(/another computer \(other-laptop\)/);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
  });
});
