/**
 * Drag and drop for the board (dnd-kit v6): a pointer sensor with an activation distance so a
 * click still selects, drop zones that only re-render themselves, the overlay that follows the
 * pointer, and announcements in words. The keyboard way to move is the Move menu (M).
 */
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type Modifier,
} from '@dnd-kit/core';
import { createContext, useContext, useLayoutEffect, useRef, useState, type PointerEvent, type ReactNode, type RefObject } from 'react';

/** The chip a pointer went down on; read when the drag starts (a ref, so nothing re-renders). */
const PressedChip = createContext<RefObject<string | null>>({ current: null });

// The overlay follows the pointer (it would otherwise start at the card's corner: the card is the draggable).
const followPointer: Modifier = ({ activatorEvent, activeNodeRect, transform }) => {
  if (!activatorEvent || !activeNodeRect || !('clientX' in activatorEvent)) return transform;
  const start = activatorEvent as globalThis.PointerEvent;
  return { ...transform, x: transform.x + start.clientX - activeNodeRect.left + 14, y: transform.y + start.clientY - activeNodeRect.top + 10 };
};

/** CSS that fades the carried chips, so no chip re-renders when a drag starts or ends. */
function fadeRule(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  return `${ids.map((id) => `[data-chip="${CSS.escape(id)}"]`).join(',')}{opacity:.35}`;
}

/**
 * Keeps fadeRule(ids) in a constructed style sheet adopted by the document. Not a <style>
 * element: the window's CSP (style-src 'self', electron/main/security.ts) refuses inline style
 * elements, so the carried chips never faded; a sheet built through the CSSOM is not inline markup.
 */
function useFadeSheet(ids: readonly string[]): void {
  const sheet = useRef<CSSStyleSheet | null>(null);
  useLayoutEffect(() => {
    const own = new CSSStyleSheet();
    sheet.current = own;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== own);
      sheet.current = null;
    };
  }, []);
  useLayoutEffect(() => {
    sheet.current?.replaceSync(fadeRule(ids));
  }, [ids]);
}

/** The drop zone id of the Unplaced column; group zones use `group:<id>`. */
export const UNPLACED_ZONE = 'unplaced';

/** The drop zone id of a group card. */
export function groupZone(groupId: string): string {
  return `group:${groupId}`;
}

/** The group a zone id stands for: a group id, null for Unplaced, undefined for no zone. */
export function zoneTarget(zone: string | number | undefined | null): string | null | undefined {
  if (zone === UNPLACED_ZONE) return null;
  if (typeof zone === 'string' && zone.startsWith('group:')) return zone.slice('group:'.length);
  return undefined;
}

// The pointer decides where a drop lands; rectangles only help when the pointer is between cards.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

interface Props {
  /** The students a drag starting on this chip carries; empty means it cannot be dragged. */
  readonly carry: (chipId: string) => readonly string[];
  /** A student's name for the overlay and the announcements. */
  readonly nameOf: (studentId: string) => string;
  /** A zone's name ("Okafor advisory", "Unplaced"). */
  readonly zoneName: (zone: string) => string;
  /** Called as the hovered zone changes (null target: nothing hovered). */
  readonly onHover: (target: string | null | undefined, ids: readonly string[]) => void;
  readonly onDrop: (target: string | null, ids: readonly string[]) => void;
  readonly children: ReactNode;
}

function carried(ids: readonly string[], nameOf: (id: string) => string): string {
  return ids.length === 1 ? nameOf(ids[0] ?? '') : `${ids.length} students`;
}

/** The board's DndContext. */
export function BoardDnd({ carry, nameOf, zoneName, onHover, onDrop, children }: Props) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const [ids, setIds] = useState<readonly string[]>([]);
  useFadeSheet(ids);
  const pressedRef = useRef<string | null>(null);
  // Event handlers read the carried ids from a ref: dnd-kit may call them before React re-renders.
  const carriedRef = useRef<readonly string[]>([]);
  const label = carried(ids, nameOf);

  const announcements: Announcements = {
    onDragStart: () => `Picked up ${label}.`,
    onDragOver: ({ over }) => (over ? `${label} is over ${zoneName(String(over.id))}.` : `${label} is not over a group.`),
    onDragEnd: ({ over }) => (over ? `Dropped ${label} on ${zoneName(String(over.id))}.` : `${label} was not moved.`),
    onDragCancel: () => `Moving ${label} was cancelled.`,
  };

  const start = (): void => {
    carriedRef.current = pressedRef.current ? carry(pressedRef.current) : [];
    setIds(carriedRef.current);
  };
  const over = (event: DragOverEvent): void => onHover(zoneTarget(event.over?.id), carriedRef.current);
  const end = (event: DragEndEvent): void => {
    const target = zoneTarget(event.over?.id);
    const dropped = carriedRef.current;
    onHover(undefined, []);
    if (target !== undefined && dropped.length > 0) onDrop(target, dropped);
    carriedRef.current = [];
    setIds([]);
  };
  const cancel = (): void => {
    onHover(undefined, []);
    carriedRef.current = [];
    setIds([]);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={start}
      onDragOver={over}
      onDragEnd={end}
      onDragCancel={cancel}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: 'To move without a mouse: press Enter to select the student, then M to choose a group.' },
      }}
    >
      <PressedChip.Provider value={pressedRef}>{children}</PressedChip.Provider>
      <DragOverlay dropAnimation={null} modifiers={[followPointer]}>
        {ids.length > 0 ? (
          <div className="drag-overlay">
            <strong>{label}</strong>
            <span>Drop on a group</span>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

interface ZoneProps {
  readonly zone: string;
  readonly className: string;
  readonly labelledBy: string;
  readonly children: ReactNode;
}

/**
 * A card or column: a drop zone, and the drag source for the chips in it. Only this wrapper listens
 * to dnd-kit (it re-renders on every drag change); its children were made by a memoised card, so
 * React skips them. A press on an unlocked chip starts the drag; locked chips and the rest do not.
 */
export function DropZone({ zone, className, labelledBy, children }: ZoneProps) {
  const pressedRef = useContext(PressedChip);
  const { setNodeRef: setDropRef, isOver } = useDroppable({ id: zone });
  const { setNodeRef: setDragRef, listeners } = useDraggable({ id: zone });
  const onPointerDown = (event: PointerEvent<HTMLElement>): void => {
    const chip = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-chip]') : null;
    if (!chip || chip.dataset['locked'] === 'true') return;
    pressedRef.current = chip.dataset['chip'] ?? null;
    listeners?.['onPointerDown']?.(event);
  };
  return (
    <section
      ref={(node) => {
        setDropRef(node);
        setDragRef(node);
      }}
      className={`${className}${isOver ? ' is-over' : ''}`}
      aria-labelledby={labelledBy}
      onPointerDown={onPointerDown}
    >
      {children}
    </section>
  );
}
