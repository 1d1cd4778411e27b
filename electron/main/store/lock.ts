/**
 * A lock file in the data folder so a second process never writes the same school, whatever
 * started it (Electron's single-instance lock covers only instances of the same app build).
 */
import path from 'node:path';
import os from 'node:os';
import type { FsPort } from './fs-port';

export const LOCK_FILE = 'school.lock';

export class StoreLockedError extends Error {
  override readonly name = 'StoreLockedError';
}

const heldHere = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws StoreLockedError naming the process that holds it. Returns the release function. */
export function acquireLock(fsx: FsPort, dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  if (heldHere.has(file)) throw new StoreLockedError('This school is already open in this window.');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fsx.openSync(file, 'wx', 0o600);
      const body = Buffer.from(JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
      fsx.writeSync(fd, body, 0, body.length, null);
      fsx.fsyncSync(fd);
      fsx.closeSync(fd);
      heldHere.add(file);
      return () => {
        heldHere.delete(file);
        try {
          fsx.unlinkSync(file);
        } catch {
          // Already gone; nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: number; host?: string } = {};
      try {
        holder = JSON.parse(String(fsx.readFileSync(file, 'utf8'))) as typeof holder;
      } catch {
        // An unreadable lock file is stale: it was never fully written.
      }
      const sameHost = !holder.host || holder.host === os.hostname();
      if (holder.pid && holder.pid !== process.pid && sameHost && alive(holder.pid)) {
        throw new StoreLockedError(`The school is open in another Advisory Planner window (process ${holder.pid}). Close it first.`);
      }
      if (holder.pid && !sameHost) {
        throw new StoreLockedError(`The school is open on another computer (${holder.host}). Close it there first.`);
      }
      fsx.unlinkSync(file); // stale: the process that held it is gone
    }
  }
  throw new StoreLockedError('Could not take the lock on the data folder.');
}
