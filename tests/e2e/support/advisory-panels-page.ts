/**
 * Page object: the advisory panels (multi-year view, metrics, scenarios, policy settings, and the
 * student's advisory history), by role and label. How a panel is reached (the Advisories screen's
 * tabs, the student detail) is the lead's wiring: open it first, then use these locators.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class AdvisoryPanelsPage {
  constructor(readonly page: Page) {}

  // Multi-year view
  get multiYear(): Locator {
    return this.page.getByRole('region', { name: 'Advisory groups across the years' });
  }

  get multiYearTable(): Locator {
    return this.multiYear.getByRole('table', { name: 'Advisory groups by school year' });
  }

  /** A group's row, by the group's name ("Okafor advisory, class of 2030"; the room follows it in the header). */
  multiYearRow(groupName: string): Locator {
    const start = new RegExp(`^${groupName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( · room .*)?$`);
    return this.multiYearTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: start }) });
  }

  async sortMultiYear(by: 'Class, oldest first' | 'Class, youngest first' | 'Group name'): Promise<void> {
    await this.multiYear.getByLabel('Sort by').selectOption({ label: by });
  }

  // Metrics panel
  /** The metrics of a year, e.g. metrics('2026–27'). */
  metrics(yearLabel: string): Locator {
    return this.page.getByRole('region', { name: `Advisory metrics, ${yearLabel}` });
  }

  continuityCard(yearLabel: string): Locator {
    return this.metrics(yearLabel).getByRole('region', { name: 'Continuity' });
  }

  sizeCard(yearLabel: string): Locator {
    return this.metrics(yearLabel).getByRole('region', { name: 'Group size' });
  }

  spreadRow(yearLabel: string, attribute: string): Locator {
    return this.metrics(yearLabel).getByRole('region', { name: 'Mix of the groups' }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: attribute, exact: true }) });
  }

  ruleViolations(yearLabel: string): Locator {
    return this.metrics(yearLabel).getByRole('region', { name: 'Rule violations' });
  }

  unconnected(yearLabel: string): Locator {
    return this.metrics(yearLabel).getByRole('region', { name: 'Students with no connected adult' });
  }

  /** Opens the collapsible list of students with no connected adult and returns it. */
  async showUnconnected(yearLabel: string): Promise<Locator> {
    await this.unconnected(yearLabel).getByRole('button', { name: /^Show the / }).click();
    const list = this.unconnected(yearLabel).getByRole('list', { name: 'Students with no connected adult' });
    await expect(list).toBeVisible();
    return list;
  }

  // Scenarios
  get scenarios(): Locator {
    return this.page.getByRole('region', { name: 'Scenarios', exact: true });
  }

  scenario(name: string): Locator {
    return this.scenarios.getByRole('list', { name: 'Saved scenarios' }).getByRole('listitem', { name, exact: true });
  }

  async saveScenario(name: string): Promise<void> {
    await this.scenarios.getByRole('button', { name: 'Save the plan as a scenario…' }).click();
    const form = this.scenarios.getByRole('form', { name: 'Save the plan as a scenario' });
    await form.getByLabel('Scenario name').fill(name);
    await form.getByRole('button', { name: 'Save scenario' }).click();
    await expect(this.scenario(name)).toBeVisible();
  }

  async compareScenario(name: string): Promise<Locator> {
    await this.scenario(name).getByRole('button', { name: 'Compare' }).click();
    const table = this.page.getByRole('region', { name: `Compare ${name} with the plan` });
    await expect(table).toBeVisible();
    return table;
  }

  async makeScenarioThePlan(name: string): Promise<void> {
    await this.scenario(name).getByRole('button', { name: 'Make this the plan…' }).click();
    await this.scenario(name).getByRole('group', { name: 'Make this the plan' }).getByRole('button', { name: 'Make it the plan' }).click();
  }

  /** Opens the scenario on the board (the screen switches to the board and shows the banner). */
  async openScenarioOnBoard(name: string): Promise<void> {
    await this.scenario(name).getByRole('button', { name: 'Open on the board' }).click();
    await expect(this.scenarioBanner).toBeVisible();
  }

  /** The board's banner while a scenario is open on it. */
  get scenarioBanner(): Locator {
    return this.page.getByRole('region', { name: 'Scenario on the board' });
  }

  /** The note on the other views while a scenario is open on the board. */
  get scenarioNote(): Locator {
    return this.page.getByRole('region', { name: 'Scenario shown' });
  }

  /** The Across-the-years cell of a group in a school year ("Okafor · 14 · 12 stayed"). */
  async multiYearCell(groupName: string, yearLabel: string): Promise<Locator> {
    const headers = await this.multiYearTable.getByRole('columnheader').allInnerTexts();
    const column = headers.findIndex((h) => h.trim() === yearLabel);
    if (column < 1) throw new Error(`no column for ${yearLabel}`);
    return this.multiYearRow(groupName).getByRole('cell').nth(column - 1);
  }

  async backToThePlan(): Promise<void> {
    await this.scenarioBanner.getByRole('button', { name: 'Back to the plan' }).click();
    await expect(this.scenarioBanner).toHaveCount(0);
  }

  async renameScenario(name: string, to: string): Promise<void> {
    await this.scenario(name).getByRole('button', { name: 'Rename…' }).click();
    await this.scenario(name).getByLabel('New name').fill(to);
    await this.scenario(name).getByRole('button', { name: 'Save name' }).click();
    await expect(this.scenario(to)).toBeVisible();
  }

  async deleteScenario(name: string): Promise<void> {
    await this.scenario(name).getByRole('button', { name: 'Delete…' }).click();
    await this.scenario(name).getByRole('button', { name: 'Delete scenario' }).click();
    await expect(this.scenario(name)).toHaveCount(0);
  }

  // Policy settings
  get policy(): Locator {
    return this.page.getByRole('region', { name: 'Advisory policy' });
  }

  policyField(label: string): Locator {
    return this.policy.getByLabel(label, { exact: true });
  }

  /** The weight select whose label ends with these words, e.g. "students keep their advisor". */
  policyWeight(words: string): Locator {
    return this.policy.getByRole('group', { name: 'How much it matters that…' }).getByLabel(`…${words}`);
  }

  async savePolicy(): Promise<void> {
    await this.policy.getByRole('button', { name: 'Save policy' }).click();
  }

  // The student's advisory history (inside the student's detail panel)
  get advisoryHistory(): Locator {
    return this.page.getByRole('region', { name: 'Advisory history' });
  }

  historyRow(yearLabel: string): Locator {
    return this.advisoryHistory.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: yearLabel, exact: true }) });
  }
}
