/**
 * Collects deviations from the spec so that each kind is reported ONCE per file (at its first
 * row, with a count), not once per row: a 3,000-row export written `TRUE` instead of `true`
 * deserves one warning, not 3,000.
 */
import { warning, type Diagnostic } from '../diagnostics';

type Entry = { file: string; row: number | null; column: string | null; message: string; count: number };

/** One warning per file and kind of deviation. */
export class DeviationLog {
  private readonly entries = new Map<string, Entry>();

  /** Notes a deviation; only the first of each kind in a file keeps its message and place. */
  note(at: { readonly file: string; readonly row?: number | null; readonly column?: string | null }, kind: string, message: string): void {
    const key = `${at.file}\u0000${kind}`;
    const entry = this.entries.get(key);
    if (entry) entry.count += 1;
    else this.entries.set(key, { file: at.file, row: at.row ?? null, column: at.column ?? null, message, count: 1 });
  }

  /** The warnings, each saying how many rows share the deviation when more than one does. */
  diagnostics(): Diagnostic[] {
    return [...this.entries.values()].map((e) => {
      const more = e.count > 1 && e.row !== null ? ` The same occurs in ${e.count} rows in all; the first is row ${e.row}.` : '';
      return warning({ file: e.file, row: e.row, column: e.column }, `${e.message}${more}`);
    });
  }
}
