/** Page object: the import wizard, as a user drives it (the native picker is answered by the host). */
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';
import type { TestHost } from './host';

export class ImportPage {
  constructor(
    readonly app: AppPage,
    readonly host: TestHost,
  ) {}

  get page(): Page {
    return this.app.page;
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Opens the wizard with File ▸ Import… (the native menu), as a user would. */
  async openFromMenu(): Promise<void> {
    await this.host.menu({ kind: 'import' });
    await expect(this.dialog.getByRole('heading', { name: 'Import people and advisories' })).toBeVisible();
  }

  /** Picks `source` (a file or folder) in the native picker and waits for the preview. */
  async choose(kind: 'file' | 'folder', source: string): Promise<void> {
    this.host.dialogAnswers.importSource = source;
    await this.dialog.getByRole('button', { name: kind === 'file' ? 'Choose a file…' : 'Choose a folder…' }).click();
    await expect(this.dialog.getByText(/^Detected:/)).toBeVisible();
  }

  get detected(): Locator {
    return this.dialog.locator('.import-detected');
  }

  /** The figure beside `label` (New, Changed…) in the card called `card` (Students, Staff…). */
  figure(card: string, label: string): Locator {
    return this.dialog.getByRole('group', { name: card, exact: true }).locator(`dt:text-is("${label}") + dd`);
  }

  get problems(): Locator {
    return this.dialog.getByRole('table', { name: 'Problems' });
  }

  get changes(): Locator {
    return this.dialog.getByRole('table', { name: 'Changes' });
  }

  get importButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Import', exact: true });
  }

  /** Presses Import and waits for the wizard to close. */
  async apply(): Promise<void> {
    await this.importButton.click();
    await expect(this.dialog).toHaveCount(0);
  }
}
