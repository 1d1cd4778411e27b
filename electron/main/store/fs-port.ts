/**
 * The file-system calls the store makes, behind one interface so tests can inject faults
 * (short writes, ENOSPC, failing fsync) without touching the real disk's behaviour.
 */
import fs from 'node:fs';

export interface FsPort {
  openSync: typeof fs.openSync;
  closeSync: typeof fs.closeSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null) => number;
  fsyncSync: typeof fs.fsyncSync;
  ftruncateSync: typeof fs.ftruncateSync;
  fstatSync: typeof fs.fstatSync;
  readFileSync: typeof fs.readFileSync;
  renameSync: typeof fs.renameSync;
  unlinkSync: typeof fs.unlinkSync;
  readdirSync: typeof fs.readdirSync;
  mkdirSync: typeof fs.mkdirSync;
  existsSync: typeof fs.existsSync;
  copyFileSync: typeof fs.copyFileSync;
  chmodSync: typeof fs.chmodSync;
}

export const nodeFs: FsPort = {
  openSync: fs.openSync,
  closeSync: fs.closeSync,
  writeSync: (fd, buffer, offset, length, position) => fs.writeSync(fd, buffer, offset, length, position),
  fsyncSync: fs.fsyncSync,
  ftruncateSync: fs.ftruncateSync,
  fstatSync: fs.fstatSync,
  readFileSync: fs.readFileSync,
  renameSync: fs.renameSync,
  unlinkSync: fs.unlinkSync,
  readdirSync: fs.readdirSync,
  mkdirSync: fs.mkdirSync,
  existsSync: fs.existsSync,
  copyFileSync: fs.copyFileSync,
  chmodSync: fs.chmodSync,
};

/** A write that did not reach the disk; the message says so in plain words. */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';
}

/** Explains an OS error code to a user. */
export function explainWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'The disk is full.';
    case 'EACCES':
    case 'EPERM':
      return 'The app is not allowed to write to its data folder.';
    case 'EROFS':
      return 'The data folder is on a read-only disk.';
    case 'EDQUOT':
      return 'Your disk quota is used up.';
    case 'EIO':
      return 'The disk reported an input/output error.';
    default:
      return error instanceof StoreWriteError ? error.message : `The disk write failed (${(error as Error)?.message ?? String(error)}).`;
  }
}

/** Writes the whole buffer at the descriptor's position, looping over partial writes. */
export function writeAll(fsx: FsPort, fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) {
    const written = fsx.writeSync(fd, data, offset, data.length - offset, null);
    if (!(written > 0)) throw new StoreWriteError('The disk accepted only part of the data (is it full?).');
    offset += written;
  }
}
