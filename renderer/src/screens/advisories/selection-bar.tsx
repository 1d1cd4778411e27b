/**
 * What is selected and what can be done with it: Move to… (M), Lock, Unlock, Make a rule…, Clear (Esc). With
 * nothing selected it says how the board works, so the bar never appears or vanishes under the pointer.
 */
import { useState, type ReactNode } from 'react';
import { useSchool } from '../../hooks/use-school';
import { useViewYearId } from '../../hooks/use-view-year';
import type { BoardStudent } from '../../lib/board/board-types';
import { listWords } from '../../lib/board/rule-warnings';
import { plural } from '../../lib/format';
import { RuleDialog } from './rule-dialog';

interface Props {
  readonly selected: readonly BoardStudent[];
  /** How many of them can move (not locked). */
  readonly movable: number;
  readonly menuOpen: boolean;
  readonly onOpenMenu: () => void;
  readonly onLock: (locked: boolean) => void;
  readonly onClear: () => void;
  /** The Move menu, drawn under the bar while open. */
  readonly menu: ReactNode;
}

function names(selected: readonly BoardStudent[]): string {
  if (selected.length <= 3) return listWords(selected.map((s) => s.name));
  return `${selected.slice(0, 2).map((s) => s.name).join(', ')} and ${selected.length - 2} more`;
}

/** The sticky bar above the board. */
export function SelectionBar({ selected, movable, menuOpen, onOpenMenu, onLock, onClear, menu }: Props) {
  const school = useSchool();
  const yearId = useViewYearId();
  // The students the open rule form is for, fixed when it opens so a later click on the board can't change them.
  const [ruleFor, setRuleFor] = useState<readonly string[] | null>(null);
  const locked = selected.filter((s) => s.locked).length;
  const lockable = selected.filter((s) => !s.locked && s.placement).length;
  const moveTitle =
    movable === 0
      ? 'Locked students stay where they are: unlock them first.'
      : locked > 0
        ? `${plural(locked, 'locked student')} will stay where they are.`
        : 'Choose the group to move to (M)';
  return (
    <section className={`selection-bar${selected.length > 0 ? ' has-selection' : ''}`} aria-label="Selected students">
      {selected.length === 0 ? (
        <p className="muted">
          Click a student to select (Ctrl/⌘ or Shift-click for several), then drag onto a group — or press <kbd>M</kbd> to
          move with the keyboard.
        </p>
      ) : (
        <>
          <p className="selection-words">
            <strong>{selected.length} selected:</strong> {names(selected)}
            {locked > 0 && <span className="muted"> ({locked} locked)</span>}
          </p>
          <div className="selection-actions">
            <button type="button" className="primary" aria-haspopup="dialog" aria-expanded={menuOpen} aria-keyshortcuts="M" disabled={movable === 0} title={moveTitle} onClick={onOpenMenu}>
              Move to…
            </button>
            <button type="button" disabled={lockable === 0} onClick={() => onLock(true)}>
              Lock
            </button>
            <button type="button" disabled={locked === 0} onClick={() => onLock(false)}>
              Unlock
            </button>
            <button type="button" aria-haspopup="dialog" title="Keep these students apart or together, or with or away from an adult" onClick={() => setRuleFor(selected.map((s) => s.id))}>
              Make a rule…
            </button>
            <button type="button" className="link-button" aria-keyshortcuts="Escape" onClick={onClear}>
              Clear selection
            </button>
          </div>
          {movable === 0 && <p className="selection-note">Locked students can’t be moved. Unlock them first.</p>}
        </>
      )}
      {menu}
      {ruleFor && <RuleDialog school={school} yearId={yearId} studentIds={ruleFor} onClose={() => setRuleFor(null)} />}
    </section>
  );
}
