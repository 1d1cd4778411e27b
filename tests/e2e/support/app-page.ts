/** Page object: what a user sees and does in the app frame, by role and label. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  constructor(readonly page: Page) {}

  /** Loads the app and waits until it says it is ready (no sleeps). */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.waitForSelector('html[data-app-state="ready"]', { state: 'attached' });
  }

  get status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /saved|Saving|Not saved|Read-only/ });
  }

  get schoolTitle(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get demoBanner(): Locator {
    return this.page.getByRole('region', { name: 'Demo school' });
  }

  get undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Undo', exact: true });
  }

  get redoButton(): Locator {
    return this.page.getByRole('button', { name: 'Redo', exact: true });
  }

  section(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name });
  }

  async goTo(name: string): Promise<void> {
    await this.section(name).click();
    await expect(this.section(name)).toHaveAttribute('aria-current', /page|true/);
  }

  /** Renames the school from the Dashboard and waits for the save to be confirmed or refused. */
  async renameSchool(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Rename school' }).click();
    await this.page.getByLabel('School name').fill(name);
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.status).not.toHaveText('Saving…');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: false });
  }
}
