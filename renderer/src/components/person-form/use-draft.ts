/**
 * A form draft that follows its entity: when the stored entity changes (an Undo, an inline edit,
 * a bulk change) and the user has not typed anything, the draft is refreshed to match it.
 */
import { useState } from 'react';

/** Returns the draft, its setter, and whether it differs from what is stored. */
export function useDraft<E, D>(entity: E, toDraft: (entity: E) => D): readonly [D, (update: (d: D) => D) => void, boolean, () => void] {
  const [base, setBase] = useState(entity);
  const [draft, setDraft] = useState(() => toDraft(entity));
  const pristine = JSON.stringify(toDraft(base));
  const dirty = JSON.stringify(draft) !== pristine;
  if (entity !== base) {
    // Adjusting state while rendering (React's documented pattern) avoids showing a stale draft for a frame.
    setBase(entity);
    if (!dirty) setDraft(toDraft(entity));
  }
  const reset = (): void => setDraft(toDraft(entity));
  return [draft, (update) => setDraft(update), dirty, reset] as const;
}
