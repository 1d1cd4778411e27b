/**
 * The import wizard's main-process side: the user picks a source (native dialog; the renderer
 * never names a path), a worker reads it, main plans it against the school and keeps the command
 * until the user applies exactly the preview they saw — one undoable command, all or nothing.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Command } from '../../../shared/domain/commands';
import type { School } from '../../../shared/domain/types';
import { formatLabels } from '../../../shared/import/model';
import { planImport } from '../../../shared/import/plan/import-plan';
import type { ImportPlan } from '../../../shared/import/plan/plan-types';
import { columnMappingSchema, PREVIEW_CHANGE_LIMIT, type ImportApplied, type ImportOutcome, type ImportPreview, type PreviewSettings } from '../../../shared/import/preview';
import type { ColumnMapping } from '../../../shared/import/generic';
import type { PreferenceStore } from '../preferences';
import type { ReadImportTaskResult } from './read-import-task';
import type { TaskInput } from '../tasks/task-protocol';

/** What the import service needs from the app. */
export interface ImportHost {
  readonly school: () => School;
  readonly revision: () => number;
  readonly prefs: PreferenceStore;
  readonly chooseSource: (kind: 'file' | 'folder') => Promise<string | null>;
  /** Runs a worker task with progress and cancel; rejects with TaskCancelled when cancelled. */
  readonly runTask: <T>(title: string, input: TaskInput) => Promise<T>;
  readonly commit: (command: Command, label: string) => { revision: number };
  readonly isCancel: (error: unknown) => boolean;
}

/** An import refused for a reason the user can act on. */
export class ImportRefused extends Error {}

type Current = {
  readonly path: string;
  readonly read: ReadImportTaskResult;
  /** The settings the read used (mapping and advisory keys change what the reader produces). */
  readonly readKey: string;
  readonly settings: PreviewSettings;
  readonly previewId: string;
  readonly plan: ImportPlan;
  readonly revision: number;
};

const defaultSettings: PreviewSettings = { extraAdvisoryKeys: [], notAdvisoryKeys: [], markMissingAsLeft: true };

function readKeyOf(settings: PreviewSettings): string {
  return JSON.stringify([settings.mapping ?? null, [...settings.extraAdvisoryKeys].sort(), [...settings.notAdvisoryKeys].sort()]);
}

/** Mappings the user confirmed before, keyed by header signature; entries that don't validate are ignored. */
function rememberedMappings(prefs: PreferenceStore): Record<string, ColumnMapping> {
  const out: Record<string, ColumnMapping> = {};
  for (const [key, value] of Object.entries(prefs.get('columnMappings') ?? {})) {
    const parsed = columnMappingSchema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

export class ImportService {
  private current: Current | null = null;

  constructor(private readonly host: ImportHost) {}

  /** Asks for a file or folder, reads it with the default settings and returns the first preview. */
  async choose(kind: 'file' | 'folder'): Promise<ImportOutcome> {
    const picked = await this.host.chooseSource(kind);
    if (!picked) return { outcome: 'cancelled' };
    return this.read(picked, defaultSettings);
  }

  /** Re-previews the chosen source with new settings; re-reads only when the reader's input changed. */
  async preview(settings: PreviewSettings): Promise<ImportOutcome> {
    const current = this.current;
    if (!current) throw new ImportRefused('Choose a file or folder to import first.');
    if (readKeyOf(settings) === current.readKey) return { outcome: 'preview', preview: this.plan(current.path, current.read, current.readKey, settings) };
    return this.read(current.path, settings);
  }

  /** Applies the preview the user saw, as one undoable command. */
  apply(previewId: string): ImportApplied {
    const current = this.current;
    if (!current || current.previewId !== previewId) throw new ImportRefused('This preview is no longer current; choose the file again.');
    if (current.revision !== this.host.revision()) {
      throw new ImportRefused('The school changed after this preview was made, so it may no longer be right. Press “Check again” to see the preview for the school as it is now.');
    }
    if (current.plan.blocked) throw new ImportRefused('The file has errors (listed in the preview); nothing was imported. Fix them in the file and choose it again.');
    if (!current.plan.command) throw new ImportRefused('The file has nothing new for the school; nothing was imported.');
    const { revision } = this.host.commit(current.plan.command, `Import ${current.read.name}`);
    const generic = current.read.result.generic;
    if (generic) this.remember(generic.signature, current.settings.mapping ?? generic.mapping);
    this.current = null;
    return { revision, summary: current.plan.summary };
  }

  private remember(signature: string, mapping: ColumnMapping): void {
    const all = { ...(this.host.prefs.get('columnMappings') ?? {}), [signature]: mapping };
    this.host.prefs.set('columnMappings', all);
  }

  private async read(picked: string, settings: PreviewSettings): Promise<ImportOutcome> {
    const school = this.host.school();
    let read: ReadImportTaskResult;
    try {
      read = await this.host.runTask<ReadImportTaskResult>(`Reading ${path.basename(picked)}`, {
        kind: 'read-import',
        path: picked,
        request: {
          options: { fallbackYearId: school.info.currentYearId, extraAdvisoryKeys: settings.extraAdvisoryKeys, notAdvisoryKeys: settings.notAdvisoryKeys },
          ...(settings.mapping ? { mapping: settings.mapping } : {}),
          remembered: rememberedMappings(this.host.prefs),
        },
      });
    } catch (error) {
      if (this.host.isCancel(error)) return { outcome: 'cancelled' };
      return { outcome: 'failed', message: `${path.basename(picked)} could not be read: ${(error as Error).message}` };
    }
    return { outcome: 'preview', preview: this.plan(picked, read, readKeyOf(settings), settings) };
  }

  private plan(picked: string, read: ReadImportTaskResult, readKey: string, settings: PreviewSettings): ImportPreview {
    const plan = planImport(this.host.school(), read.result.data, { markMissingAsLeft: settings.markMissingAsLeft });
    const previewId = randomUUID();
    this.current = { path: picked, read, readKey, settings, previewId, plan, revision: this.host.revision() };
    const { command, changes, ...rest } = plan;
    return {
      previewId,
      sourceName: read.name,
      source: read.source,
      format: read.result.format,
      formatLabel: formatLabels[read.result.format],
      reason: read.result.reason,
      tables: read.tables,
      generic: read.result.generic,
      classChoices: read.result.data.classChoices,
      mode: read.result.data.mode,
      settings: { ...settings, ...(read.result.generic ? { mapping: settings.mapping ?? read.result.generic.mapping } : {}) },
      plan: { ...rest, changes: changes.slice(0, PREVIEW_CHANGE_LIMIT), changesTotal: changes.length, hasChanges: command !== null },
    };
  }
}
