/**
 * An FsPort that behaves like the real disk (it wraps nodeFs) until a test arms a fault: a short
 * write, ENOSPC, EIO... for the next matching call on a file whose path matches a pattern.
 */
import { type FsPort, nodeFs } from '../../../electron/main/store/fs-port';

export type FaultOp = 'write' | 'fsync' | 'ftruncate' | 'rename' | 'copyFile' | 'open';
/** `short` really writes half of the bytes and reports that; an errno code throws that error. */
export type FaultKind = 'short' | 'ENOSPC' | 'EIO' | 'EACCES' | 'EROFS';

interface Armed {
  readonly op: FaultOp;
  readonly file: RegExp;
  readonly kind: FaultKind;
}

export function errnoError(code: string, call: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure, ${call}`), { code, syscall: call });
}

export class FaultyFs {
  private readonly paths = new Map<number, string>();
  private readonly armed: Armed[] = [];
  /** Faults that have fired, in order, for assertions. */
  readonly fired: string[] = [];
  readonly fs: FsPort;

  constructor() {
    const take = (op: FaultOp, file: string): FaultKind | null => {
      const i = this.armed.findIndex((a) => a.op === op && a.file.test(file));
      if (i < 0) return null;
      const [armed] = this.armed.splice(i, 1);
      this.fired.push(`${op} ${armed!.kind} ${file}`);
      return armed!.kind;
    };
    const fail = (kind: FaultKind | null, call: string): void => {
      if (kind && kind !== 'short') throw errnoError(kind, call);
    };
    const pathOf = (fd: number): string => this.paths.get(fd) ?? `<fd ${fd}>`;
    this.fs = {
      ...nodeFs,
      openSync: ((file: string, flags?: string, mode?: number) => {
        fail(take('open', String(file)), 'open');
        const fd = nodeFs.openSync(file, flags ?? 'r', mode);
        this.paths.set(fd, String(file));
        return fd;
      }) as FsPort['openSync'],
      closeSync: (fd) => {
        this.paths.delete(fd);
        nodeFs.closeSync(fd);
      },
      writeSync: (fd, buffer, offset, length, position) => {
        const kind = take('write', pathOf(fd));
        fail(kind, 'write');
        if (kind === 'short') return nodeFs.writeSync(fd, buffer, offset, Math.max(1, Math.floor(length / 2)), position);
        return nodeFs.writeSync(fd, buffer, offset, length, position);
      },
      fsyncSync: (fd) => {
        fail(take('fsync', pathOf(fd)), 'fsync');
        nodeFs.fsyncSync(fd);
      },
      ftruncateSync: (fd, len) => {
        fail(take('ftruncate', pathOf(fd)), 'ftruncate');
        nodeFs.ftruncateSync(fd, len);
      },
      renameSync: (from, to) => {
        fail(take('rename', String(from)), 'rename');
        nodeFs.renameSync(from, to);
      },
      copyFileSync: (from, to, mode) => {
        fail(take('copyFile', String(to)), 'copyfile');
        nodeFs.copyFileSync(from, to, mode);
      },
    };
  }

  /** Arms faults for the next matching calls, consumed in order. */
  arm(op: FaultOp, file: RegExp, ...kinds: FaultKind[]): void {
    for (const kind of kinds) this.armed.push({ op, file, kind });
  }

  /** Faults armed but not (yet) fired. */
  get pending(): number {
    return this.armed.length;
  }
}
