/**
 * The Advisories board for the viewed school year: one card per open group, the Unplaced column,
 * find and sort, drag and drop (or Move to… with the keyboard), lock and unlock. With a scenario
 * open, the board shows the scenario and every move or lock changes the scenario, not the plan.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import { schoolWithScenario } from '../../../../shared/metrics/scenarios';
import { ScreenHeader } from '../../components/screen-header';
import { useSchool } from '../../hooks/use-school';
import { useViewYearId } from '../../hooks/use-view-year';
import { createBoardBuilder } from '../../lib/board/board-model';
import type { BoardStudent } from '../../lib/board/board-types';
import { matchBoard, sortCards, type CardSort } from '../../lib/board/board-view';
import { gradeWarning } from '../../lib/board/grade-warnings';
import { groupStats, membersWith, sizeWarning } from '../../lib/board/group-stats';
import { isEditable } from '../../lib/editable-target';
import { formatCount, plural } from '../../lib/format';
import { BoardDnd, UNPLACED_ZONE, zoneTarget } from './board-dnd';
import { AdvisoryTabs, type AdvisoryTab } from './advisory-tabs';
import { BoardToolbar } from './board-toolbar';
import { CardGrid, type CardGridHandle } from './card-grid';
import { useRevealMoves } from './use-reveal-moves';
import { AdvisoryTabPanel } from './advisory-tab-panel';
import { PlanButtons } from './plan-buttons';
import { ScenarioBanner } from './scenario-banner';
import type { ScenarioFocus } from './scenarios-panel';
import { foundWords, keysByGroup } from './board-words';
import { GroupCard, type CardPreview } from './group-card';
import { GroupDialog } from './group-dialog';
import { MoveMenu } from './move-menu';
import { SelectionBar } from './selection-bar';
import { UnplacedColumn } from './unplaced-column';
import { useBoardActions } from './use-board-actions';
import { useBoardSelection } from './use-board-selection';

interface Hover {
  readonly target: string | null | undefined;
  readonly ids: readonly string[];
}

const noHover: Hover = { target: undefined, ids: [] };

/** Focuses a chip if it is in the page (in the middle of the screen, clear of the sticky bar); false if it is not (yet). */
function focusChipNow(id: string): boolean {
  const chip = document.querySelector<HTMLElement>(`[data-chip="${CSS.escape(id)}"]`);
  chip?.focus({ preventScroll: true });
  chip?.scrollIntoView({ block: 'center' });
  return !!chip;
}

/** Frames to wait for a revealed card to be rendered before giving up on focusing its chip. */
const REVEAL_FRAMES = 10;

/** The Advisories screen. */
export function AdvisoriesScreen() {
  const school = useSchool();
  const yearId = useViewYearId();
  const year = schoolYearLabel(yearId);
  const [build] = useState(createBoardBuilder);
  const [openId, setOpenId] = useState<string | null>(null);
  const [focus, setFocus] = useState<ScenarioFocus | null>(null);
  const scenario = openId ? school.scenarios[openId] : undefined;
  // A deleted scenario (or an undone save) closes: it does not reopen if it comes back.
  if (openId && !scenario) setOpenId(null);
  const view = useMemo(() => (scenario ? schoolWithScenario(school, scenario) : school), [school, scenario]);
  const model = useMemo(() => build(view, yearId), [build, view, yearId]);
  const [tab, setTab] = useState<AdvisoryTab>('board');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<CardSort>('name');
  const [menuOpen, setMenuOpen] = useState(false);
  const [hover, setHover] = useState<Hover>(noHover);
  // The group whose Edit group form is open; '' for the New group form.
  const [editing, setEditing] = useState<string | null>(null);
  const onEditGroup = useCallback((groupId: string) => setEditing(groupId), []);
  const edited = editing ? (view.groups[editing] ?? null) : null;
  const { selected, press, clear } = useBoardSelection(model);
  const actions = useBoardActions(view, yearId, model, selected, scenario);
  const focusAfter = useRef<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const grid = useRef<CardGridHandle>(null);
  useRevealMoves(model, grid);

  /** Focuses a student's chip; in a big school its card may first have to be scrolled into the page. */
  const focusChip = useCallback(
    (id: string): boolean => {
      if (focusChipNow(id)) return true;
      const groupId = model.groupOf.get(id);
      if (!groupId) return false;
      grid.current?.reveal(groupId);
      let frames = 0;
      const retry = (): void => {
        if (!focusChipNow(id) && ++frames < REVEAL_FRAMES) requestAnimationFrame(retry);
      };
      requestAnimationFrame(retry);
      return true;
    },
    [model],
  );

  const match = useMemo(() => matchBoard(model, search), [model, search]);
  const cards = useMemo(() => sortCards(model.groups, sort), [model.groups, sort]);
  const selectedKeys = useMemo(() => keysByGroup(selected, model), [selected, model]);
  const matchedKeys = useMemo(() => keysByGroup(match.studentIds, model), [match, model]);
  const chosen = useMemo(() => [...selected].map((id) => model.students.get(id)).filter((s): s is BoardStudent => !!s), [selected, model]);
  const movable = chosen.filter((s) => !s.locked).map((s) => s.id);

  useEffect(() => {
    if (focusAfter.current && focusChip(focusAfter.current)) focusAfter.current = null;
  }, [focusChip]);

  const onHover = useCallback((target: string | null | undefined, ids: readonly string[]) => {
    setHover((h) => (h.target === target && h.ids === ids ? h : { target, ids }));
  }, []);
  const onDrop = useCallback((target: string | null, ids: readonly string[]) => void actions.move(ids, target), [actions]);

  const preview = useMemo((): CardPreview | null => {
    const view = typeof hover.target === 'string' ? model.groups.find((g) => g.id === hover.target) : undefined;
    if (!view) return null;
    const moving = hover.ids.map((id) => model.students.get(id)).filter((s): s is BoardStudent => !!s);
    const after = membersWith(view.members, moving);
    if (after === view.members) return null;
    const stats = groupStats(after, model.policy, model.shares);
    // A joining student of another class is the graver news; else the size outside its band.
    const joining = moving.filter((m) => model.groupOf.get(m.id) !== view.id);
    const warning = gradeWarning(view.group, joining, model.policy) ?? (stats.band === 'ok' ? null : sizeWarning(stats.size, model.policy));
    return { stats, joining: joining.length, warning };
  }, [hover, model]);

  const openMenu = (): void => {
    if (movable.length === 0) return;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setMenuOpen(true);
  };
  const closeMenu = (): void => {
    setMenuOpen(false);
    returnFocus.current?.focus();
  };
  const choose = (target: string | null): void => {
    setMenuOpen(false);
    focusAfter.current = movable[0] ?? null;
    void actions.move(movable, target);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target as Element)) return;
    if (event.key === 'm' || event.key === 'M') {
      event.preventDefault();
      openMenu();
    } else if (event.key === 'Escape' && !menuOpen && selected.size > 0) {
      event.preventDefault();
      clear();
    }
  };
  const findNext = (): void => {
    const first = cards.flatMap((g) => g.members).find((s) => match.studentIds.has(s.id)) ?? model.unplaced.find((s) => match.studentIds.has(s.id));
    if (first) focusChip(first.id);
    else {
      const card = cards.find((g) => match.groupIds.has(g.id));
      if (card) grid.current?.reveal(card.id);
    }
  };

  const zoneName = (zone: string): string => {
    const target = zoneTarget(zone);
    return target === null || zone === UNPLACED_ZONE ? 'Unplaced' : (model.groups.find((g) => g.id === target)?.name ?? 'a group');
  };
  const nameOf = (id: string): string => model.students.get(id)?.name ?? id;
  const searching = match.query !== '';
  const onTab = (t: AdvisoryTab): void => {
    setFocus(null);
    setTab(t);
  };
  const toScenarios = (action: ScenarioFocus['action']): void => {
    if (openId) setFocus({ id: openId, action });
    setTab('scenarios');
  };
  const openScenario = (id: string | null): void => {
    setOpenId(id);
    clear();
    if (id) setTab('board');
  };

  return (
    <div className="board-screen" onKeyDown={onKeyDown}>
      <ScreenHeader
        title="Advisories"
        subtitle={`${year}: ${plural(model.groups.length, 'group')}, ${formatCount(model.placed)} of ${plural(model.enrolled, 'enrolled student')} placed`}
        actions={
          <div className="header-actions">
            <PlanButtons yearId={yearId} blocked={scenario ? `These change the plan; go back to the plan first (the scenario “${scenario.name}” is open on the board).` : undefined} />
          </div>
        }
      />
      <AdvisoryTabs tab={tab} onTab={onTab} />
      {tab !== 'board' && <AdvisoryTabPanel tab={tab} school={school} view={view} yearId={yearId} openId={scenario ? openId : null} onOpen={openScenario} focus={focus} />}
      {tab === 'board' && (
        <div role="tabpanel" id="advisory-tab-panel" aria-labelledby="advisory-tab-board">
          {scenario && <ScenarioBanner scenario={scenario} yearId={yearId} onCompare={() => toScenarios('compare')} onMakePlan={() => toScenarios('plan')} onBack={() => openScenario(null)} />}
          <BoardToolbar search={search} onSearch={setSearch} onFindNext={findNext} found={foundWords(match, model)} sort={sort} onSort={setSort}>
            <button type="button" disabled={!!scenario} title={scenario ? 'New groups are made in the plan: go back to the plan first.' : `A new, empty group from ${year} on`} onClick={() => setEditing('')}>
              New group…
            </button>
          </BoardToolbar>
          <p className="board-legend muted">
            Size: students / target. Bars: the group’s share; <span className="legend-tick" aria-hidden="true" /> tick: the whole school’s share in {year}; amber: more than 15 points away.
          </p>
          <SelectionBar
            selected={chosen}
            movable={movable.length}
            menuOpen={menuOpen}
            onOpenMenu={openMenu}
            onLock={(locked) => actions.lockStudents([...selected], locked)}
            onClear={clear}
            menu={
              menuOpen && (
                <MoveMenu
                  groups={model.groups}
                  policy={model.policy}
                  movingIds={movable}
                  groupOf={model.groupOf}
                  students={model.students}
                  title={`Move ${movable.length === 1 ? nameOf(movable[0] ?? '') : plural(movable.length, 'student')} to…`}
                  onChoose={choose}
                  onClose={closeMenu}
                />
              )
            }
          />
          <BoardDnd carry={actions.carry} nameOf={nameOf} zoneName={zoneName} onHover={onHover} onDrop={onDrop}>
            <div className="board">
              <UnplacedColumn students={model.unplaced} yearLabel={year} selectedKey={selectedKeys.get(null) ?? ''} matchedKey={matchedKeys.get(null) ?? ''} onPress={press} />
              {cards.length === 0 ? (
                <p className="board-empty">No advisory group is open in {year}. Groups open in a year once they have advisors for it.</p>
              ) : (
                <CardGrid
                  ref={grid}
                  cards={cards}
                  renderCard={(view) => (
                    <GroupCard
                      key={view.id}
                      view={view}
                      policy={model.policy}
                      yearLabel={year}
                      selectedKey={selectedKeys.get(view.id) ?? ''}
                      matchedKey={matchedKeys.get(view.id) ?? ''}
                      searchState={!searching ? 'none' : match.groupIds.has(view.id) ? 'match' : 'dim'}
                      preview={hover.target === view.id ? preview : null}
                      onPress={press}
                      onLockGroup={actions.lockGroup}
                      onEditGroup={onEditGroup}
                    />
                  )}
                />
              )}
            </div>
          </BoardDnd>
          {editing !== null && (editing === '' || edited) && (
            <GroupDialog
              key={editing}
              school={view}
              group={edited}
              yearId={yearId}
              {...(scenario ? { scenario } : {})}
              onSaved={(groupId) => requestAnimationFrame(() => grid.current?.reveal(groupId))}
              onClose={() => setEditing(null)}
            />
          )}
        </div>
      )}
    </div>
  );
}
