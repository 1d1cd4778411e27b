/**
 * Stopping the planner: on a 4,000-student school the four-year plan runs in the real worker while
 * the progress bar moves; Stop ends the worker, the dialog says so, and nothing changed. The host
 * withholds the plan's result (support/held-task-worker.cjs), so Stop always lands while the task
 * runs: a plan of ~1 s could otherwise finish first on a loaded runner.
 */
import { PLAN_YEARS, plannerSchool } from '../../bench/planner-instances';
import { schoolYearLabel } from '../../shared/domain/dates';
import type { AppEvent, TaskProgress } from '../../shared/ipc/types';
import { expect, test } from './support/fixtures';
import { BoardPage } from './support/board-page';

const YEAR = PLAN_YEARS[0];
const school = plannerSchool({ students: 4000, groups: 250, grouping: 'grade-cohort', seed: 7 });

test.use({ seed: { school: () => school }, holdTaskResults: true });

const planningTasks = (events: readonly AppEvent[]): TaskProgress[] =>
  events.flatMap((e) => (e.type === 'task' && e.task.title.startsWith('Planning') ? [e.task] : []));

test('the four-year plan of a 4,000-student school shows progress and can be stopped; nothing changes', async ({ app, host, page }) => {
  const board = new BoardPage(app);
  await board.open();
  await page.getByRole('button', { name: `Plan ${schoolYearLabel(YEAR)}…` }).click();
  const dialog = page.getByRole('dialog', { name: `Plan ${schoolYearLabel(YEAR)}` });
  await dialog.getByRole('radio', { name: /Plan the whole year again/ }).check();
  await dialog.getByRole('checkbox', { name: /Also plan/ }).check();
  await dialog.getByRole('button', { name: `Plan ${schoolYearLabel(YEAR)}`, exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Planning' })).toBeVisible();
  // The worker plans all four years: the bar passes halfway before Stop is pressed.
  await expect.poll(() => planningTasks(host.events).some((t) => t.phase === 'running' && t.done / t.total > 0.5)).toBe(true);
  await app.screenshot('plan-running');
  await dialog.getByRole('button', { name: 'Stop planning' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Planning stopped. Nothing in the school changed.');
  await app.screenshot('plan-stopped');
  await expect(dialog.getByRole('button', { name: `Plan ${schoolYearLabel(YEAR)}`, exact: true })).toBeVisible();
  expect(planningTasks(host.events).at(-1)?.phase).toBe('cancelled');
  await expect(app.undoButton).toBeDisabled();
});
