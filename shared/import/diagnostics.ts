/**
 * Diagnostics produced while reading import files: one plain sentence each, located by file,
 * spreadsheet row (header = row 1) and column, so the preview can show a table of problems.
 */

/** A problem found in an import file; errors block the import, warnings are shown and allowed. */
export type Diagnostic = {
  readonly level: 'error' | 'warning';
  readonly file: string;
  /** 1-based line in the file as a spreadsheet user counts it (header = row 1); null = whole file. */
  readonly row: number | null;
  /** Header name of the column concerned, or null when the problem is not about one column. */
  readonly column: string | null;
  readonly message: string;
};

/** Where a diagnostic points: row and column are optional and default to null. */
export type DiagnosticLocation = {
  readonly file: string;
  readonly row?: number | null;
  readonly column?: string | null;
};

/** Builds an error diagnostic at the given location. */
export function error(at: DiagnosticLocation, message: string): Diagnostic {
  return { level: 'error', file: at.file, row: at.row ?? null, column: at.column ?? null, message };
}

/** Builds a warning diagnostic at the given location. */
export function warning(at: DiagnosticLocation, message: string): Diagnostic {
  return { level: 'warning', file: at.file, row: at.row ?? null, column: at.column ?? null, message };
}

/** True when any diagnostic is an error (errors block the import). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.level === 'error');
}

/** Returns the same diagnostics with `file` replaced, e.g. to name the file after decoding. */
export function withFile(diagnostics: readonly Diagnostic[], file: string): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, file }));
}

/** Sorts diagnostics by file, then row (file-level first), then errors before warnings. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic): number => (d.level === 'error' ? 0 : 1);
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      rank(a) - rank(b) ||
      (a.column ?? '').localeCompare(b.column ?? ''),
  );
}

/** Formats a diagnostic as one line, e.g. `users.csv, row 4, column grades: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.row === null ? null : `row ${d.row}`, d.column === null ? null : `column ${d.column}`]
    .filter((part): part is string => part !== null && part !== '')
    .join(', ');
  return `${d.level === 'error' ? 'Error' : 'Warning'}: ${where}: ${d.message}`;
}
