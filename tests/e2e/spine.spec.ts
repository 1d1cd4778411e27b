/** The spine end to end: demo school on first start, durable edits, undo/redo, save errors. */
import fs from 'node:fs';
import path from 'node:path';
import { generateDemoSchool } from '../../shared/demo/demo-school';
import { summarize } from '../../shared/domain/summary';
import { expect, test } from './support/fixtures';

const demo = generateDemoSchool();
const demoSummary = summarize(demo, demo.info.currentYearId);

test('first start shows the labelled demo school with its figures', async ({ app, page }) => {
  await expect(app.schoolTitle).toHaveText(demo.info.name);
  await expect(app.demoBanner).toContainText('Demo school — generated sample data, not real students');
  await expect(page.getByRole('main')).toContainText(demoSummary.students.toLocaleString('en-US'));
  await expect(app.status).toHaveText('All changes saved');
  await expect(app.undoButton).toBeDisabled();
  await app.screenshot('dashboard-demo');
});

test('an edit survives a restart of the host', async ({ app, restart, dataDir }) => {
  await app.renameSchool('Lincoln High School');
  await expect(app.schoolTitle).toHaveText('Lincoln High School');
  await expect(app.status).toHaveText('All changes saved');
  const again = await restart();
  await expect(again.schoolTitle).toHaveText('Lincoln High School');
  // Everything the app wrote is private to the user.
  for (const file of ['school/school.json', 'school/journal.jsonl']) {
    expect((fs.statSync(path.join(dataDir, file)).mode & 0o777).toString(8)).toBe('600');
  }
});

test('undo and redo, with the buttons and the keyboard', async ({ app, page }) => {
  await app.renameSchool('Lincoln High School');
  await expect(app.undoButton).toHaveAttribute('title', /Rename school/);
  await app.undoButton.click();
  await expect(app.schoolTitle).toHaveText(demo.info.name);
  await app.redoButton.click();
  await expect(app.schoolTitle).toHaveText('Lincoln High School');
  await page.getByRole('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(app.schoolTitle).toHaveText(demo.info.name);
  await page.keyboard.press('Control+Shift+z');
  await expect(app.schoolTitle).toHaveText('Lincoln High School');
  await expect(app.status).toHaveText('All changes saved');
});

test('when the disk refuses the write, the app says so and shows nothing as saved', async ({ app, host, restart }) => {
  host.faults.diskFull = true;
  await app.renameSchool('Never Saved High');
  await expect(app.status).toContainText('Not saved');
  await expect(app.status).toContainText('The disk is full');
  await app.page.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.schoolTitle).toHaveText(demo.info.name);
  await app.screenshot('status-disk-full');
  host.faults.diskFull = false;
  await app.renameSchool('Saved High');
  await expect(app.status).toHaveText('All changes saved');
  const again = await restart();
  await expect(again.schoolTitle).toHaveText('Saved High');
});

test('start a real school, then undo back to the demo', async ({ app, page }) => {
  await app.demoBanner.getByRole('button', { name: 'Start a real school' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a real school' });
  await expect(dialog).toBeVisible();
  await app.screenshot('start-real-school-dialog');
  await dialog.getByLabel('School name').fill('Roosevelt High School');
  await dialog.getByRole('button', { name: 'Create school' }).click();
  await expect(app.schoolTitle).toHaveText('Roosevelt High School');
  await expect(app.demoBanner).toHaveCount(0);
  await expect(app.status).toHaveText('All changes saved');
  await app.undoButton.click();
  await expect(app.schoolTitle).toHaveText(demo.info.name);
  await expect(app.demoBanner).toBeVisible();
});
