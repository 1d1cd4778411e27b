/**
 * The one place the renderer reports what happened to a request: how many changes are waiting for
 * main, and the latest message (an error, or a short note such as "Saved a copy to …").
 */
import { createStore } from './create-store';

export interface FeedbackMessage {
  readonly id: number;
  readonly tone: 'error' | 'info';
  readonly text: string;
}

export interface Feedback {
  /** Changes sent to main and not yet answered; the status line says "Saving…" meanwhile. */
  readonly pending: number;
  readonly message: FeedbackMessage | null;
}

export const feedbackStore = createStore<Feedback>({ pending: 0, message: null });

let nextId = 1;

/** Counts a request in flight for as long as the promise runs. */
export async function trackPending<T>(work: () => Promise<T>): Promise<T> {
  feedbackStore.set((f) => ({ ...f, pending: f.pending + 1 }));
  try {
    return await work();
  } finally {
    feedbackStore.set((f) => ({ ...f, pending: f.pending - 1 }));
  }
}

/** Shows a message in the status bar, replacing the previous one. */
export function report(tone: FeedbackMessage['tone'], text: string): void {
  feedbackStore.set((f) => ({ ...f, message: { id: nextId++, tone, text } }));
}

/** After a later change went through, an error about an earlier one is old news. */
export function clearError(): void {
  feedbackStore.set((f) => (f.message?.tone === 'error' ? { ...f, message: null } : f));
}

/** Clears the message the user dismissed (only that one, not a newer one). */
export function dismissMessage(id: number): void {
  feedbackStore.set((f) => (f.message?.id === id ? { ...f, message: null } : f));
}
