/** Placement rules end to end: make one from the board's selection, see it in the Rules tab, undo, delete, and the refusal of a contradiction. */
import { generateDemoSchool } from '../../shared/demo/demo-school';
import type { AdvisoryGroup, Student } from '../../shared/domain/types';
import { expect, test } from './support/fixtures';
import { BoardPage } from './support/board-page';
import { RulesPage } from './support/rules-page';

const demo = generateDemoSchool();
const year = demo.info.currentYearId;
const placements = demo.placements[year] ?? {};
const nameOf = (s: Student): string => `${s.preferredName?.trim() || s.firstName} ${s.lastName}`;
const open = Object.values(demo.groups).filter((g) => g.advisors[year]);
const nameCount = new Map<string, number>();
for (const s of Object.values(demo.students)) nameCount.set(nameOf(s), (nameCount.get(nameOf(s)) ?? 0) + 1);
const uniqueGroup = (g: AdvisoryGroup | undefined): g is AdvisoryGroup => !!g && open.filter((o) => o.name === g.name).length === 1;
const groupOf = (s: Student): AdvisoryGroup | undefined => demo.groups[placements[s.id]?.groupId ?? ''];
const findable = (s: Student): boolean => nameCount.get(nameOf(s)) === 1 && uniqueGroup(groupOf(s));
const ruled = new Set(Object.values(demo.rules).flatMap((r) => r.studentIds));

// Two students of one group that no demo rule names, found by their unique names.
const groupA = open.find((g) => Object.values(placements).filter((p) => p.groupId === g.id && findable(demo.students[p.studentId] as Student) && !ruled.has(p.studentId)).length >= 2) as AdvisoryGroup;
const [ana, ben] = Object.values(placements)
  .filter((p) => p.groupId === groupA.id && !ruled.has(p.studentId))
  .map((p) => demo.students[p.studentId] as Student)
  .filter(findable) as [Student, Student];
// The demo's hard keep-apart pair (RU1).
const apartRule = demo.rules['RU1'];
const [apartA, apartB] = (apartRule?.studentIds ?? []).map((id) => demo.students[id] as Student) as [Student, Student];
// An adult who leads a group this year, for "place with an adult".
const adult = demo.staff[groupA.advisors[year]?.lead ?? ''];
const adultName = adult ? `${adult.firstName} ${adult.lastName}` : '';

async function select(board: BoardPage, first: Student, second: Student): Promise<void> {
  const chipOf = (s: Student) => board.chip(board.card(groupOf(s)?.name ?? ''), nameOf(s));
  // Find brings a card into the page first (the demo's board is a virtual grid).
  await board.goTo(nameOf(first));
  await chipOf(first).click();
  await board.goTo(nameOf(second));
  await chipOf(second).click({ modifiers: ['Control'] });
  await expect(board.selectionBar).toContainText('2 selected');
}

test('make a hard keep-apart rule from the selection, see it in the Rules tab, undo it', async ({ app }) => {
  const board = new BoardPage(app);
  const rules = new RulesPage(app);
  await board.open();
  await select(board, ana, ben);
  await board.selectionBar.getByRole('button', { name: 'Make a rule…' }).click();
  await rules.fill('Keep apart', 'Hard', 'Argued all last year; counselor asked', { author: 'J. Smith' });
  await app.screenshot('rules-form');
  await rules.save();
  await expect(rules.form).toHaveCount(0);
  const sentence = `Keep apart ${nameOf(ana)} and ${nameOf(ben)}`;
  await expect(app.undoButton).toHaveAttribute('title', `Undo ${sentence}`);
  // The board reads the rule at once: both are in one group, so the card says it is broken.
  await expect(board.card(groupA.name)).toContainText('Breaks a hard rule');

  await rules.openTab();
  const card = rules.rule(sentence);
  await expect(card).toBeVisible();
  await expect(card).toContainText('hard');
  await expect(card).toContainText('Broken');
  await expect(card).toContainText('By J. Smith');
  await app.screenshot('rules-tab');
  await app.undoButton.click();
  await expect(card).toHaveCount(0);
});

test('make a soft "place with an adult" rule and delete it from the Rules tab', async ({ app }) => {
  const board = new BoardPage(app);
  const rules = new RulesPage(app);
  await board.open();
  await board.goTo(nameOf(ana));
  await board.chip(board.card(groupA.name), nameOf(ana)).click();
  await board.selectionBar.getByRole('button', { name: 'Make a rule…' }).click();
  await rules.fill('Place with an adult', 'Soft', 'Mentor from last year', { adult: adultName, author: 'Counseling office' });
  await rules.save();
  await expect(rules.form).toHaveCount(0);
  const sentence = `Place ${nameOf(ana)} with ${adultName}`;
  await rules.openTab();
  const card = rules.rule(sentence);
  await expect(card).toContainText('soft');
  await expect(card).toContainText('Met');
  // Edit… opens the same form with the rule filled in; saving is one more undoable change.
  await card.getByRole('button', { name: `Edit rule: ${sentence}` }).click();
  await expect(rules.form.getByLabel('Reason')).toHaveValue('Mentor from last year');
  await rules.form.getByLabel('Reason').fill('Mentor from last year; family asked');
  await rules.save();
  await expect(card).toContainText('family asked');
  await expect(app.undoButton).toHaveAttribute('title', `Undo Edit rule: ${sentence}`);
  await card.getByRole('button', { name: `Delete rule: ${sentence}` }).click();
  await expect(card).toHaveCount(0);
  await expect(app.undoButton).toHaveAttribute('title', `Undo Delete rule: ${sentence}`);
  await app.undoButton.click();
  await expect(card).toBeVisible();
});

test('a hard keep-together of a pair that must be kept apart is refused in plain words', async ({ app }) => {
  const board = new BoardPage(app);
  const rules = new RulesPage(app);
  await board.open();
  // The demo pair may sit anywhere, so find them with the board's search first.
  for (const [i, s] of [apartA, apartB].entries()) {
    await board.goTo(nameOf(s));
    const chip = app.page.getByRole('button', { name: new RegExp(`^${nameOf(s)}(,|$)`) }).first();
    await chip.click(i === 0 ? {} : { modifiers: ['Control'] });
  }
  await expect(board.selectionBar).toContainText('2 selected');
  await board.selectionBar.getByRole('button', { name: 'Make a rule…' }).click();
  await rules.fill('Keep together', 'Hard', 'Same bus');
  await rules.save();
  await expect(rules.problem).toHaveText(
    `${nameOf(apartA)} and ${nameOf(apartB)} already must be kept apart (hard rule by ${apartRule?.author ?? ''}: “${apartRule?.reason ?? ''}”), so a hard rule can’t keep them together. Make this rule soft, or change the other one first.`,
  );
  await app.screenshot('rules-refusal');
  await rules.form.getByRole('button', { name: 'Cancel' }).click();
  await expect(rules.form).toHaveCount(0);
});
