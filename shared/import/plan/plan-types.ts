/** What an import would do to the school: counts, each person's changes, and the one command. */
import type { Command } from '../../domain/commands';
import type { Diagnostic } from '../diagnostics';

/** Counts for one kind of record; `missing` = no longer present in a full export (marked as left). */
export type ImportCounts = {
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly missing: number;
};

/** One field's change, as the preview shows it ("Grade: 09 → 10"). */
export type FieldChange = { readonly field: string; readonly before: string; readonly after: string };

/** One person (or group) the import adds, changes, or marks as left. */
export type RecordChange = {
  readonly kind: 'added' | 'changed' | 'left' | 'returned';
  readonly what: 'student' | 'staff' | 'group';
  readonly id: string;
  readonly name: string;
  readonly fields: readonly FieldChange[];
};

/** Placement counts over all the years the import covers. */
export type PlacementCounts = {
  readonly added: number;
  readonly moved: number;
  readonly removed: number;
  readonly unchanged: number;
  /** Locked placements the import would have changed, kept as the scheduler locked them. */
  readonly keptLocked: number;
};

/** The whole preview of an import. */
export type ImportPlan = {
  readonly yearId: string;
  readonly students: ImportCounts | null;
  readonly staff: ImportCounts | null;
  readonly yearsAdded: readonly string[];
  /** Existing school years whose first or last day the file changes. */
  readonly yearsChanged: readonly string[];
  readonly groups: { readonly added: number; readonly changed: number; readonly unchanged: number } | null;
  readonly placements: PlacementCounts | null;
  readonly changes: readonly RecordChange[];
  /** Reader and planner diagnostics, sorted by file and row. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when an error blocks applying. */
  readonly blocked: boolean;
  /** Null when the import changes nothing (or is blocked). */
  readonly command: Command | null;
  /** One sentence, e.g. "5 students added, 1 changed; 3 staff added; 2 advisory groups added." */
  readonly summary: string;
};

/** Choices the user makes in the preview. */
export type PlanOptions = {
  /** Mark people missing from a full export as left (the wizard's "This file lists everyone"). */
  readonly markMissingAsLeft: boolean;
};
