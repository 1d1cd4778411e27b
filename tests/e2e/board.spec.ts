/** The Advisories board end to end: sizes, drag and drop with preview, undo, keyboard moves, locks, search, dark theme. */
import { generateDemoSchool } from '../../shared/demo/demo-school';
import { schoolYearLabel } from '../../shared/domain/dates';
import { isEnrolled } from '../../shared/domain/summary';
import type { AdvisoryGroup, Student } from '../../shared/domain/types';
import { expect, test } from './support/fixtures';
import { BoardPage } from './support/board-page';

const demo = generateDemoSchool();
const year = demo.info.currentYearId;
const placements = demo.placements[year] ?? {};
const nameOf = (s: Student): string => `${s.preferredName?.trim() || s.firstName} ${s.lastName}`;
const open = Object.values(demo.groups)
  .filter((g) => g.advisors[year])
  .sort((a, b) => a.name.localeCompare(b.name, 'en-US', { numeric: true }));
const sizeOf = (g: AdvisoryGroup): number => Object.values(placements).filter((p) => p.groupId === g.id).length;
const enrolled = Object.values(demo.students).filter((s) => isEnrolled(s, year));
const unplacedCount = enrolled.filter((s) => !placements[s.id] || !demo.groups[placements[s.id]?.groupId ?? '']?.advisors[year]).length;
// Chips are found by name, so use students whose name no one else has, in groups whose name is unique.
const nameCount = new Map<string, number>();
for (const s of Object.values(demo.students)) nameCount.set(nameOf(s), (nameCount.get(nameOf(s)) ?? 0) + 1);
const unique = (g: AdvisoryGroup | undefined): boolean => !!g && open.filter((o) => o.name === g.name).length === 1;
const studentsOf = (g: AdvisoryGroup): Student[] =>
  Object.values(placements)
    .filter((p) => p.groupId === g.id)
    .map((p) => demo.students[p.studentId] as Student)
    .filter((s) => nameCount.get(nameOf(s)) === 1);
// Neighbours in name order starting at an even index: side by side in the two-column grid at 1280 px, so both are on screen.
const pairAt = open.findIndex((g, i) => i % 2 === 0 && unique(g) && unique(open[i + 1]) && studentsOf(g).length >= 2);
const groupA = open[pairAt] as AdvisoryGroup;
const groupB = open[pairAt + 1] as AdvisoryGroup;
const [dragged, keyed] = studentsOf(groupA) as [Student, Student];
const sizeA = sizeOf(groupA);
const sizeB = sizeOf(groupB);

test('the board shows one card per open group with its size, and the Unplaced column', async ({ app }) => {
  const board = new BoardPage(app);
  await board.open();
  // The board counts every open group; its grid is virtual (only cards near the screen are in the
  // page), so the last card is reached with Find, as a user would.
  await expect(app.page.getByText(new RegExp(`: ${open.length} groups, `))).toBeVisible();
  const last = open[open.length - 1] as AdvisoryGroup;
  await expect(board.card(last.name)).toHaveCount(0);
  await board.goTo(last.name);
  await expect(board.card(last.name)).toBeVisible();
  await board.search('');
  await board.expectSize(board.card(groupA.name), sizeA);
  await board.expectSize(board.card(groupB.name), sizeB);
  await expect(board.unplaced.getByRole('heading')).toHaveText(`Unplaced ${unplacedCount}`);
  await expect(board.card(groupA.name).getByRole('list', { name: 'Mix compared with the school' }).getByRole('listitem')).toHaveCount(4);
  await board.search(nameOf(dragged));
  await expect(app.page.getByText(`${nameOf(dragged)} is in ${groupA.name}.`)).toBeVisible();
  await app.screenshot('board-search');
  await board.search('');
  await app.screenshot('board');
});

test('drag a student to another group with a live preview, then undo', async ({ app }) => {
  const board = new BoardPage(app);
  await board.open();
  const a = board.card(groupA.name);
  const b = board.card(groupB.name);
  await board.drag(board.chip(a, nameOf(dragged)), b, false);
  await expect(board.preview(b)).toHaveText(`would be ${sizeB + 1}`);
  // The carried chip fades where it was; the others do not.
  await expect(board.chip(a, nameOf(dragged))).toHaveCSS('opacity', '0.35');
  await expect(board.chip(a, nameOf(keyed))).toHaveCSS('opacity', '1');
  // The two neighbours are groups of different classes: the preview says what the drop would break.
  expect(groupB.classOf).not.toBe(groupA.classOf);
  await expect(b.getByText(`After the drop: Breaks the grade policy: ${dragged.preferredName?.trim() || dragged.firstName} ${dragged.lastName.charAt(0)}. (class of ${dragged.classOf}) in a group for the class of ${groupB.classOf}`)).toBeVisible();
  await app.screenshot('board-drag-preview');
  await app.page.mouse.up();
  await board.expectSize(a, sizeA - 1);
  await board.expectSize(b, sizeB + 1);
  await expect(board.chip(b, nameOf(dragged))).toBeVisible();
  await expect(board.chip(a, nameOf(dragged))).toHaveCount(0);
  await expect(board.preview(b)).toHaveCount(0);
  await expect(app.undoButton).toHaveAttribute('title', `Undo Move ${nameOf(dragged)} to ${groupB.name}`);
  await app.undoButton.click();
  await board.expectSize(a, sizeA);
  await board.expectSize(b, sizeB);
  await expect(board.chip(a, nameOf(dragged))).toBeVisible();
});

test('move a student with the keyboard only: focus, Enter, M, choose the group', async ({ app, page }) => {
  const board = new BoardPage(app);
  await board.open();
  const a = board.card(groupA.name);
  const b = board.card(groupB.name);
  const chip = board.chip(a, nameOf(keyed));
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(board.selectionBar).toContainText(`1 selected: ${nameOf(keyed)}`);
  await page.keyboard.press('m');
  await expect(board.moveMenu).toBeVisible();
  await expect(board.moveMenu.getByRole('searchbox')).toBeFocused();
  await app.screenshot('board-move-menu');
  await page.keyboard.type(groupB.name);
  await page.keyboard.press('ArrowDown');
  const option = board.moveMenu.getByRole('button', { name: new RegExp(`^${groupB.name}`) });
  await expect(option).toBeFocused();
  await expect(option).toContainText(`${sizeB} → ${sizeB + 1}`);
  await page.keyboard.press('Enter');
  await expect(board.moveMenu).toHaveCount(0);
  await board.expectSize(b, sizeB + 1);
  await board.expectSize(a, sizeA - 1);
  // The focus follows the student into the new card, so the next key press still means something.
  await expect(board.chip(b, nameOf(keyed))).toBeFocused();
  await expect(app.undoButton).toHaveAttribute('title', `Undo Move ${nameOf(keyed)} to ${groupB.name}`);
});

test('a move into another class’s group says it breaks the grade policy, in the Move menu and on the card', async ({ app, page }) => {
  // The demo school has grade-level groups: each class has its own.
  const other = open.find((g) => unique(g) && g.classOf !== groupA.classOf) as AdvisoryGroup;
  const board = new BoardPage(app);
  await board.open();
  const a = board.card(groupA.name);
  await board.chip(a, nameOf(dragged)).click();
  await page.keyboard.press('m');
  const options = board.moveMenu.getByRole('list', { name: 'Groups' }).getByRole('button');
  // Own class first; every group of another class says so.
  await expect(options.first()).not.toContainText('Breaks the grade policy');
  const option = options.filter({ hasText: other.name });
  await expect(option).toContainText(`Breaks the grade policy: for the class of ${other.classOf}`);
  await option.scrollIntoViewIfNeeded();
  await app.screenshot('board-move-menu-other-class');
  await option.click();
  const card = board.card(other.name);
  const warning = `Breaks the grade policy: ${dragged.preferredName?.trim() || dragged.firstName} ${dragged.lastName.charAt(0)}. (class of ${dragged.classOf}) in a group for the class of ${other.classOf}`;
  await expect(card.getByText(warning)).toBeVisible();
  await app.screenshot('board-grade-warning');
  await app.undoButton.click();
  await expect(board.chip(a, nameOf(dragged))).toBeVisible();
  await board.goTo(other.name);
  await expect(board.card(other.name).getByText(warning)).toHaveCount(0);
});

test('edit a group: a new room and lead advisor show on its card, and Undo takes them back', async ({ app, page }) => {
  const board = new BoardPage(app);
  await board.open();
  const a = board.card(groupA.name);
  await a.getByRole('button', { name: 'Edit group…' }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${groupA.name}` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name').fill('');
  await dialog.getByRole('button', { name: 'Save group' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the group a name.');
  await expect(dialog.getByText('A group that has students placed in some year cannot be deleted')).toBeVisible();
  await dialog.getByLabel('Name').fill(groupA.name);
  await dialog.getByLabel('Room').fill('B12');
  const lead = dialog.getByLabel('Lead advisor');
  const free = ((await lead.locator('option', { hasText: `no group in ${schoolYearLabel(year)}` }).first().textContent()) ?? '').trim();
  await lead.selectOption({ label: free });
  const newLead = free.split(' — ')[0] ?? '';
  await app.screenshot('board-edit-group');
  await dialog.getByRole('button', { name: 'Save group' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(a.getByText('Room B12')).toBeVisible();
  await expect(a.getByText(`Lead: ${newLead}`)).toBeVisible();
  await expect(app.undoButton).toHaveAttribute('title', `Undo Edit ${groupA.name}`);
  await app.undoButton.click();
  await expect(a.getByText(`Room ${groupA.room}`)).toBeVisible();
  await expect(a.getByText(`Lead: ${newLead}`)).toHaveCount(0);
});

test('add a group for a class: it is named after its lead and appears empty; delete it (no student was ever in it); Undo each', async ({ app, page }) => {
  const board = new BoardPage(app);
  await board.open();
  await page.getByRole('button', { name: 'New group…' }).click();
  const dialog = page.getByRole('dialog', { name: `New advisory group from ${schoolYearLabel(year)}` });
  const youngest = Math.max(...open.map((g) => g.classOf ?? 0));
  await expect(dialog.getByLabel('Class')).toHaveValue(String(youngest));
  const lead = dialog.getByLabel('Lead advisor');
  const free = ((await lead.locator('option', { hasText: `no group in ${schoolYearLabel(year)}` }).first().textContent()) ?? '').trim();
  await lead.selectOption({ label: free });
  const leadName = free.split(' — ')[0] ?? '';
  const name = `${leadName.split(' ').slice(-1)[0] ?? ''} advisory, class of ${youngest}`;
  await expect(dialog.getByLabel('Name')).toHaveValue(name);
  await dialog.getByLabel('Room').fill('B7');
  await app.screenshot('board-new-group');
  await dialog.getByRole('button', { name: 'Add group' }).click();
  await expect(dialog).toHaveCount(0);
  const card = board.card(name);
  await expect(card).toBeVisible();
  await expect(card.getByText(`Lead: ${leadName}`)).toBeVisible();
  await expect(card.getByText('No students placed yet')).toBeVisible();
  await expect(page.getByText(new RegExp(`: ${open.length + 1} groups, `))).toBeVisible();
  await expect(app.undoButton).toHaveAttribute('title', `Undo New group ${name}`);
  // A group made by mistake (no student was ever placed in it) can be deleted; Undo brings it back.
  await card.getByRole('button', { name: 'Edit group…' }).click();
  await page.getByRole('dialog', { name: `Edit ${name}` }).getByRole('button', { name: 'Delete this group' }).click();
  await expect(board.card(name)).toHaveCount(0);
  await expect(page.getByText(new RegExp(`: ${open.length} groups, `))).toBeVisible();
  await expect(app.undoButton).toHaveAttribute('title', `Undo Delete ${name}`);
  await app.undoButton.click();
  await expect(board.card(name)).toBeVisible();
  await app.undoButton.click();
  await expect(board.card(name)).toHaveCount(0);
});

test('lock a group: every student shows a lock, and a locked student cannot be moved', async ({ app, page }) => {
  const board = new BoardPage(app);
  await board.open();
  const a = board.card(groupA.name);
  const b = board.card(groupB.name);
  await a.getByRole('button', { name: 'Lock group' }).click();
  await expect(a.getByRole('button', { name: /, locked$/ })).toHaveCount(sizeA);
  await expect(a.locator('.lock-icon')).toHaveCount(sizeA + 1);
  await expect(a.getByText('all locked')).toBeVisible();
  await expect(app.undoButton).toHaveAttribute('title', `Undo Lock ${sizeA} students of ${groupA.name}`);
  await app.screenshot('board-locked-group');

  const chip = board.chip(a, nameOf(dragged));
  await expect(chip).toHaveAttribute('title', /is locked in this group/);
  await board.drag(chip, b, false);
  await expect(board.preview(b)).toHaveCount(0);
  await expect(page.getByText('Drop on a group')).toHaveCount(0);
  await page.mouse.up();
  await chip.click();
  await expect(board.selectionBar).toContainText('1 selected');
  await expect(board.selectionBar.getByRole('button', { name: 'Move to…' })).toBeDisabled();
  await expect(board.selectionBar).toContainText('Locked students can’t be moved');
  await board.expectSize(a, sizeA);
  await board.expectSize(b, sizeB);
  await expect(app.undoButton).toHaveAttribute('title', `Undo Lock ${sizeA} students of ${groupA.name}`);

  await board.selectionBar.getByRole('button', { name: 'Unlock' }).click();
  await expect(chip).toHaveAccessibleName(new RegExp(`^${nameOf(dragged)}(?!.*locked)`));
  await expect(app.undoButton).toHaveAttribute('title', `Undo Unlock ${nameOf(dragged)}`);
});

test('the board in the dark theme', async ({ app, page }) => {
  await page.getByLabel('Theme').selectOption({ label: 'Dark' });
  const board = new BoardPage(app);
  await board.open();
  await board.expectSize(board.card(groupA.name), sizeA);
  await board.chip(board.card(groupA.name), nameOf(dragged)).click();
  await app.screenshot('board-dark');
});
