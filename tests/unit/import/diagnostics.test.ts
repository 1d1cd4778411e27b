/** Diagnostic helpers: builders default row/column to null, sorting, formatting. */
import { describe, expect, it } from 'vitest';
import { error, formatDiagnostic, hasErrors, sortDiagnostics, warning, withFile } from '../../../shared/import/diagnostics';

describe('diagnostics', () => {
  it('builds errors and warnings with null row and column by default', () => {
    expect(error({ file: 'a.csv' }, 'Bad.')).toEqual({ level: 'error', file: 'a.csv', row: null, column: null, message: 'Bad.' });
    expect(warning({ file: 'a.csv', row: 3, column: 'grade' }, 'Odd.')).toEqual({ level: 'warning', file: 'a.csv', row: 3, column: 'grade', message: 'Odd.' });
  });

  it('tells whether any diagnostic blocks the import', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([warning({ file: 'a' }, 'w')])).toBe(false);
    expect(hasErrors([warning({ file: 'a' }, 'w'), error({ file: 'a' }, 'e')])).toBe(true);
  });

  it('sorts by file, row (file-level first), errors first; renames the file; formats one line', () => {
    const list = [warning({ file: 'b.csv', row: 2 }, 'w2'), error({ file: 'a.csv', row: 5 }, 'e5'), warning({ file: 'a.csv', row: 5 }, 'w5'), error({ file: 'a.csv' }, 'e')];
    expect(sortDiagnostics(list).map((d) => d.message)).toEqual(['e', 'e5', 'w5', 'w2']);
    expect(withFile(list, 'z.csv').every((d) => d.file === 'z.csv')).toBe(true);
    expect(formatDiagnostic(error({ file: 'users.csv', row: 4, column: 'grades' }, 'Unknown grade.'))).toBe('Error: users.csv, row 4, column grades: Unknown grade.');
    expect(formatDiagnostic(warning({ file: 'users.csv' }, 'Header only.'))).toBe('Warning: users.csv: Header only.');
  });
});
