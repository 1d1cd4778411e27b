/**
 * The import wizard end to end, as a scheduler uses it: pick a file or folder, (map columns),
 * read the preview, import, see the people in the tables, undo in one step, re-import a changed
 * file and read the diff. Every sample bundle in ../shared/data and a generic CSV go through it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import type { AppPage } from './support/app-page';
import { ImportPage } from './support/import-page';
import { PeoplePage } from './support/people-page';
import { repoRoot } from './support/host';

const samples = path.resolve(repoRoot, '../shared/data');

async function startRealSchool(app: AppPage): Promise<void> {
  await app.demoBanner.getByRole('button', { name: 'Start a real school' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Start a real school' });
  await dialog.getByLabel('School name').fill('Lincoln High School');
  await dialog.getByRole('button', { name: 'Create school' }).click();
  await expect(app.schoolTitle).toHaveText('Lincoln High School');
}

async function viewYear(app: AppPage, label: string): Promise<void> {
  await app.page.getByLabel('School year').selectOption({ label });
}

test('OneRoster 1.1 bundle: preview, import, see the people, undo in one step', async ({ app, host }) => {
  await startRealSchool(app);
  const wizard = new ImportPage(app, host);
  await wizard.openFromMenu();
  await app.screenshot('import-choose');
  await wizard.choose('folder', path.join(samples, 'oneroster/v1p1-bulk'));
  await expect(wizard.detected).toContainText('Detected: OneRoster 1.1 CSV bundle.');
  await expect(wizard.detected).toContainText('users.csv (8 rows)');
  await expect(wizard.figure('Students', 'New')).toHaveText('5');
  await expect(wizard.figure('Staff', 'New')).toHaveText('3');
  await expect(wizard.figure('Advisory groups', 'New')).toHaveText('2');
  await expect(wizard.dialog.getByText('No problems found in the file.')).toBeVisible();
  await expect(wizard.changes.getByRole('row', { name: /Zoë O'Brien/ })).toBeVisible();
  await app.screenshot('import-preview-oneroster');
  await wizard.apply();

  const students = new PeoplePage(app, 'Students');
  await students.open();
  // users.csv lists them as 09 in 2024–25 (dated by their advisories): in 2026–27 they are in grade 11.
  await expect(students.countLine).toHaveText('5 of 5 students');
  await expect(students.row('Zoë')).toContainText("O'Brien");
  await expect(students.row('Nguyen, Jr.')).toContainText('Tran');
  await expect(students.row('00050004')).toContainText('Hernández');
  await expect(await students.cell(students.row('Zoë'), 'Grade')).toHaveText('11');
  await viewYear(app, '2024–25');
  await expect(await students.cell(students.row('Zoë'), 'Advisory')).toHaveText('Advisory - Rivera (Class of 2028)');
  await app.screenshot('import-students-after');

  await app.undoButton.click();
  await expect(students.rows).toHaveCount(0);
  await expect(app.page.getByLabel('School year').locator('option', { hasText: '2024–25' })).toHaveCount(0);
});

test('OneRoster 1.2 bundle and its delta: roles from roles.csv, the club is not an advisory', async ({ app, host }) => {
  await startRealSchool(app);
  const wizard = new ImportPage(app, host);
  await wizard.openFromMenu();
  await wizard.choose('folder', path.join(samples, 'oneroster/v1p2-bulk'));
  await expect(wizard.detected).toContainText('Detected: OneRoster 1.2 CSV bundle.');
  await expect(wizard.figure('Students', 'New')).toHaveText('5');
  await expect(wizard.figure('Staff', 'New')).toHaveText('3');
  await wizard.dialog.getByText(/^Advisory classes:/).click();
  await expect(wizard.dialog.getByRole('checkbox', { name: /Robotics Club/ })).toHaveCount(0);
  await expect(wizard.dialog.getByRole('checkbox', { name: /Algebra 1 - Period 3/ })).not.toBeChecked();
  await wizard.apply();

  await wizard.openFromMenu();
  await wizard.choose('folder', path.join(samples, 'oneroster/v1p2-delta'));
  await expect(wizard.detected).toContainText('OneRoster 1.2');
  await expect(wizard.dialog.getByText(/changes-only \(delta\) export/)).toBeVisible();
  await expect(wizard.problems).toContainText('enrollments.csv');
});

test('School Data Sync sets: 86 students from the SDS format; the v2.1 pre-school student is skipped with a warning', async ({ app, host }) => {
  await startRealSchool(app);
  const wizard = new ImportPage(app, host);
  await wizard.openFromMenu();
  await wizard.choose('folder', path.join(samples, 'sds/100-users'));
  await expect(wizard.detected).toContainText('Detected: Microsoft School Data Sync (SDS format).');
  await expect(wizard.figure('Students', 'New')).toHaveText('86');
  await expect(wizard.figure('Staff', 'New')).toHaveText('12');
  await expect(wizard.problems).toContainText('The set covers 2 schools');
  await expect(wizard.problems).toContainText('a graduation year that does not match their grade');
  await wizard.apply();
  const students = new PeoplePage(app, 'Students');
  await students.open();
  await viewYear(app, '2017–18');
  await expect(students.countLine).toHaveText('86 of 86 students');

  await wizard.openFromMenu();
  await wizard.choose('folder', path.join(samples, 'sds/sds-v2.1'));
  await expect(wizard.detected).toContainText('School Data Sync v2.1');
  await expect(wizard.problems.getByRole('row', { name: /grades the school does not plan advisories for \(ps1\)/ })).toBeVisible();
  await expect(wizard.importButton).toBeEnabled();
});

const header = 'Student_Number,Last_Name,First_Name,Grade_Level,Gender,LunchStatus';

test('a generic CSV: confirm the columns, import, then re-import a changed file and read the diff', async ({ app, host, dataDir }) => {
  await startRealSchool(app);
  const file = path.join(dataDir, 'powerschool-students.csv');
  fs.writeFileSync(file, [header, '00123,Rivera,Ana,9,F,F', '00124,"Nguyen, Jr.",Tran,10,M,P', '00125,"=HYPERLINK(""http://x"")",Sam,11,X,R'].join('\r\n'));
  const wizard = new ImportPage(app, host);
  await wizard.openFromMenu();
  await wizard.choose('file', file);
  await expect(wizard.detected).toContainText('Detected: CSV or text file.');
  await expect(wizard.dialog.getByLabel('Student ID')).toHaveValue('Student_Number');
  await expect(wizard.dialog.getByLabel('Lunch status')).toHaveValue('LunchStatus');
  await expect(wizard.figure('Students', 'New')).toHaveText('3');
  // 9, 10, 11 are read as 09, 10, 11, said once.
  await expect(wizard.problems).toContainText('read as 09');
  await app.screenshot('import-mapping');
  await wizard.apply();

  const students = new PeoplePage(app, 'Students');
  await students.open();
  await expect(students.countLine).toHaveText('3 of 3 students');
  await expect(students.row('00123')).toContainText('Ana Rivera');
  await expect(students.row('00125')).toContainText('=HYPERLINK("http://x")');

  // Next year's export: Ana's grade corrected, Tran gone, a new student.
  fs.writeFileSync(file, [header, '00123,Rivera,Ana,10,F,F', '00125,"=HYPERLINK(""http://x"")",Sam,11,X,R', '00126,Okafor,Chidi,9,M,P'].join('\r\n'));
  await wizard.openFromMenu();
  await wizard.choose('file', file);
  await expect(wizard.dialog.getByText('Using the mapping you confirmed for this kind of file last time.')).toBeVisible();
  await expect(wizard.figure('Students', 'New')).toHaveText('1');
  await expect(wizard.figure('Students', 'Changed')).toHaveText('1');
  await expect(wizard.figure('Students', 'Unchanged')).toHaveText('1');
  await expect(wizard.figure('Students', 'Not in the file (marked as left)')).toHaveText('1');
  await expect(wizard.changes.getByRole('row', { name: /Ana Rivera/ })).toContainText('Grade in 2026–27: 09 → 10');
  await expect(wizard.changes.getByRole('row', { name: /Tran Nguyen, Jr\./ })).toContainText('Marked as left');
  await app.screenshot('import-reimport-diff');
  // Unticking "this file lists everyone" keeps Tran.
  await wizard.dialog.getByRole('checkbox', { name: /This file lists everyone/ }).uncheck();
  await expect(wizard.figure('Students', 'Not in the file (marked as left)')).toHaveText('0');
  await wizard.dialog.getByRole('checkbox', { name: /This file lists everyone/ }).check();
  await expect(wizard.figure('Students', 'Not in the file (marked as left)')).toHaveText('1');
  await wizard.apply();
  await expect(students.countLine).toHaveText('3 of 3 students');
  await expect(students.row('00126')).toContainText('Chidi Okafor');
  await expect(students.row('00124')).toHaveCount(0);
  await app.undoButton.click();
  await expect(students.row('00124')).toContainText('Tran');
  await expect(students.row('00126')).toHaveCount(0);
});

test('bad input blocks the import with a message naming file, row and column, and changes nothing', async ({ app, host, dataDir }) => {
  const wizard = new ImportPage(app, host);
  const students = new PeoplePage(app, 'Students');
  await students.open();
  const before = await students.countLine.innerText();

  const duplicate = path.join(dataDir, 'duplicates.csv');
  fs.writeFileSync(duplicate, [header, '00123,Rivera,Ana,9,F,F', '00124,Nguyen,Tran,13,M,P', '00123,Rivera,Ana,9,F,F'].join('\n'));
  await wizard.openFromMenu();
  await wizard.choose('file', duplicate);
  await expect(wizard.problems.getByRole('row', { name: /ID 00123 appears in rows 2 and 4/ })).toContainText('duplicates.csv');
  await expect(wizard.problems.getByRole('row', { name: /Grade “13”/ })).toContainText('Grade_Level');
  await expect(wizard.dialog.getByText(/errors must be fixed in the file/)).toBeVisible();
  await expect(wizard.importButton).toBeDisabled();
  await app.screenshot('import-errors');

  const zip = path.join(dataDir, 'roster.csv');
  fs.writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]));
  await wizard.dialog.getByRole('button', { name: 'Choose another file' }).click();
  await wizard.choose('file', zip);
  await expect(wizard.problems).toContainText('zip archive');
  await expect(wizard.importButton).toBeDisabled();
  await wizard.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(students.countLine).toHaveText(before);
});

test.describe('a task that is stopped', () => {
  // The host withholds the reading's result (support/held-task-worker.cjs): Stop always lands
  // while the file is being read, however fast this machine reads 50 MB.
  test.use({ holdTaskResults: true });

  test('a large file shows progress and can be stopped; nothing changes', async ({ app, host, dataDir }) => {
    const big = path.join(dataDir, 'big.csv');
    const fd = fs.openSync(big, 'w');
    fs.writeSync(fd, `${header}\n`);
    const chunk = Array.from({ length: 20_000 }, (_, i) => `${String(i).padStart(8, '0')},Last${i},First${i},9,F,F`).join('\n') + '\n';
    for (let i = 0; i < 60; i++) fs.writeSync(fd, chunk); // ~50 MB (ids repeat: it would not import anyway)
    fs.closeSync(fd);
    const wizard = new ImportPage(app, host);
    await wizard.openFromMenu();
    host.dialogAnswers.importSource = big;
    await wizard.dialog.getByRole('button', { name: 'Choose a file…' }).click();
    await expect(wizard.dialog.getByRole('progressbar', { name: 'Reading the import' })).toBeVisible();
    await app.screenshot('import-progress');
    await wizard.dialog.getByRole('button', { name: 'Stop reading' }).click();
    await expect(wizard.dialog.getByRole('button', { name: 'Choose a file…' })).toBeVisible();
    const tasks = host.events.flatMap((e) => (e.type === 'task' ? [e.task] : []));
    expect(tasks.at(-1)?.phase).toBe('cancelled');
    await expect(app.undoButton).toBeDisabled();
  });
});

test('a Clever set: sections with subject Homeroom/advisory (any case) become advisories', async ({ app, host }) => {
  await startRealSchool(app);
  const wizard = new ImportPage(app, host);
  await wizard.openFromMenu();
  await wizard.choose('folder', path.join(repoRoot, 'tests/fixtures/clever/basic'));
  await expect(wizard.detected).toContainText('Detected: Clever CSV set.');
  await expect(wizard.figure('Advisory groups', 'New')).toHaveText('2');
  await expect(wizard.changes.getByRole('row', { name: /Rivera Advisory/ })).toBeVisible();
  await wizard.apply();
  const students = new PeoplePage(app, 'Students');
  await students.open();
  await expect(students.row('00123')).toContainText('Ava Lopez');
});
