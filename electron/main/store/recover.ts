/**
 * Opening the school from disk: orphan temp files removed, the snapshot (or the newest good
 * backup) read and validated, the journal replayed. Every repair is reported as a notice; nothing
 * that fails to read is deleted (it is moved aside as `*.corrupt-<time>`).
 */
import path from 'node:path';
import { decodeDocument, type SchoolDocument } from '../../../shared/store/document';
import { applyAll, applyCommand, CommandError } from '../../../shared/domain/reducer';
import type { School } from '../../../shared/domain/types';
import type { Notice } from '../../../shared/ipc/types';
import { formatMoment } from '../../../shared/domain/dates';
import { TEMP_MARKER } from './atomic-write';
import { BACKUP_DIR, listBackups } from './backups';
import type { FsPort } from './fs-port';
import { type JournalEntry, readJournal } from './journal';

export const SNAPSHOT_FILE = 'school.json';
export const JOURNAL_FILE = 'journal.jsonl';

/** The data folder holds a school from a newer app version: refuse to open it, touch nothing. */
export class NewerVersionError extends Error {
  override readonly name = 'NewerVersionError';
}

export interface Recovered {
  readonly school: School;
  readonly revision: number;
  /** The revision of the snapshot or backup the school was read from. */
  readonly baseRevision: number;
  readonly notices: readonly Notice[];
  /** True when nothing was on disk yet (first start). */
  readonly fresh: boolean;
  /** True when the state should be written as a new snapshot right away (after a repair). */
  readonly rewrite: boolean;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Moves a file aside as `<name>.corrupt-<time>`; returns the new name. */
export function moveAside(fsx: FsPort, file: string, now: Date): string {
  const target = `${file}.corrupt-${stamp(now)}`;
  fsx.renameSync(file, target);
  return target;
}

function removeOrphans(fsx: FsPort, dir: string): number {
  let removed = 0;
  for (const folder of [dir, path.join(dir, BACKUP_DIR)]) {
    if (!fsx.existsSync(folder)) continue;
    for (const name of fsx.readdirSync(folder) as string[]) {
      if (!name.includes(TEMP_MARKER)) continue;
      fsx.unlinkSync(path.join(folder, name));
      removed++;
    }
  }
  return removed;
}

function readDoc(fsx: FsPort, file: string): ReturnType<typeof decodeDocument> {
  let text: string;
  try {
    text = fsx.readFileSync(file, 'utf8') as string;
  } catch (error) {
    return { ok: false, kind: 'invalid', message: `The file could not be read (${(error as Error).message}).` };
  }
  return decodeDocument(text);
}

/** Reads the school from `dir`, repairing what can be repaired. `initial` makes the first school. */
export function recover(fsx: FsPort, dir: string, now: Date, initial: () => School): Recovered {
  const notices: Notice[] = [];
  const note = (level: Notice['level'], title: string, detail: string): void => {
    notices.push({ id: `n${notices.length + 1}-${now.getTime()}`, level, title, detail });
  };
  const snapshotPath = path.join(dir, SNAPSHOT_FILE);
  const journalPath = path.join(dir, JOURNAL_FILE);
  const hasSnapshot = fsx.existsSync(snapshotPath);
  const hasJournal = fsx.existsSync(journalPath);
  const backups = listBackups(fsx, dir);
  if (!hasSnapshot && !hasJournal && backups.length === 0) {
    return { school: initial(), revision: 0, baseRevision: 0, notices, fresh: true, rewrite: true };
  }

  let base: SchoolDocument | null = null;
  let rewrite = false;
  const decodedSnapshot = hasSnapshot ? readDoc(fsx, snapshotPath) : null;
  // A folder from a newer app version is refused before anything in it is touched.
  if (decodedSnapshot && !decodedSnapshot.ok && decodedSnapshot.kind === 'newer-version') throw new NewerVersionError(decodedSnapshot.message);
  const orphans = removeOrphans(fsx, dir);
  if (orphans > 0) {
    note('info', 'An unfinished save was cleaned up', `${orphans} temporary file(s) left by an interrupted save were removed. No saved change was affected.`);
  }
  if (decodedSnapshot) {
    if (decodedSnapshot.ok) base = decodedSnapshot.doc;
    else {
      const aside = moveAside(fsx, snapshotPath, now);
      note('warning', 'The saved school could not be read', `${decodedSnapshot.message} The file was kept as ${path.basename(aside)}.`);
      rewrite = true;
    }
  } else {
    rewrite = true;
  }
  if (!base) {
    for (const backup of backups) {
      const decoded = readDoc(fsx, path.join(dir, BACKUP_DIR, backup.name));
      if (decoded.ok) {
        base = decoded.doc;
        note('warning', 'Recovered from a backup', `The school was restored from the backup of ${formatMoment(new Date(backup.time).toISOString())} (change ${backup.revision}).`);
        break;
      }
      if (decoded.kind === 'newer-version') throw new NewerVersionError(decoded.message);
    }
  }
  if (!base) {
    // Keep the change log too: it is the only record of the latest changes.
    const keptLog = hasJournal ? ` The change log was kept as ${path.basename(moveAside(fsx, journalPath, now))}.` : '';
    note('error', 'No readable copy of the school was found', `The app started with the demo school. The unreadable files were kept in the data folder; nothing was deleted.${keptLog}`);
    return { school: initial(), revision: 0, baseRevision: 0, notices, fresh: true, rewrite: true };
  }

  let school = base.school;
  let revision = base.revision;
  const journal = readJournal(fsx, journalPath);
  let replayed = 0;
  let stopReason: string | null = null;
  const pending: JournalEntry[] = [];
  for (const entry of journal.entries) {
    if (entry.rev <= revision + pending.length) continue; // already in the snapshot (crash between snapshot and journal reset)
    if (entry.rev !== revision + pending.length + 1) {
      stopReason = `changes ${revision + pending.length + 1} to ${entry.rev - 1} are missing`;
      break;
    }
    pending.push(entry);
  }
  try {
    school = applyAll(school, pending.map((e) => e.cmd));
    replayed = pending.length;
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    // Slow path, only for a damaged log: apply one by one to find the first change that does not fit.
    for (const entry of pending) {
      try {
        school = applyCommand(school, entry.cmd).school;
      } catch (inner) {
        stopReason = `change ${entry.rev} could not be applied (${(inner as Error).message})`;
        break;
      }
      replayed++;
    }
  }
  revision += replayed;
  if (journal.tornTailBytes > 0) {
    note('warning', 'An unfinished change was dropped', 'The app stopped while writing a change. That change had not been confirmed as saved and was dropped; every confirmed change is here.');
    rewrite = true;
  }
  if (journal.corruptAtLine !== null || stopReason) {
    const aside = moveAside(fsx, journalPath, now);
    const where = journal.corruptAtLine !== null ? `line ${journal.corruptAtLine} could not be read` : stopReason;
    note('error', 'Some recent changes could not be restored', `The change log is damaged: ${where}. ${replayed} change(s) were restored; the log was kept as ${path.basename(aside)}.`);
    rewrite = true;
  }
  if (rewrite && replayed > 0 && notices.every((n) => n.title !== 'Some recent changes could not be restored')) {
    note('info', 'Recent changes restored', `${replayed} change(s) made after the last full save were restored from the change log.`);
  }
  return { school, revision, baseRevision: base.revision, notices, fresh: false, rewrite };
}
