/** Page object: the rule form ("Make a rule…" / "Edit rule") and the Rules tab, by role and label. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';

export type RuleKindLabel = 'Keep apart' | 'Keep together' | 'Place with an adult' | 'Keep away from an adult';

export class RulesPage {
  constructor(readonly app: AppPage) {}

  get page(): Page {
    return this.app.page;
  }

  get form(): Locator {
    return this.page.getByRole('dialog', { name: /^(Make a rule|Edit rule)$/ });
  }

  /** The plain-words refusal the form shows when a rule can't be saved. */
  get problem(): Locator {
    return this.form.getByRole('alert');
  }

  /** Fills the open form; `adult` is the start of the adult's option ("Jo Smith"). */
  async fill(kind: RuleKindLabel, strength: 'Hard' | 'Soft', reason: string, options: { readonly adult?: string; readonly author?: string } = {}): Promise<void> {
    await expect(this.form).toBeVisible();
    await this.form.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
    if (options.adult) {
      const select = this.form.getByLabel('Adult', { exact: true });
      const label = await select.locator('option', { hasText: options.adult }).first().innerText();
      await select.selectOption({ label });
    }
    await this.form.getByRole('radio', { name: new RegExp(`^${strength} —`) }).check();
    await this.form.getByLabel('Reason').fill(reason);
    if (options.author !== undefined) await this.form.getByLabel('Author').fill(options.author);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save rule' }).click();
  }

  /** Opens the Advisories screen's Rules tab. */
  async openTab(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Rules' }).click();
    await expect(this.page.getByRole('region', { name: 'Rules', exact: true })).toBeVisible();
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Rules list' });
  }

  /** A rule's card, by what it says ("Keep apart Ana Rivera and Ben Carter"). */
  rule(sentence: string): Locator {
    return this.list.getByRole('listitem', { name: sentence, exact: true });
  }
}
