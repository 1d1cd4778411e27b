/** What every part of the OneRoster reader shares while reading one bundle. */
import type { Diagnostic } from '../diagnostics';
import type { ImportMode, ReadOptions } from '../model';
import type { DeviationLog } from './deviation-log';
import type { OneRosterVersion } from './oneroster-spec';

/** The reading context: version and mode (from the manifest), the options, and where problems go. */
export type ReadContext = {
  readonly version: OneRosterVersion;
  readonly mode: ImportMode;
  readonly options: ReadOptions;
  /** Spec deviations, one warning per file and kind. */
  readonly log: DeviationLog;
  /** Errors and row-specific warnings. */
  readonly diagnostics: Diagnostic[];
};

/** Quotes a value for messages: “Scheduled”. */
export const q = (s: string): string => `“${s}”`;

/** `1 row` / `3 rows`. */
