/** Which app-level dialog is open; menu actions (File ▸ New school) open them from outside React. */
import { createStore } from './create-store';

export type DialogId = 'start-real-school' | 'import';

export const dialogStore = createStore<DialogId | null>(null);

export function openDialog(id: DialogId): void {
  dialogStore.set(id);
}

export function closeDialog(): void {
  dialogStore.set(null);
}
