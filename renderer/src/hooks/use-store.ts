/** Reads a slice of an external store; the selector must return stable values (fields, not new objects). */
import { useSyncExternalStore } from 'react';
import type { Store } from '../state/create-store';

export function useStore<T, S = T>(store: Store<T>, select: (snapshot: T) => S = (s) => s as unknown as S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot()));
}
