/** Students and Staff tables end to end: sort, filter, search, columns, edit, bulk change, add, undo. */
import { generateDemoSchool } from '../../shared/demo/demo-school';
import { gradeInYear } from '../../shared/domain/dates';
import { isEnrolled } from '../../shared/domain/summary';
import type { Student } from '../../shared/domain/types';
import { expect, test } from './support/fixtures';
import { PeoplePage } from './support/people-page';

const demo = generateDemoSchool();
const year = demo.info.currentYearId;
const enrolled = Object.values(demo.students).filter((s) => isEnrolled(s, year));
const count = (n: number): string => n.toLocaleString('en-US');
const nameOf = (s: Student): string => `${s.preferredName?.trim() || s.firstName} ${s.lastName}`;
// A student with no preferred name and no EL flag: both edits below are then visible changes.
const plain = enrolled.find((s) => !s.preferredName && !s.flags.englishLearner && s.tags.length === 0) as Student;

test('students: sort, filter by grade, search, hide a column', async ({ app }) => {
  const students = new PeoplePage(app, 'Students');
  await students.open();
  await expect(students.countLine).toHaveText(`${count(enrolled.length)} of ${count(enrolled.length)} students`);
  await expect(students.header('Name')).toHaveAttribute('aria-sort', 'ascending');

  await students.sortBy('Grade');
  await expect(students.header('Grade')).toHaveAttribute('aria-sort', 'ascending');
  await expect(await students.cell(students.rows.first(), 'Grade')).toHaveText('09');
  await students.sortBy('Grade');
  await expect(students.header('Grade')).toHaveAttribute('aria-sort', 'descending');
  await expect(await students.cell(students.rows.first(), 'Grade')).toHaveText('12');

  const ninth = enrolled.filter((s) => gradeInYear(s.classOf, year) === '09').length;
  await students.filter('Grade', '09');
  await expect(students.countLine).toHaveText(`${count(ninth)} of ${count(enrolled.length)} students`);
  await expect(await students.cell(students.rows.first(), 'Grade')).toHaveText('09');
  await app.screenshot('students-table-filtered');

  await students.filter('Grade', 'Any grade');
  await students.search(plain.id);
  await expect(students.countLine).toHaveText(`1 of ${count(enrolled.length)} students`);
  await expect(students.rows).toHaveCount(1);
  await expect(students.rows.first()).toContainText(nameOf(plain));

  await expect(students.header('Advisory')).toBeVisible();
  await students.toggleColumn('Advisory');
  await expect(students.header('Advisory')).toHaveCount(0);
  await expect(students.header('Grade')).toBeVisible();
});

test('students: tick English learner in the detail panel, save, then undo', async ({ app }) => {
  const students = new PeoplePage(app, 'Students');
  await students.open();
  await students.search(plain.id);
  const row = students.row(plain.id);
  await expect(await students.cell(row, 'Flags')).not.toContainText('EL');
  await row.click();
  const panel = students.detail;
  await expect(panel.getByRole('heading', { name: nameOf(plain) })).toBeVisible();
  await panel.getByLabel('English learner').check();
  await app.screenshot('student-detail');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(await students.cell(row, 'Flags')).toContainText('EL');
  await expect(app.undoButton).toHaveAttribute('title', new RegExp(`Edit ${nameOf(plain)}`));
  await students.saved();
  await app.undoButton.click();
  await expect(await students.cell(row, 'Flags')).not.toContainText('EL');
  await expect(panel.getByLabel('English learner')).not.toBeChecked();
});

test('students: edit a preferred name in place', async ({ app, page }) => {
  const students = new PeoplePage(app, 'Students');
  await students.open();
  await students.search(plain.id);
  const row = students.row(plain.id);
  await (await students.cell(row, 'Preferred name')).dblclick();
  const editor = page.getByRole('textbox', { name: `Preferred name of ${plain.firstName} ${plain.lastName}` });
  await editor.fill('Sunny');
  await editor.press('Enter');
  await expect(await students.cell(row, 'Preferred name')).toHaveText('Sunny');
  await expect(await students.cell(row, 'Name')).toHaveText(`Sunny ${plain.lastName} (${plain.firstName})`);
  // Escape leaves the value as it was.
  await (await students.cell(row, 'Preferred name')).dblclick();
  await editor.fill('Not this');
  await editor.press('Escape');
  await expect(await students.cell(row, 'Preferred name')).toHaveText('Sunny');
  await students.saved();
});

test('students: a duplicate id is refused inline, a new one is added and found', async ({ app, page }) => {
  const students = new PeoplePage(app, 'Students');
  await students.open();
  await page.getByRole('button', { name: 'Add student' }).click();
  const panel = page.getByRole('complementary', { name: 'Add student' });
  const taken = enrolled[0] as Student;
  await panel.getByLabel('Student ID').fill(taken.id);
  await expect(panel.getByText(`ID ${taken.id} is already used by ${nameOf(taken)}.`)).toBeVisible();
  await expect(panel.getByLabel('Student ID')).toHaveAttribute('aria-invalid', 'true');
  await panel.getByLabel('Student ID').fill('0099001');
  await expect(panel.getByText(/is already used by/)).toHaveCount(0);
  await panel.getByLabel('Legal first name').fill('Zora');
  await panel.getByLabel('Legal last name').fill('Newcomb');
  await panel.getByLabel(/^Grade in/).selectOption('09');
  await panel.getByRole('button', { name: 'Save new student' }).click();
  await expect(page.getByRole('complementary', { name: 'Student Zora Newcomb' })).toBeVisible();
  await students.search('0099001');
  await expect(students.rows).toHaveCount(1);
  // Leading zeros are kept: the id is a string from end to end.
  await expect(await students.cell(students.rows.first(), 'ID')).toHaveText('0099001');
  await expect(await students.cell(students.rows.first(), 'Grade')).toHaveText('09');
  await students.saved();
});

test('students: the bulk bar, in light and dark', async ({ app, page }) => {
  const students = new PeoplePage(app, 'Students');
  await students.open();
  await students.tick(students.rows.nth(0));
  await students.tick(students.rows.nth(4), true);
  await expect(students.bulkBar).toContainText('5 selected');
  await students.bulkBar.getByRole('button', { name: 'Mark as left…' }).click();
  await app.screenshot('students-bulk-bar');
  await page.getByLabel('Theme').selectOption('dark');
  await students.rows.nth(1).click();
  await expect(students.detail).toBeVisible();
  await app.screenshot('students-dark');
});

test('staff: mark 3 staff leaving in one step, one Undo restores all 3', async ({ app }) => {
  const staff = new PeoplePage(app, 'Staff');
  await staff.open();
  await expect(staff.countLine).toHaveText(`${Object.keys(demo.staff).length} of ${Object.keys(demo.staff).length} staff`);
  const names = await Promise.all([0, 1, 2].map(async (i) => (await staff.cell(staff.rows.nth(i), 'Name')).innerText()));
  await staff.tick(staff.rows.nth(0));
  await staff.tick(staff.rows.nth(2), true);
  await expect(staff.bulkBar).toContainText('3 selected');
  await staff.bulkBar.getByRole('button', { name: /^Set availability for/ }).click();
  await staff.bulkBar.getByLabel('Availability', { exact: true }).selectOption({ label: 'Leaving after 2026–27' });
  await app.screenshot('staff-bulk-bar');
  await staff.bulkBar.getByRole('button', { name: 'Apply to 3 staff' }).click();
  for (const name of names) await expect(await staff.cell(staff.row(name), 'Availability')).toHaveText('Leaving after this year');
  await expect(app.undoButton).toHaveAttribute('title', /Mark 3 staff as leaving after 2026–27/);
  await staff.saved();
  await app.undoButton.click();
  for (const name of names) await expect(await staff.cell(staff.row(name), 'Availability')).toHaveText('Available');
  await app.screenshot('staff-table');
});

test('staff: the detail form says what is wrong with a field', async ({ app }) => {
  const staff = new PeoplePage(app, 'Staff');
  await staff.open();
  await staff.filter(/^Role/, 'Counselor');
  await staff.rows.first().click();
  const panel = staff.detail;
  await panel.getByLabel('Maximum advisees').fill('140');
  await expect(panel.getByText('Maximum advisees must be a whole number from 0 to 100.')).toBeVisible();
  await app.screenshot('staff-detail');
  await panel.getByLabel('Maximum advisees').fill('12');
  await expect(panel.getByText(/Maximum advisees must be/)).toHaveCount(0);
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(await staff.cell(staff.rows.first(), 'Max advisees')).toHaveText('12');
  await staff.saved();
});
