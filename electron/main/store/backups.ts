/** Rolling backups of snapshots: the last 10, plus the newest of each day for 30 days. */
import path from 'node:path';
import type { FsPort } from './fs-port';

export const BACKUP_DIR = 'backups';
const NAME = /^school-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-r(\d+)\.json$/;

export interface BackupPolicy {
  readonly recent: number;
  readonly dailyDays: number;
}

export const defaultBackupPolicy: BackupPolicy = { recent: 10, dailyDays: 30 };

export interface BackupFile {
  readonly name: string;
  readonly day: string;
  readonly time: number;
  readonly revision: number;
}

/** The backup file name for a snapshot taken at `now`. */
export function backupName(now: Date, revision: number): string {
  return `school-${now.toISOString().replace(/:/g, '-').replace('.', '-')}-r${revision}.json`;
}

/** Lists backups, newest first. */
export function listBackups(fsx: FsPort, dir: string): BackupFile[] {
  const folder = path.join(dir, BACKUP_DIR);
  if (!fsx.existsSync(folder)) return [];
  const out: BackupFile[] = [];
  for (const name of fsx.readdirSync(folder) as string[]) {
    const m = NAME.exec(name);
    if (!m) continue;
    const [, day, hh, mm, ss, ms, rev] = m;
    out.push({ name, day: day as string, time: Date.parse(`${day}T${hh}:${mm}:${ss}.${ms}Z`), revision: Number(rev) });
  }
  return out.sort((a, b) => b.time - a.time || b.revision - a.revision);
}

/** Which backups a policy keeps at `now` (pure, so it is tested on its own). */
export function backupsToKeep(backups: readonly BackupFile[], now: Date, policy: BackupPolicy = defaultBackupPolicy): Set<string> {
  const keep = new Set<string>(backups.slice(0, policy.recent).map((b) => b.name));
  const cutoff = now.getTime() - policy.dailyDays * 86_400_000;
  const days = new Set<string>();
  for (const b of backups) {
    if (b.time < cutoff || days.has(b.day)) continue;
    days.add(b.day);
    keep.add(b.name);
  }
  return keep;
}

/** Copies the snapshot into the backup folder and prunes by the policy. */
export function writeBackup(fsx: FsPort, dir: string, snapshotFile: string, now: Date, revision: number, policy = defaultBackupPolicy): void {
  const folder = path.join(dir, BACKUP_DIR);
  fsx.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const target = path.join(folder, backupName(now, revision));
  fsx.copyFileSync(snapshotFile, target);
  fsx.chmodSync(target, 0o600);
  const all = listBackups(fsx, dir);
  const keep = backupsToKeep(all, now, policy);
  for (const b of all) if (!keep.has(b.name)) fsx.unlinkSync(path.join(folder, b.name));
}
