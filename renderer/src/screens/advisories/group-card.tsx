/**
 * One advisory group on the board: name, advisors, room, size against the target, mix bars,
 * warnings in words, lock buttons and the students. Memoised: a card re-renders only when its own
 * data, selection, search match or drag preview changes.
 */
import { memo, useId } from 'react';
import type { SchoolPolicy } from '../../../../shared/domain/types';
import type { BoardGroup, BoardWarning, GroupStats } from '../../lib/board/board-types';
import { DropZone, groupZone } from './board-dnd';
import { MixBars } from './mix-bars';
import { LockIcon, StudentChip, type PressMode } from './student-chip';

/** What the card would look like after the hovered drop. */
export interface CardPreview {
  readonly stats: GroupStats;
  readonly joining: number;
  readonly warning: BoardWarning | null;
}

interface Props {
  readonly view: BoardGroup;
  readonly policy: SchoolPolicy;
  readonly yearLabel: string;
  /** Selected students of this card, space-separated ('' for none): a string so memo compares cheaply. */
  readonly selectedKey: string;
  /** Students of this card the search found, space-separated. */
  readonly matchedKey: string;
  /** 'match' highlights the card, 'dim' fades it (a search is on and found nothing here). */
  readonly searchState: 'none' | 'match' | 'dim';
  readonly preview: CardPreview | null;
  readonly onPress: (chipId: string, mode: PressMode) => void;
  readonly onLockGroup: (groupId: string, locked: boolean) => void;
  readonly onEditGroup: (groupId: string) => void;
}

/** The size line's words and tooltip. */
export function sizeTitle(size: number, policy: SchoolPolicy): string {
  return `Size: ${size} ${size === 1 ? 'student' : 'students'}. Target ${policy.targetMin}–${policy.targetMax}; soft band ${policy.softMin}–${policy.softMax}; never more than ${policy.hardMax}.`;
}

function splitKey(key: string): ReadonlySet<string> {
  return new Set(key ? key.split(' ') : []);
}

/** A group card. */
export const GroupCard = memo(function GroupCard({ view, policy, yearLabel, selectedKey, matchedKey, searchState, preview, onPress, onLockGroup, onEditGroup }: Props) {
  const headingId = useId();
  const selected = splitKey(selectedKey);
  const matched = splitKey(matchedKey);
  const { stats } = view;
  const unlocked = stats.size - view.lockedCount;
  const className = ['group-card', `band-${stats.band}`, searchState === 'match' && 'is-match', searchState === 'dim' && 'is-dim', preview && 'is-preview'].filter(Boolean).join(' ');
  return (
    <DropZone zone={groupZone(view.id)} className={className} labelledBy={headingId}>
      <header className="card-head">
        <h3 id={headingId}>{view.name}</h3>
        <p className="card-advisors">
          {view.leadName ? <span>Lead: {view.leadName}</span> : <span className="is-missing">No lead advisor</span>}
          {view.coName && <span>Co: {view.coName}</span>}
          <span>Room {view.room || '—'}</span>
        </p>
      </header>
      <div className="card-size">
        <span className={`size-badge size-${stats.band}`} title={sizeTitle(stats.size, policy)}>
          {stats.size} / {policy.targetMin}–{policy.targetMax}
        </span>
        {preview && (
          <span className={`size-preview size-${preview.stats.band}`} aria-live="polite">
            would be {preview.stats.size}
          </span>
        )}
        {view.lockedCount > 0 && (
          <span className="card-locked" title={`${view.lockedCount} of ${stats.size} students are locked in this group`}>
            <LockIcon /> {view.lockedCount === stats.size ? 'all locked' : `${view.lockedCount} locked`}
          </span>
        )}
      </div>
      <MixBars mix={stats.mix} preview={preview?.stats.mix ?? null} yearLabel={yearLabel} />
      {(view.warnings.length > 0 || preview?.warning) && (
        <ul className="card-warnings" aria-label="Warnings">
          {preview?.warning && <li className={`is-${preview.warning.severity} is-preview`}>After the drop: {preview.warning.text}</li>}
          {view.warnings.map((w) => (
            <li key={w.text} className={`is-${w.severity}`}>
              {w.text}
            </li>
          ))}
        </ul>
      )}
      <div className="card-actions">
        <button type="button" className="small" onClick={() => onEditGroup(view.id)} title={`Name, room and advisors of ${view.name}`}>
          Edit group…
        </button>
        {stats.size > 0 && unlocked > 0 && (
          <button type="button" className="small" onClick={() => onLockGroup(view.id, true)} title={`Lock every student of ${view.name} in this group for ${yearLabel}`}>
            Lock group
          </button>
        )}
        {view.lockedCount > 0 && (
          <button type="button" className="small" onClick={() => onLockGroup(view.id, false)}>
            Unlock group
          </button>
        )}
      </div>
      <ul className="chip-list" aria-label={`Students of ${view.name}`}>
        {view.members.map((s) => (
          <StudentChip key={s.id} student={s} selected={selected.has(s.id)} matched={matched.has(s.id)} onPress={onPress} />
        ))}
      </ul>
    </DropZone>
  );
});
