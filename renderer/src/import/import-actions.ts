/**
 * The wizard's requests to main. Each answers with an outcome the wizard shows in place (a modal
 * dialog hides the status bar), so errors come back as values rather than status-bar messages.
 */
import type { ImportApplied, ImportOutcome, PreviewSettings } from '../../../shared/import/preview';
import { answer, call, type Answer } from '../api/client';
import { trackPending } from '../state/feedback-store';

/** Shows the native picker for a file or folder, then reads it (with progress) into a preview. */
export function chooseSource(kind: 'file' | 'folder'): Promise<Answer<ImportOutcome>> {
  return answer(() => call('importChoose', kind));
}

/** Previews the same source with other settings. */
export function previewAgain(settings: PreviewSettings): Promise<Answer<ImportOutcome>> {
  return answer(() => call('importPreview', settings));
}

/** Applies the preview the user saw (one undoable change). */
export function applyImport(previewId: string): Promise<Answer<ImportApplied>> {
  return answer(() => trackPending(() => call('importApply', { previewId })));
}
