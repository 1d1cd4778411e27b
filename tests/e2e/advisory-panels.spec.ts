/**
 * The Advisories screen's other views on the demo school: each group's path across the years, the
 * metrics panel, scenarios (save, compare, make it the plan, undo), the policy settings, and a
 * student's advisory history in their detail panel. Expected figures come from the demo school.
 */
import type { Page } from '@playwright/test';
import { generateDemoSchool } from '../../shared/demo/demo-school';
import { schoolYearLabel } from '../../shared/domain/dates';
import { advisoryMetrics } from '../../shared/metrics/advisory-metrics';
import type { AdvisoryGroup, Student } from '../../shared/domain/types';
import { expect, test } from './support/fixtures';
import { AdvisoryPanelsPage } from './support/advisory-panels-page';
import { BoardPage } from './support/board-page';
import { PeoplePage } from './support/people-page';

const demo = generateDemoSchool();
const year = demo.info.currentYearId;
const label = schoolYearLabel(year);

/** Two groups with unique names and an unlocked student of the first: the move the scenario tests make. */
function oneMove(): { from: AdvisoryGroup; to: AdvisoryGroup; moved: Student; name: string } {
  const placements = demo.placements[year] ?? {};
  const open = Object.values(demo.groups).filter((g) => g.advisors[year]);
  const [from, to] = open.filter((g) => open.filter((o) => o.name === g.name).length === 1) as [AdvisoryGroup, AdvisoryGroup];
  const moved = demo.students[Object.values(placements).find((p) => p.groupId === from.id && !p.locked)!.studentId] as Student;
  return { from, to, moved, name: `${moved.preferredName?.trim() || moved.firstName} ${moved.lastName}` };
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tablist', { name: 'Advisory views' }).getByRole('tab', { name }).click();
}

test('across the years, metrics, and a student’s advisory history', async ({ app, page }) => {
  const board = new BoardPage(app);
  const panels = new AdvisoryPanelsPage(page);
  await board.open();
  await tab(page, 'Across the years');
  await expect(panels.multiYearTable).toBeVisible();
  const group = Object.values(demo.groups).find((g) => g.advisors[year] && g.classOf === 2028)!;
  await expect(panels.multiYearRow(group.name).first()).toBeVisible();
  await app.screenshot('advisories-across-years');

  await tab(page, 'Metrics');
  const metrics = advisoryMetrics(demo, year);
  await expect(panels.continuityCard(label)).toBeVisible();
  await expect(panels.unconnected(label)).toContainText(metrics.unconnected.count.toLocaleString('en-US'));
  await app.screenshot('advisories-metrics');

  const students = new PeoplePage(app, 'Students');
  await students.open();
  const placed = Object.values(demo.placements[year] ?? {})[0]!;
  const student = demo.students[placed.studentId] as Student;
  await students.search(student.id);
  await students.rows.first().click();
  await expect(panels.historyRow(label)).toContainText(demo.groups[placed.groupId]!.name);
});

test('scenarios: save the plan, move a student on the board, compare, make the scenario the plan, undo', async ({ app, page }) => {
  const board = new BoardPage(app);
  const panels = new AdvisoryPanelsPage(page);
  const { from, to, moved, name } = oneMove();
  await board.open();
  await tab(page, 'Scenarios');
  await panels.saveScenario('Before the spring moves');

  // Move one student by hand on the plan's board.
  await tab(page, 'Board');
  await board.moveWithKeyboard(moved.id, name, from.name, to.name);

  await tab(page, 'Scenarios');
  const comparison = await panels.compareScenario('Before the spring moves');
  // One move rarely changes a rounded school-wide figure; the table still lays both side by side.
  await expect(comparison.getByRole('row', { name: /Returning students who keep group and advisor/ })).toBeVisible();
  await expect(comparison.getByRole('row', { name: /Students placed/ })).toContainText('1,200');
  await app.screenshot('advisories-scenarios');
  await panels.makeScenarioThePlan('Before the spring moves');
  await tab(page, 'Board');
  await board.goTo(moved.id);
  await expect(board.chip(board.card(from.name), name)).toBeVisible();
  // Undo brings the student who moves back into view (the grid is virtual; their card may be far).
  await app.undoButton.click();
  await expect(board.chip(board.card(to.name), name)).toBeVisible();
});

test('scenarios: open one on the board, move a student in it, the plan stays; make it the plan, undo', async ({ app, page }) => {
  const board = new BoardPage(app);
  const panels = new AdvisoryPanelsPage(page);
  const { from, to, moved, name } = oneMove();
  await board.open();
  await tab(page, 'Scenarios');
  await panels.saveScenario('Try a move');
  await panels.openScenarioOnBoard('Try a move');
  await expect(panels.scenarioBanner).toContainText('You are editing the scenario “Try a move”, not the plan.');
  await expect(page.getByRole('button', { name: `Plan ${label}…` })).toBeDisabled();
  await app.screenshot('advisories-scenario-on-board');

  // Move one student in the scenario.
  await board.moveWithKeyboard(moved.id, name, from.name, to.name);
  await expect(panels.scenarioBanner).toBeVisible();

  // The views about placements show the scenario while it is open, and say so.
  const sizeTo = Object.values(demo.placements[year] ?? {}).filter((p) => p.groupId === to.id).length;
  await tab(page, 'Across the years');
  await expect(panels.scenarioNote).toContainText('Showing the scenario “Try a move”, not the plan.');
  const cell = await panels.multiYearCell(to.name, label);
  await expect(cell).toContainText(new RegExp(` · ${sizeTo + 1}( ·|$)`));
  await app.screenshot('advisories-scenario-across-years');
  await panels.scenarioNote.getByRole('button', { name: 'Back to the plan' }).click();
  await expect(panels.scenarioNote).toHaveCount(0);
  await expect(cell).toContainText(new RegExp(` · ${sizeTo}( ·|$)`));
  await tab(page, 'Scenarios');
  await panels.openScenarioOnBoard('Try a move');

  // The plan is untouched.
  await panels.backToThePlan();
  await expect(page.getByRole('button', { name: `Plan ${label}…` })).toBeEnabled();
  await board.goTo(moved.id);
  await expect(board.chip(board.card(from.name), name)).toBeVisible();

  await tab(page, 'Scenarios');
  await panels.makeScenarioThePlan('Try a move');
  await tab(page, 'Board');
  await board.goTo(moved.id);
  await expect(board.chip(board.card(to.name), name)).toBeVisible();
  await app.undoButton.click();
  await expect(board.chip(board.card(from.name), name)).toBeVisible();
});

test('scenarios: a new lead advisor tried in a scenario shows on its board, and the plan keeps its own', async ({ app, page }) => {
  const board = new BoardPage(app);
  const panels = new AdvisoryPanelsPage(page);
  const { from } = oneMove();
  const planLead = demo.staff[from.advisors[year]?.lead ?? ''];
  await board.open();
  await tab(page, 'Scenarios');
  await panels.saveScenario('Another adult');
  await panels.openScenarioOnBoard('Another adult');
  await board.goTo(from.name);
  await board.card(from.name).getByRole('button', { name: 'Edit group…' }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${from.name}` });
  await expect(dialog.getByText('In the scenario “Another adult” only the advisors change')).toBeVisible();
  await expect(dialog.getByLabel('Name')).toBeDisabled();
  const lead = dialog.getByLabel('Lead advisor');
  const free = ((await lead.locator('option', { hasText: `no group in ${label}` }).first().textContent()) ?? '').trim();
  await lead.selectOption({ label: free });
  await dialog.getByRole('button', { name: 'Save group' }).click();
  await expect(dialog).toHaveCount(0);
  const newLead = free.split(' — ')[0] ?? '';
  await expect(board.card(from.name).getByText(`Lead: ${newLead}`)).toBeVisible();
  await expect(app.undoButton).toHaveAttribute('title', `Undo Edit ${from.name} (scenario “Another adult”)`);
  await panels.backToThePlan();
  await board.goTo(from.name);
  await expect(board.card(from.name).getByText(`Lead: ${planLead?.firstName} ${planLead?.lastName}`)).toBeVisible();
});

test('policy: change the hard maximum, save, undo', async ({ app, page }) => {
  const board = new BoardPage(app);
  const panels = new AdvisoryPanelsPage(page);
  await board.open();
  await tab(page, 'Policy');
  await expect(panels.policyField('Hard maximum')).toHaveValue(String(demo.info.policy.hardMax));
  await panels.policyField('Hard maximum').fill('22');
  await panels.savePolicy();
  await expect(panels.policyField('Hard maximum')).toHaveValue('22');
  await app.screenshot('advisories-policy');
  await app.undoButton.click();
  await expect(panels.policyField('Hard maximum')).toHaveValue(String(demo.info.policy.hardMax));
});
