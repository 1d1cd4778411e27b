/**
 * The import preview as it crosses the bridge: what was detected, what would change, the
 * problems found, and the settings it was made with. The command itself stays in main.
 */
import { z } from 'zod';
import type { ImportedClassChoice, ImportFormat, ImportMode } from './model';
import type { ImportPlan } from './plan/plan-types';
import type { GenericInfo } from './read-import';

/** The most record changes sent for the preview list; the rest are counted, not listed. */
export const PREVIEW_CHANGE_LIMIT = 2000;

/** A column mapping as the wizard sends it (validated: it crosses IPC and is stored in preferences). */
export const columnMappingSchema = z
  .object({
    kind: z.enum(['students', 'staff']),
    columns: z.record(z.string().max(100), z.string().max(500).nullable()),
  })
  .strict();

/** The settings of a preview the user can change: mapping, which classes are advisories, missing people. */
export const previewSettingsSchema = z
  .object({
    mapping: columnMappingSchema.optional(),
    extraAdvisoryKeys: z.array(z.string().max(500)).max(10_000),
    notAdvisoryKeys: z.array(z.string().max(500)).max(10_000),
    markMissingAsLeft: z.boolean(),
  })
  .strict();

export type PreviewSettings = z.infer<typeof previewSettingsSchema>;

/** The preview shown in the wizard. */
export type ImportPreview = {
  /** Changes with every new preview; apply names the one the user saw. */
  readonly previewId: string;
  readonly sourceName: string;
  readonly source: 'file' | 'folder' | 'zip';
  readonly format: ImportFormat;
  readonly formatLabel: string;
  /** Why that format was detected, in a sentence. */
  readonly reason: string;
  readonly tables: readonly { readonly file: string; readonly rows: number }[];
  readonly generic: GenericInfo | null;
  readonly classChoices: readonly ImportedClassChoice[];
  readonly mode: ImportMode;
  readonly settings: PreviewSettings;
  readonly plan: Omit<ImportPlan, 'command'> & { readonly changesTotal: number; readonly hasChanges: boolean };
};

/** What choosing or re-previewing gave. */
export type ImportOutcome =
  | { readonly outcome: 'preview'; readonly preview: ImportPreview }
  | { readonly outcome: 'cancelled' }
  | { readonly outcome: 'failed'; readonly message: string };

/** What applying gave. */
export type ImportApplied = { readonly revision: number; readonly summary: string };
