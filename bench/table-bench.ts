/**
 * Students table benchmark: the built renderer in Debian Chromium against the test host, seeded
 * with a 4,000-student school. Each figure is measured in the page, from the input event (keydown,
 * input, click) to just after the paint that shows the result (a frame callback, then a message
 * posted from it), i.e. the paint the user sees. Run `npm run build` first.
 */
import type { Page } from '@playwright/test';
import { withAppPage } from './app-page';
import { scaledSchool } from './instances';

const TARGET_MS = 50;
const RUNS = 10;

interface Arm {
  /** The event whose time starts the clock (captured before React sees it). */
  readonly event: 'keydown' | 'input' | 'click';
  /** What "the table has updated" means: the count line changed, or a header's aria-sort changed. */
  readonly until: { readonly kind: 'count' } | { readonly kind: 'sort'; readonly header: string };
}

/**
 * The stopwatch, as page-side JavaScript source. A string, not a function: the Node side is
 * compiled without the DOM library, and tsx would wrap a function in helpers the page lacks.
 */
const STOPWATCH = `({ event, until }) => {
  const countText = () => document.querySelector('.row-count')?.textContent ?? '';
  const sortOf = (name) =>
    [...document.querySelectorAll('[role="columnheader"]')].find((h) => h.textContent.trim().startsWith(name))?.getAttribute('aria-sort') ?? null;
  const before = until.kind === 'count' ? countText() : sortOf(until.header);
  const changed = () => (until.kind === 'count' ? countText() !== before : sortOf(until.header) !== before);
  window.__benchDone = new Promise((resolve, reject) => {
    let t0 = -1;
    const timer = setTimeout(() => reject(new Error('the table did not update within 5 s (' + event + ')')), 5000);
    const observer = new MutationObserver(() => {
      if (t0 < 0 || !changed()) return;
      observer.disconnect();
      // A frame callback runs just before the paint; a message posted from it runs right after
      // that paint (a second frame callback would add a whole idle frame to every figure).
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          clearTimeout(timer);
          resolve(performance.now() - t0);
        };
        channel.port2.postMessage(0);
      });
    });
    document.addEventListener(event, () => {
      t0 = performance.now();
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    }, { capture: true, once: true });
  });
}`;

/** Installs the stopwatch in the page; the result waits in window.__benchDone. */
async function arm(page: Page, spec: Arm): Promise<void> {
  await page.evaluate(`(${STOPWATCH})(${JSON.stringify(spec)})`);
}

async function measure(page: Page, spec: Arm, act: () => Promise<void>): Promise<number> {
  await arm(page, spec);
  await act();
  return page.evaluate<number>('window.__benchDone');
}

function summary(label: string, rows: string, times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const max = sorted[sorted.length - 1] ?? NaN;
  const verdict = max < TARGET_MS ? '' : median < TARGET_MS ? '  — max over target' : '  — OVER TARGET';
  return `students table, ${rows} rows: ${label} input→paint median ${median.toFixed(0)} ms, max ${max.toFixed(0)} ms (target < ${TARGET_MS} ms)${verdict}`;
}

/** Runs the benchmark and prints one line per figure. */
export async function tableBench(): Promise<void> {
  const school = scaledSchool(4000);
  await withAppPage(school, async (page) => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Students' }).click();
    const grid = page.getByRole('grid', { name: 'Students', exact: true });
    await grid.waitFor();
    const total = (await page.locator('.row-count').innerText()).replace(/^.* of /, '').replace(/ students$/, '');
    console.log(`students table: ${total} students enrolled, ${Object.keys(school.students).length} in the school, viewport 1280×800`);

    // Warm-up: the first sort and filter compile code paths the later runs reuse.
    await grid.getByRole('columnheader', { name: 'Grade', exact: true }).getByRole('button').click();
    await grid.getByRole('columnheader', { name: 'Name', exact: true }).getByRole('button').click();

    const search = page.getByRole('searchbox', { name: 'Search students' });
    await search.click();
    const keys = ['m', 'a', 'r', 'Backspace', 'Backspace', 'Backspace'];
    const typing: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const key = keys[i % keys.length] as string;
      typing.push(await measure(page, { event: 'keydown', until: { kind: 'count' } }, () => search.press(key)));
    }
    await search.fill('');
    await page.getByText(`${total} of ${total} students`).waitFor();
    console.log(summary('typing a search', total, typing));

    const grade = page.getByRole('group', { name: 'Filters' }).getByLabel('Grade');
    const grades = ['09', '10', '11', '12', ''];
    const filtering: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const value = grades[i % grades.length] as string;
      filtering.push(await measure(page, { event: 'input', until: { kind: 'count' } }, async () => void (await grade.selectOption(value))));
    }
    console.log(summary('filter by grade', total, filtering));

    for (const column of ['Name', 'Grade']) {
      const button = grid.getByRole('columnheader', { name: column, exact: true }).getByRole('button');
      const sorting: number[] = [];
      for (let i = 0; i < RUNS; i++) sorting.push(await measure(page, { event: 'click', until: { kind: 'sort', header: column } }, () => button.click()));
      console.log(summary(`sort by ${column.toLowerCase()}`, total, sorting));
    }
  });
}
