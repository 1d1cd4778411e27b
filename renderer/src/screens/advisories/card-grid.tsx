/**
 * The grid of group cards. Up to VIRTUAL_FROM cards every card is in the page. A bigger school
 * (a 4,000-student school has ~250 groups) gets a virtual grid: rows of cards, and only the rows
 * on screen (plus a few either side) are rendered, with TanStack Virtual.
 *
 * Why: dnd-kit re-renders every drop zone and React walks the whole board on each drag change, so
 * the cost of picking up, hovering and dropping grows with the number of chips on the page. On the
 * 4,000×250 bench school (bench/board-bench.ts) all 250 cards made picking up take ~150 ms and a
 * drop ~135 ms; with the rows near the screen only, both are within a frame or two. The line is at
 * 40 cards, not 100: dnd-kit also measures every drop zone (and walks its ancestors for scrolling)
 * when a drag starts, and the demo school's 76 cards made picking up take median 59–84 ms over four
 * runs here; with the virtual grid, 30 ms.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { BoardGroup } from '../../lib/board/board-types';

/** From this many cards on, the grid is virtual. */
export const VIRTUAL_FROM = 40;
/** The narrowest a card gets and the gap between cards, in rem (as .card-grid in board.css). */
const CARD_MIN_REM = 20;
const GAP_REM = 0.9;

export interface CardGridHandle {
  /** Scrolls the card of `groupId` into view (renders it first in a virtual grid). */
  reveal(groupId: string): void;
}

interface Props {
  readonly cards: readonly BoardGroup[];
  readonly renderCard: (card: BoardGroup) => ReactNode;
}

function remPx(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The nearest ancestor that scrolls (the app's content area). */
function scrollParent(node: HTMLElement | null): HTMLElement | null {
  for (let el = node?.parentElement ?? null; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') return el;
  }
  return null;
}

/** A first guess of a row's height before it is measured: the card with the most students. */
function estimateRow(row: readonly BoardGroup[]): number {
  const most = row.reduce((n, g) => Math.max(n, g.members.length), 0);
  return 230 + Math.ceil(most / 2) * 30;
}

/** The plain grid: every card in the page. */
const PlainGrid = forwardRef<CardGridHandle, Props>(function PlainGrid({ cards, renderCard }, ref) {
  const root = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({
    reveal: (groupId) => {
      const index = cards.findIndex((c) => c.id === groupId);
      root.current?.children[index]?.scrollIntoView({ block: 'nearest' });
    },
  }), [cards]);
  return (
    <div className="card-grid" ref={root}>
      {cards.map(renderCard)}
    </div>
  );
});

/** The virtual grid: rows of `columns` cards; only rows near the screen are rendered. */
const VirtualGrid = forwardRef<CardGridHandle, Props>(function VirtualGrid({ cards, renderCard }, ref) {
  const root = useRef<HTMLDivElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(0);
  const [offset, setOffset] = useState(0);
  const [rem, setRem] = useState(16);

  // The grid's width (how many columns) and where it starts inside the scrolling area: a banner or
  // the selection bar above it moves it down, which changes the height of the screen around it.
  useLayoutEffect(() => {
    const node = root.current;
    if (!node) return;
    const parent = scrollParent(node);
    setScroller(parent);
    setRem(remPx());
    const measure = (): void => {
      setWidth(node.getBoundingClientRect().width);
      if (parent) setOffset(Math.round(node.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    for (let el = node.parentElement; el && el !== parent; el = el.parentElement) observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const columns = Math.max(1, Math.floor((width + GAP_REM * rem) / ((CARD_MIN_REM + GAP_REM) * rem)));
  const rows = useMemo(() => {
    const out: BoardGroup[][] = [];
    for (let i = 0; i < cards.length; i += columns) out.push(cards.slice(i, i + columns));
    return out;
  }, [cards, columns]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: (i) => estimateRow(rows[i] ?? []),
    // Rows are keyed by their first card, so a row keeps its measured height while it holds the same cards.
    getItemKey: (i) => `${columns}:${rows[i]?.[0]?.id ?? i}`,
    overscan: 2,
    gap: GAP_REM * rem,
    scrollMargin: offset,
  });

  useImperativeHandle(ref, () => ({
    reveal: (groupId) => {
      const index = cards.findIndex((c) => c.id === groupId);
      // One jump to the row's (estimated) place, so the row is rendered; the caller then scrolls the
      // exact element into view. (scrollToIndex keeps re-aligning the row for a while, which
      // would undo that.)
      const place = index >= 0 ? virtualizer.getOffsetForIndex(Math.floor(index / columns), 'start') : undefined;
      if (place && scroller) scroller.scrollTop = place[0];
    },
  }), [cards, columns, virtualizer, scroller]);

  const items = virtualizer.getVirtualItems();
  return (
    <div className="card-grid-virtual" ref={root} style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => (
        <div
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className="card-row"
          style={{ transform: `translateY(${item.start - offset}px)`, gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
        >
          {(rows[item.index] ?? []).map(renderCard)}
        </div>
      ))}
    </div>
  );
});

/** The card grid: plain for a small school, virtual for a big one. */
export const CardGrid = forwardRef<CardGridHandle, Props>(function CardGrid(props, ref) {
  return props.cards.length >= VIRTUAL_FROM ? <VirtualGrid ref={ref} {...props} /> : <PlainGrid ref={ref} {...props} />;
});
