/** The Unplaced column: enrolled students without a group this year; also a drop zone to take students out. */
import { memo, useId } from 'react';
import type { BoardStudent } from '../../lib/board/board-types';
import { formatCount } from '../../lib/format';
import { DropZone, UNPLACED_ZONE } from './board-dnd';
import { StudentChip, type PressMode } from './student-chip';

interface Props {
  readonly students: readonly BoardStudent[];
  readonly yearLabel: string;
  readonly selectedKey: string;
  readonly matchedKey: string;
  readonly onPress: (chipId: string, mode: PressMode) => void;
}

/** The column left of the cards. */
export const UnplacedColumn = memo(function UnplacedColumn({ students, yearLabel, selectedKey, matchedKey, onPress }: Props) {
  const headingId = useId();
  const selected = new Set(selectedKey ? selectedKey.split(' ') : []);
  const matched = new Set(matchedKey ? matchedKey.split(' ') : []);
  return (
    <DropZone zone={UNPLACED_ZONE} className={`unplaced-column${students.length > 0 ? ' has-students' : ''}`} labelledBy={headingId}>
      <h2 id={headingId}>
        Unplaced <span className="unplaced-count">{formatCount(students.length)}</span>
      </h2>
      <p className="muted unplaced-hint">
        {students.length === 0 ? `Every enrolled student has a group in ${yearLabel}. Drop a student here to take them out of their group.` : `Enrolled in ${yearLabel} without a group. Drag them onto a group.`}
      </p>
      {students.length > 0 && (
        <ul className="chip-list" aria-label="Unplaced students">
          {students.map((s) => (
            <StudentChip key={s.id} student={s} selected={selected.has(s.id)} matched={matched.has(s.id)} onPress={onPress} />
          ))}
        </ul>
      )}
    </DropZone>
  );
});
