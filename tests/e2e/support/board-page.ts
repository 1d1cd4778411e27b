/** Page object: the Advisories board — cards, chips, the selection bar and the Move menu — by role and label. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class BoardPage {
  constructor(readonly app: AppPage) {}

  get page(): Page {
    return this.app.page;
  }

  /** Opens Advisories and waits for the board. */
  async open(): Promise<void> {
    await this.app.goTo('Advisories');
    await expect(this.page.getByRole('toolbar', { name: 'Board tools' })).toBeVisible();
  }

  /** A group's card, by the group's name. */
  card(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  get unplaced(): Locator {
    return this.page.getByRole('region', { name: /^Unplaced/ });
  }

  /** The "14 / 12–15" badge of a card. */
  sizeBadge(card: Locator): Locator {
    return card.getByTitle(/^Size:/);
  }

  /** Waits until the card shows `size` students, in the badge and in its list. */
  async expectSize(card: Locator, size: number): Promise<void> {
    await expect(this.sizeBadge(card)).toHaveText(new RegExp(`^${size} / \\d+–\\d+$`));
    await expect(this.chips(card)).toHaveCount(size);
  }

  /** The size a card shows now. */
  async size(card: Locator): Promise<number> {
    const text = await this.sizeBadge(card).innerText();
    return Number(text.split('/')[0]?.trim());
  }

  /** "would be 16" while a drag hovers the card. */
  preview(card: Locator): Locator {
    return card.getByText(/^would be \d+$/);
  }

  chips(container: Locator): Locator {
    return container.getByRole('list', { name: /^Students of|^Unplaced students/ }).getByRole('button');
  }

  /** A student's chip (its accessible name starts with the name they go by). */
  chip(container: Locator, name: string): Locator {
    return container.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}(,|$)`) });
  }

  get selectionBar(): Locator {
    return this.page.getByRole('region', { name: 'Selected students' });
  }

  get moveMenu(): Locator {
    return this.page.getByRole('dialog', { name: /^Move .* to…$/ });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Find' }).fill(text);
  }

  /**
   * Finds `text` and presses Enter, which brings the first match into the page (a virtual grid
   * renders only the cards near the screen) and focuses it, as a user reaches a far card.
   */
  async goTo(text: string): Promise<void> {
    await this.search(text);
    await this.page.getByRole('searchbox', { name: 'Find' }).press('Enter');
  }

  /** Moves a student with the keyboard only: find them, select the chip (Enter), M, type the group, choose it. */
  async moveWithKeyboard(studentId: string, name: string, fromGroup: string, toGroup: string): Promise<void> {
    await this.goTo(studentId);
    await this.chip(this.card(fromGroup), name).focus();
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('m');
    await this.page.keyboard.type(toGroup);
    await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    await expect(this.chip(this.card(toGroup), name)).toBeVisible();
  }

  /** Presses on `from`, moves in steps (dnd-kit needs movement past its activation distance) to `to`; `release` false keeps the button down. */
  async drag(from: Locator, to: Locator, release = true): Promise<void> {
    await to.scrollIntoViewIfNeeded();
    await from.scrollIntoViewIfNeeded();
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('drag: an element is not on screen');
    const start = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 12, start.y + 4, { steps: 3 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    if (release) await this.page.mouse.up();
  }
}
