/**
 * "Move to…": the keyboard (and mouse) way to move the selection. Lists the open groups with
 * their size and what it would become; type to narrow, arrows to walk, Enter to choose, Esc to close.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SchoolPolicy } from '../../../../shared/domain/types';
import type { BoardGroup, BoardStudent } from '../../lib/board/board-types';
import { outsideGradePolicy } from '../../lib/board/grade-warnings';
import { sizeBand } from '../../lib/board/group-stats';
import { plural } from '../../lib/format';

interface Props {
  readonly groups: readonly BoardGroup[];
  readonly policy: SchoolPolicy;
  /** The students that would move (locked ones are already left out). */
  readonly movingIds: readonly string[];
  /** Where each moving student is now. */
  readonly groupOf: ReadonlyMap<string, string>;
  /** The board's students (for each moving student's class). */
  readonly students: ReadonlyMap<string, BoardStudent>;
  readonly title: string;
  readonly onChoose: (groupId: string | null) => void;
  readonly onClose: () => void;
}

/** The Move menu, a small non-modal dialog under the selection bar. */
export function MoveMenu({ groups, policy, movingIds, groupOf, students, title, onChoose, onClose }: Props) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const query = filter.trim().toLowerCase();
  const moving = movingIds.map((s) => students.get(s)).filter((s): s is BoardStudent => !!s);
  // Groups of another class (grade-level groups) are listed last, each saying who would break the policy.
  const offClass = new Map(groups.map((g) => [g.id, outsideGradePolicy(g.group, moving, policy).length]));
  const matching = groups.filter((g) => !query || `${g.name} ${g.leadName ?? ''} ${g.room}`.toLowerCase().includes(query));
  const shown = [...matching.filter((g) => !offClass.get(g.id)), ...matching.filter((g) => !!offClass.get(g.id))];
  const anyPlaced = movingIds.some((s) => groupOf.has(s));

  // Arrow keys walk the input and the options; the focus stays inside until Esc or a choice.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [inputRef.current, ...Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])].filter((x): x is HTMLInputElement | HTMLButtonElement => !!x);
    const at = items.indexOf(document.activeElement as HTMLInputElement | HTMLButtonElement);
    const next = event.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
    items[next]?.focus();
  };

  return (
    <div className="move-menu" role="dialog" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
      <div className="move-menu-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="small" onClick={onClose} aria-label="Close the Move menu">
          Close
        </button>
      </div>
      <label htmlFor={`${id}-filter`} className="visually-hidden">
        Find a group
      </label>
      <input
        id={`${id}-filter`}
        ref={inputRef}
        type="search"
        value={filter}
        placeholder="Type to find a group, ↓ to choose"
        autoComplete="off"
        onChange={(e) => setFilter(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && shown.length === 1 && shown[0]) onChoose(shown[0].id);
        }}
      />
      <ul ref={listRef} className="move-options" aria-label="Groups">
        {shown.map((g) => {
          const joining = movingIds.filter((s) => groupOf.get(s) !== g.id).length;
          const here = joining === 0;
          const after = g.stats.size + joining;
          return (
            <li key={g.id}>
              <button type="button" disabled={here} onClick={() => onChoose(g.id)}>
                <span className="move-name">
                  {g.name}
                  {/* Two groups can share a name (two advisors called Adams): the lead and room tell them apart. */}
                  <span className="move-detail">
                    {g.leadName ?? 'No lead advisor'} · room {g.room || '—'}
                  </span>
                  {!here && !!offClass.get(g.id) && (
                    <span className="move-policy">
                      Breaks the grade policy: for the class of {g.group.classOf}
                      {moving.length > 1 ? ` (${offClass.get(g.id)} of the ${moving.length} are not in that class)` : ''}
                    </span>
                  )}
                </span>
                <span className={`move-size size-${sizeBand(after, policy)}`}>
                  {here ? `${g.stats.size} — already here` : `${g.stats.size} → ${after}`}
                </span>
              </button>
            </li>
          );
        })}
        {shown.length === 0 && <li className="muted">No group matches “{filter}”.</li>}
        {anyPlaced && !query && (
          <li>
            <button type="button" onClick={() => onChoose(null)}>
              <span className="move-name">Unplaced</span>
              <span className="move-size">take {plural(movingIds.filter((s) => groupOf.has(s)).length, 'student')} out of their group</span>
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
