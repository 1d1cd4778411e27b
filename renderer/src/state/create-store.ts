/** A minimal external store for useSyncExternalStore: one immutable snapshot, change listeners. */

export interface Store<T> {
  readonly getSnapshot: () => T;
  readonly subscribe: (listener: () => void) => () => void;
  readonly set: (next: T | ((previous: T) => T)) => void;
}

/** Creates a store; `set` notifies listeners only when the snapshot actually changes. */
export function createStore<T>(initial: T): Store<T> {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      const value = typeof next === 'function' ? (next as (previous: T) => T)(snapshot) : next;
      if (Object.is(value, snapshot)) return;
      snapshot = value;
      for (const listener of [...listeners]) listener();
    },
  };
}
