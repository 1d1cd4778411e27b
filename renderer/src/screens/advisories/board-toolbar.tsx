/**
 * The board's toolbar: find a student or group, sort the cards, and on the right the buttons
 * passed as children ("New group…"; planning and rollover sit in the screen's header).
 */
import { useId, type ReactNode } from 'react';
import { cardSortWords, type CardSort } from '../../lib/board/board-view';

interface Props {
  readonly search: string;
  readonly onSearch: (value: string) => void;
  /** Enter in the search box: go to the first match. */
  readonly onFindNext: () => void;
  /** What the search found, in words ("Ana Rivera is in Okafor advisory"). */
  readonly found: string;
  readonly sort: CardSort;
  readonly onSort: (sort: CardSort) => void;
  /** Buttons drawn at the right end of the toolbar ("New group…"). */
  readonly children?: ReactNode;
}

/** Search, sort and the planner slot above the board. */
export function BoardToolbar({ search, onSearch, onFindNext, found, sort, onSort, children }: Props) {
  const id = useId();
  return (
    <div className="board-toolbar" role="toolbar" aria-label="Board tools">
      <div className="board-find">
        <label htmlFor={`${id}-find`}>Find</label>
        <input
          id={`${id}-find`}
          type="search"
          value={search}
          placeholder="Student name or SIS id, group, advisor, room"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onSearch(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onFindNext();
            }
          }}
        />
        <p className="board-found" aria-live="polite">
          {found}
        </p>
      </div>
      <div className="board-sort">
        <label htmlFor={`${id}-sort`}>Sort groups by</label>
        <select id={`${id}-sort`} value={sort} onChange={(e) => onSort(e.currentTarget.value as CardSort)}>
          {(Object.keys(cardSortWords) as CardSort[]).map((key) => (
            <option key={key} value={key}>
              {cardSortWords[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="board-toolbar-slot" data-slot="actions">
        {children}
      </div>
    </div>
  );
}
