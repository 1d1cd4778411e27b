/**
 * A student on the board: a focusable button that selects (click, Enter/Space; Ctrl/Cmd or Shift
 * for several). Dragging starts on the card around it (see board-dnd: one draggable per card, not
 * per chip, so 1,200 chips do not re-render on every drag change). Locked chips say why they stay.
 */
import { memo, type MouseEvent } from 'react';
import type { BoardStudent } from '../../lib/board/board-types';
import { flagTitles } from '../../lib/student-rows';

/** How a press changes the selection: this chip only, add/remove it, or the range from the last one. */
export type PressMode = 'only' | 'toggle' | 'range';


interface Props {
  readonly student: BoardStudent;
  readonly selected: boolean;
  readonly matched: boolean;
  readonly onPress: (chipId: string, mode: PressMode) => void;
}

/** A small padlock, drawn so it looks the same on every system (no emoji font needed). */
export function LockIcon() {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" focusable="false">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5Zm1.5 0h4V5a2 2 0 1 0-4 0v2Z" fill="currentColor" />
    </svg>
  );
}

/** The chip's text; memoised apart from the draggable wrapper, which dnd-kit re-renders on every drag change. */
const ChipBody = memo(function ChipBody({ student }: { readonly student: BoardStudent }) {
  return (
    <>
      <span className="chip-name">{student.name}</span>
      <span className="chip-grade">{student.grade}</span>
      {student.flags.length > 0 && (
        <span className="chip-flags">
          {student.flags.map((f) => (
            <abbr key={f} title={flagTitles[f]}>
              {f}
            </abbr>
          ))}
        </span>
      )}
      {student.locked && <LockIcon />}
    </>
  );
});

function spoken(student: BoardStudent): string {
  const parts = [student.name];
  if (student.grade) parts.push(`grade ${student.grade}`);
  for (const f of student.flags) parts.push(flagTitles[f]);
  if (student.locked) parts.push('locked');
  return parts.join(', ');
}

function modeOf(event: MouseEvent): PressMode {
  // detail 0: the click came from Enter or Space, where toggling lets keyboard users pick several.
  if (event.detail === 0 || event.ctrlKey || event.metaKey) return 'toggle';
  return event.shiftKey ? 'range' : 'only';
}

/** One chip (a list item holding the button). */
export const StudentChip = memo(function StudentChip({ student, selected, matched, onPress }: Props) {
  const title = student.locked
    ? `${student.name} is locked in this group. Select the chip and press Unlock to move them.`
    : `${student.name}: drag to another group, or select and press M to move.`;
  const className = ['chip', selected && 'is-selected', matched && 'is-match', student.locked && 'is-locked'].filter(Boolean).join(' ');
  return (
    <li>
      <button
        type="button"
        className={className}
        data-chip={student.id}
        data-locked={student.locked ? 'true' : undefined}
        aria-label={spoken(student)}
        aria-pressed={selected}
        title={title}
        onClick={(event) => onPress(student.id, modeOf(event))}
      >
        <ChipBody student={student} />
      </button>
    </li>
  );
});
