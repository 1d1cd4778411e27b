/**
 * A big school's board (1,500 students, ~120 groups): only the cards near the screen are in the
 * page, and dragging, Find and the keyboard Move menu still reach every group, near or far.
 */
import { plannerSchool } from '../../bench/planner-instances';
import type { AdvisoryGroup, Placement, School, Student } from '../../shared/domain/types';
import { planYear } from '../../shared/planner';
import { expect, test } from './support/fixtures';
import { BoardPage } from './support/board-page';

const YEAR = '2026-27';

/** The generated school with the planner's plan as this year's placements. */
function plannedSchool(): School {
  const school = plannerSchool({ students: 1500, groups: 120, grouping: 'grade-cohort', seed: 7 });
  const result = planYear(school, { yearId: YEAR, seed: 1, mode: 'fresh' });
  const current = school.placements[YEAR] ?? {};
  const placements: Record<string, Placement> = {};
  for (const [id, groupId] of Object.entries(result.placements)) placements[id] = current[id] ?? { studentId: id, groupId, locked: false, origin: 'plan' };
  return { ...school, placements: { ...school.placements, [YEAR]: placements } };
}

const school = plannedSchool();
const placements = school.placements[YEAR] ?? {};
const open = Object.values(school.groups)
  .filter((g) => g.advisors[YEAR])
  .sort((a, b) => a.name.localeCompare(b.name, 'en-US', { numeric: true }));
const membersOf = (g: AdvisoryGroup): Student[] =>
  Object.values(placements)
    .filter((p) => p.groupId === g.id && !p.locked)
    .map((p) => school.students[p.studentId] as Student);
const nameOf = (s: Student): string => `${s.preferredName?.trim() || s.firstName} ${s.lastName}`;
const [first, second, last] = [open[0], open[1], open[open.length - 1]] as [AdvisoryGroup, AdvisoryGroup, AdvisoryGroup];
const [dragged, keyed] = membersOf(first) as [Student, Student];
const far = membersOf(last)[0] as Student;

test.use({ seed: { school: () => school } });

test('a 1,500-student board: cards near the screen only; drag, Find and Move reach near and far groups', async ({ app }) => {
  const board = new BoardPage(app);
  await board.open();
  await expect(app.page.getByText(new RegExp(`^2026–27: ${open.length} groups, 1,500 of 1,500 enrolled students placed$`))).toBeVisible();
  const inPage = await app.page.getByRole('region', { name: /advisory, class of/ }).count();
  expect(inPage).toBeGreaterThan(1);
  expect(inPage).toBeLessThan(open.length / 4);
  await app.screenshot('board-large');

  // Drag between the first two cards (side by side at the top), see both sizes change, undo.
  const a = board.card(first.name);
  const b = board.card(second.name);
  const sizeA = await board.size(a);
  const sizeB = await board.size(b);
  await board.drag(board.chip(a, nameOf(dragged)), b);
  await board.expectSize(a, sizeA - 1);
  await board.expectSize(b, sizeB + 1);
  await app.undoButton.click();
  await board.expectSize(a, sizeA);
  await board.expectSize(b, sizeB);

  // Find a student of the last group: Enter scrolls their card into the page and focuses them.
  await expect(board.card(last.name)).toHaveCount(0);
  await board.search(far.id);
  await app.page.getByRole('searchbox', { name: 'Find' }).press('Enter');
  await expect(board.chip(board.card(last.name), nameOf(far))).toBeFocused();
  await app.screenshot('board-large-find');

  // With the keyboard only: find a student of the first group, select, M, choose the last group.
  await board.search(keyed.id);
  await app.page.getByRole('searchbox', { name: 'Find' }).press('Enter');
  await expect(board.chip(board.card(first.name), nameOf(keyed))).toBeFocused();
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.press('m');
  await app.page.keyboard.type(last.name);
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('Enter');
  await expect(board.chip(board.card(last.name), nameOf(keyed))).toBeFocused();
  await expect(app.undoButton).toHaveAttribute('title', `Undo Move ${nameOf(keyed)} to ${last.name}`);
});
