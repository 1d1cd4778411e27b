/** Page object: the Students and Staff tables, their filters, bulk bar and detail panel, by role and label. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';

export class PeoplePage {
  constructor(
    readonly app: AppPage,
    /** "Students" or "Staff": the grid's name and the section's. */
    readonly kind: 'Students' | 'Staff',
  ) {}

  get page(): Page {
    return this.app.page;
  }

  /** Opens the section and waits for its grid. */
  async open(): Promise<void> {
    await this.app.goTo(this.kind);
    await expect(this.grid).toBeVisible();
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: this.kind, exact: true });
  }

  /** The data rows (the header row is in the first rowgroup). */
  get rows(): Locator {
    return this.grid.getByRole('rowgroup').nth(1).getByRole('row');
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** "312 of 1,200 students". */
  get countLine(): Locator {
    const noun = this.kind === 'Students' ? 'students' : 'staff';
    return this.page.getByText(new RegExp(`^[\\d,]+ of [\\d,]+ ${noun}$`));
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: this.kind === 'Students' ? 'Search students' : 'Search staff' }).fill(text);
  }

  /** Chooses an option (by its visible text) in one of the filter selects. */
  async filter(label: string | RegExp, option: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Filters' }).getByLabel(label).selectOption({ label: option });
  }

  header(name: string): Locator {
    return this.grid.getByRole('columnheader', { name, exact: true });
  }

  async sortBy(name: string): Promise<void> {
    await this.header(name).getByRole('button').click();
  }

  /** The cell of `row` under the column called `column` (found by the header's position). */
  async cell(row: Locator, column: string): Promise<Locator> {
    const headers = await this.grid.getByRole('columnheader').allInnerTexts();
    const index = headers.findIndex((h) => h.trim().startsWith(column));
    if (index < 0) throw new Error(`No column ${column} in ${headers.join(' | ')}`);
    return row.getByRole('gridcell').nth(index);
  }

  async toggleColumn(label: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Columns/ }).click();
    await this.page.getByRole('group', { name: 'Show columns' }).getByLabel(label).click();
    await this.page.keyboard.press('Escape');
  }

  /** Ticks a row's checkbox; with `shift`, extends the selection from the last ticked row. */
  async tick(row: Locator, shift = false): Promise<void> {
    await row.getByRole('checkbox').click({ modifiers: shift ? ['Shift'] : [] });
  }

  get bulkBar(): Locator {
    return this.page.getByRole('region', { name: this.kind === 'Students' ? 'Selected students' : 'Selected staff' });
  }

  /** The open detail panel (a complementary landmark named after the person, or "Add …"). */
  get detail(): Locator {
    return this.page.getByRole('complementary');
  }

  /** Waits until main has confirmed every change sent so far. */
  async saved(): Promise<void> {
    await expect(this.app.status).toHaveText('All changes saved');
  }
}
