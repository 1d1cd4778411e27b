/**
 * The planner and the rollover end to end on the demo school: plan the year (progress reported by
 * the worker), read the result and apply it, undo it in one step; roll the plan over to the next
 * year, read the diff (who gets a new advisor, who moves and why) and apply it.
 */
import { generateDemoSchool } from '../../shared/demo/demo-school';
import { schoolYearId, schoolYearLabel, schoolYearStart } from '../../shared/domain/dates';
import { expect, test } from './support/fixtures';
import { BoardPage } from './support/board-page';

const demo = generateDemoSchool();
const year = demo.info.currentYearId;
const next = schoolYearId(schoolYearStart(year) + 1);

test('plan the year on the demo school: progress, the result in words, apply, undo', async ({ app, host, page }) => {
  const board = new BoardPage(app);
  await board.open();
  await page.getByRole('button', { name: `Plan ${schoolYearLabel(year)}…` }).click();
  const dialog = page.getByRole('dialog', { name: `Plan ${schoolYearLabel(year)}` });
  await dialog.getByRole('radio', { name: /Plan the whole year again/ }).check();
  await dialog.getByRole('button', { name: `Plan ${schoolYearLabel(year)}`, exact: true }).click();
  await expect(dialog.getByRole('group', { name: 'Plan result' })).toBeVisible({ timeout: 30_000 });
  // The worker reported progress while it planned, and its end.
  const planning = host.events.flatMap((e) => (e.type === 'task' && e.task.title === `Planning ${schoolYearLabel(year)}` ? [e.task] : []));
  expect(planning.some((t) => t.phase === 'running')).toBe(true);
  expect(planning.at(-1)?.phase).toBe('done');
  await expect(dialog.getByRole('group', { name: 'Plan result' })).toContainText('Returning students who keep their advisor');
  await expect(dialog.locator('dt:text-is("Hard rules broken") + dd')).toHaveText('0');
  // A fresh plan's moves are told against last year (continuity); the count above is against the board now.
  const lastYear = schoolYearLabel(schoolYearId(schoolYearStart(year) - 1));
  await expect(dialog.getByRole('heading', { name: new RegExp(`^Students not in the group they had in ${lastYear}, and why \\(\\d+\\)$`) })).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Moves' }).getByRole('columnheader').nth(1)).toHaveText(`In ${lastYear}`);
  await app.screenshot('plan-result');
  // Each finding says why: a group far from the school's mix names what keeps it so.
  const mix = dialog.locator('details').filter({ hasText: 'Groups whose mix is far from the school’s' });
  await mix.locator('summary').click();
  await expect(mix.getByRole('listitem').first()).toContainText(/school-wide: .+\.$/);
  await mix.scrollIntoViewIfNeeded();
  await app.screenshot('plan-findings');
  // The demo's placements came from an import (round-robin, some students moved since last year),
  // so the plan finds changes worth applying; the planner is deterministic, so it always does.
  const apply = dialog.getByRole('button', { name: 'Apply the plan' });
  await expect(apply).toBeEnabled();
  await apply.click();
  await expect(dialog).toHaveCount(0);
  await expect(app.undoButton).toHaveAttribute('title', /Plan 2026–27|Undo Plan/);
  await app.undoButton.click();
  await expect(app.undoButton).toBeDisabled();
});

test('roll the plan over to the next year: read the diff, apply, see the new year on the board', async ({ app, page }) => {
  const board = new BoardPage(app);
  await board.open();
  await page.getByRole('button', { name: `Roll over to ${schoolYearLabel(next)}…` }).click();
  const dialog = page.getByRole('dialog', { name: `Roll over from ${schoolYearLabel(year)} to ${schoolYearLabel(next)}` });
  await expect(dialog.locator('.rollover-summary')).toContainText('new students placed', { timeout: 30_000 });
  const seniors = Object.values(demo.students).filter((s) => s.classOf === schoolYearStart(year) + 1 && !s.left).length;
  await expect(dialog).toContainText(`${seniors.toLocaleString('en-US')} seniors graduate`);
  await expect(dialog.getByRole('table', { name: 'Advisor changes' })).toBeVisible();
  await app.screenshot('rollover-diff');
  await dialog.getByRole('button', { name: `Apply the rollover to ${schoolYearLabel(next)}` }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByLabel('School year').selectOption({ label: schoolYearLabel(next) });
  await expect(board.unplaced).toContainText(`Every enrolled student has a group in ${schoolYearLabel(next)}.`);
  await app.screenshot('board-after-rollover');
  await app.undoButton.click();
  await expect(board.unplaced).not.toContainText('Every enrolled student has a group');
});

test('the multi-year plan: this year and every later one, each keeping the students of the year before', async ({ app, page }) => {
  const board = new BoardPage(app);
  await board.open();
  await page.getByRole('button', { name: `Plan ${schoolYearLabel(year)}…` }).click();
  const dialog = page.getByRole('dialog', { name: `Plan ${schoolYearLabel(year)}` });
  await dialog.getByRole('checkbox', { name: /Also plan/ }).check();
  await dialog.getByRole('button', { name: `Plan ${schoolYearLabel(year)}`, exact: true }).click();
  const later = dialog.getByRole('table', { name: 'Later years' });
  await expect(later).toBeVisible({ timeout: 60_000 });
  const laterYears = Object.keys(demo.years).filter((y) => y > year).sort();
  await expect(later.getByRole('row')).toHaveCount(laterYears.length + 1);
  for (const y of laterYears) await expect(later.getByRole('rowheader', { name: schoolYearLabel(y) })).toBeVisible();
  await app.screenshot('plan-multi-year');
});
