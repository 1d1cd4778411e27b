/** Atomic replace of a file: temp file in the same folder, fsync, rename, fsync the folder. */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { type FsPort, writeAll } from './fs-port';

export const TEMP_MARKER = '.tmp-';

/** Makes a directory's entries (a rename) durable; a no-op where directories cannot be fsynced. */
export function fsyncDir(fsx: FsPort, dir: string): void {
  let fd: number | null = null;
  try {
    fd = fsx.openSync(dir, 'r');
    fsx.fsyncSync(fd);
  } catch (error) {
    // Windows cannot open or fsync a directory; the rename itself is durable there.
    if (process.platform !== 'win32') throw error;
  } finally {
    if (fd !== null) fsx.closeSync(fd);
  }
}

/** Replaces `dir/name` with `data` so a crash leaves either the old or the new file, whole. Mode 0600. */
export function writeFileAtomic(fsx: FsPort, dir: string, name: string, data: string | Uint8Array): void {
  const tmp = path.join(dir, `${name}${TEMP_MARKER}${process.pid}-${randomBytes(4).toString('hex')}`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = fsx.openSync(tmp, 'wx', 0o600);
  try {
    writeAll(fsx, fd, bytes);
    fsx.fsyncSync(fd);
  } catch (error) {
    fsx.closeSync(fd);
    try {
      fsx.unlinkSync(tmp);
    } catch {
      // The temp file is removed as an orphan on the next start.
    }
    throw error;
  }
  fsx.closeSync(fd);
  try {
    fsx.renameSync(tmp, path.join(dir, name));
  } catch (error) {
    try {
      fsx.unlinkSync(tmp);
    } catch {
      // Removed as an orphan on the next start.
    }
    throw error;
  }
  fsyncDir(fsx, dir);
}
