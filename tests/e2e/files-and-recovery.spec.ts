/** File ▸ Save a copy… / Open… through the menu path, and recovery from a damaged data folder. */
import fs from 'node:fs';
import path from 'node:path';
import { generateDemoSchool } from '../../shared/demo/demo-school';
import { SchoolStore } from '../../electron/main/store/school-store';
import { expect, test } from './support/fixtures';

const demo = generateDemoSchool();

test('save a copy, change the school, open the copy back (with progress), undo the open', async ({ app, host, dataDir, page }) => {
  await app.renameSchool('Copy Source High');
  const copy = path.join(dataDir, 'copy-for-colleague.json');
  host.dialogAnswers.saveCopy = copy;
  await host.menu({ kind: 'save-copy' });
  await expect.poll(() => fs.existsSync(copy)).toBe(true);
  expect((fs.statSync(copy).mode & 0o777).toString(8)).toBe('600');

  await app.renameSchool('Changed Afterwards');
  await expect(app.schoolTitle).toHaveText('Changed Afterwards');
  host.dialogAnswers.open = copy;
  await host.menu({ kind: 'open' });
  await expect(app.schoolTitle).toHaveText('Copy Source High');
  expect(host.events.some((e) => e.type === 'task' && e.task.phase === 'done')).toBe(true);
  await app.undoButton.click();
  await expect(app.schoolTitle).toHaveText('Changed Afterwards');
  await expect(page.getByRole('status').first()).toBeVisible();
});

test('opening a file that is not a school says why and changes nothing', async ({ app, host, dataDir, page }) => {
  const bad = path.join(dataDir, 'roster.json');
  fs.writeFileSync(bad, '{"students": [1, 2, 3]}');
  host.dialogAnswers.open = bad;
  await host.menu({ kind: 'open' });
  await expect(page.getByText(/roster\.json: The file is not an Advisory Planner school/)).toBeVisible();
  await expect(app.schoolTitle).toHaveText(demo.info.name);
});

test.describe('a damaged snapshot', () => {
  test.use({
    prepare: {
      run: (dataDir: string) => {
      // A school with one change, then its snapshot overwritten with garbage.
      const dir = path.join(dataDir, 'school');
      const store = SchoolStore.open({ dir, appVersion: 'test', initial: () => demo });
      store.commit({ type: 'updateInfo', patch: { name: 'Before The Crash High' } }, 'Rename school');
      store.close();
      fs.writeFileSync(path.join(dir, 'school.json'), 'garbage that is not JSON');
      },
    },
  });

  test('is kept aside, the school comes back from the backup, and the user is told', async ({ app, page, dataDir }) => {
    await expect(app.schoolTitle).toHaveText('Before The Crash High');
    await expect(page.getByRole('alert').filter({ hasText: 'Recovered from a backup' })).toBeVisible();
    const kept = fs.readdirSync(path.join(dataDir, 'school')).filter((f) => f.startsWith('school.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, 'school', kept[0] as string), 'utf8')).toBe('garbage that is not JSON');
    await app.screenshot('notice-recovered');
  });
});
