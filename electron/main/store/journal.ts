/**
 * The append-only journal: one JSON line per committed command, fsynced before the caller is told
 * it succeeded. A failed append is cut back off the file, so the journal never holds a change the
 * user was told had failed.
 */
import { z } from 'zod';
import { commandSchema, type Command } from '../../../shared/domain/commands';
import { explainWriteError, type FsPort, StoreWriteError, writeAll } from './fs-port';

export interface JournalEntry {
  readonly rev: number;
  readonly at: string;
  readonly label: string;
  readonly cmd: Command;
}

const entrySchema = z.object({ rev: z.number().int().min(1), at: z.string(), label: z.string(), cmd: commandSchema });

export interface JournalRead {
  readonly entries: readonly JournalEntry[];
  /** Bytes of an unfinished last line (never acknowledged), dropped. */
  readonly tornTailBytes: number;
  /** The 1-based line where an unreadable line was found in the middle, with what follows it. */
  readonly corruptAtLine: number | null;
  readonly linesAfterCorrupt: number;
}

/** Reads a journal file; a missing file is an empty journal. Never throws on bad content. */
export function readJournal(fsx: FsPort, file: string): JournalRead {
  if (!fsx.existsSync(file)) return { entries: [], tornTailBytes: 0, corruptAtLine: null, linesAfterCorrupt: 0 };
  const text = fsx.readFileSync(file, 'utf8') as string;
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const entries: JournalEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    const result = entrySchema.safeParse(parsed);
    if (!result.success) {
      return { entries, tornTailBytes: Buffer.byteLength(tail), corruptAtLine: i + 1, linesAfterCorrupt: lines.length - i - 1 };
    }
    entries.push(result.data as JournalEntry);
  }
  return { entries, tornTailBytes: Buffer.byteLength(tail), corruptAtLine: null, linesAfterCorrupt: 0 };
}

export class JournalWriter {
  private fd: number;
  private size: number;
  /** Set when a failed append could not be cut back off: nothing more may be written. */
  broken: string | null = null;

  constructor(
    private readonly fsx: FsPort,
    readonly file: string,
  ) {
    this.fd = fsx.openSync(file, 'a', 0o600);
    this.size = fsx.fstatSync(this.fd).size;
  }

  get bytes(): number {
    return this.size;
  }

  /** Appends one entry and fsyncs it; on failure the file is restored and StoreWriteError thrown. */
  append(entry: JournalEntry): void {
    if (this.broken) throw new StoreWriteError(this.broken);
    const data = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    try {
      writeAll(this.fsx, this.fd, data);
      this.fsx.fsyncSync(this.fd);
    } catch (error) {
      const reason = explainWriteError(error);
      try {
        this.fsx.ftruncateSync(this.fd, this.size);
        this.fsx.fsyncSync(this.fd);
      } catch {
        this.broken = `${reason} Changes can no longer be saved, and the last one may or may not have been kept; restart the app once the problem is fixed.`;
        throw new StoreWriteError(this.broken);
      }
      throw new StoreWriteError(`${reason} Your last change was not saved and has been undone.`);
    }
    this.size += data.length;
  }

  /** Empties the journal (after a snapshot holds everything in it). */
  reset(): void {
    this.fsx.ftruncateSync(this.fd, 0);
    this.fsx.fsyncSync(this.fd);
    this.size = 0;
  }

  close(): void {
    this.fsx.closeSync(this.fd);
  }
}
