/**
 * Advisories board benchmark: the built renderer in Debian Chromium against the test host, seeded
 * with a planned 4,000×250 school (grade-level; its board is a virtual grid), then with the demo
 * school (76 groups, every card in the page). Each figure runs from the input event (click,
 * pointermove, pointerup) to just after the paint that shows the result, as in the table bench:
 * opening the board, picking a student up, hovering a card (its "would be N" preview) and
 * dropping (the card's stats change). Run `npm run build` first.
 */
import type { Locator, Page } from '@playwright/test';
import { withAppPage } from './app-page';
import type { Placement, School } from '../shared/domain/types';
import { planYear } from '../shared/planner';
import { plannerSchool, PLAN_YEARS } from './planner-instances';
import { generateDemoSchool } from '../shared/demo/demo-school';

const TARGET_MS = 50;
const RUNS = 8;

/** Page-side stopwatch: from the next `event` until `until()` holds, to just after that paint. */
const STOPWATCH = `({ event, until }) => {
  const done = new Function('return (' + until + ')();');
  window.__benchDone = new Promise((resolve, reject) => {
    let t0 = -1;
    const timer = setTimeout(() => reject(new Error('no update within 10 s after ' + event + ': ' + until)), 10000);
    const finish = () => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { clearTimeout(timer); window.__benchStart = t0; resolve(performance.now() - t0); };
        channel.port2.postMessage(0);
      });
    };
    const observer = new MutationObserver(() => {
      if (t0 < 0 || !done()) return;
      observer.disconnect();
      finish();
    });
    document.addEventListener(event, () => {
      t0 = performance.now();
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    }, { capture: true, once: true });
  });
}`;

async function measure(page: Page, event: string, until: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate(`(${STOPWATCH})(${JSON.stringify({ event, until })})`);
  await act();
  return page.evaluate<number>('window.__benchDone');
}

function summary(label: string, times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const max = sorted[sorted.length - 1] ?? NaN;
  const verdict = max < TARGET_MS ? '' : median < TARGET_MS ? '  — max over target' : '  — OVER TARGET';
  return `  ${label}: median ${median.toFixed(0)} ms, max ${max.toFixed(0)} ms over ${times.length} (target < ${TARGET_MS} ms)${verdict}`;
}

/** The bench school with the planner's plan as this year's placements. */
function plannedSchool(): School {
  const school = plannerSchool({ students: 4000, groups: 250, grouping: 'grade-cohort', seed: 7 });
  const year = PLAN_YEARS[0];
  const result = planYear(school, { yearId: year, seed: 1, mode: 'fresh' });
  const current = school.placements[year] ?? {};
  const placements: Record<string, Placement> = {};
  for (const [id, groupId] of Object.entries(result.placements)) placements[id] = current[id] ?? { studentId: id, groupId, locked: false, origin: 'plan' };
  return { ...school, placements: { ...school.placements, [year]: placements } };
}

const center = async (el: Locator): Promise<{ x: number; y: number }> => {
  const box = await el.boundingBox();
  if (!box) throw new Error('board bench: an element is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** Runs the benchmark on both schools and prints one line per figure. */
export async function boardBench(log: (line: string) => void): Promise<void> {
  await schoolBoardBench(log, plannedSchool(), 'a planned 4,000×250 school');
  await schoolBoardBench(log, generateDemoSchool(), 'the demo school');
}

async function schoolBoardBench(log: (line: string) => void, school: School, label: string): Promise<void> {
  const groups = Object.values(school.groups).filter((g) => g.advisors[school.info.currentYearId]).length;
  await withAppPage(school, async (page) => {
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const opening = await measure(page, 'click', `() => document.querySelectorAll('.group-card').length > 0`, () => nav.getByRole('button', { name: 'Advisories' }).click());
    const cards = await page.locator('.group-card').count();
    const chips = await page.locator('.group-card [data-chip]').count();
    log(`Advisories board, ${label}: ${groups} groups; ${cards} cards and ${chips} students in the page${cards < groups ? ' (the grid is virtual: only cards near the screen are rendered)' : ''}, viewport 1280×800`);
    log(`  open the board (click → first paint): ${opening.toFixed(0)} ms`);

    // When main's 'committed' event reaches the page: the drop splits into the host's round trip
    // (here Playwright's binding and evaluate, in the app Electron's IPC) and the renderer's work.
    await page.evaluate(`(() => {
      const dispatch = window.__apDispatch;
      window.__apDispatch = (event) => { if (event.type === 'committed') window.__committedAt = performance.now(); dispatch(event); };
    })()`);
    const pickUp: number[] = [];
    const hover: number[] = [];
    const drop: number[] = [];
    const render: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate: first card → second, then back, so sizes stay in range.
      const [fromIndex, toIndex] = i % 2 === 0 ? [0, 1] : [1, 0];
      const from = page.locator('.group-card').nth(fromIndex);
      const to = page.locator('.group-card').nth(toIndex);
      const chip = from.locator('[data-chip]:not([data-locked])').first();
      await chip.scrollIntoViewIfNeeded();
      const start = await center(chip);
      const target = await center(to.locator('.card-head'));
      const badge = `document.querySelectorAll('.group-card')[${toIndex}].querySelector('[title^="Size:"]')`;
      const before = await to.locator('[title^="Size:"]').innerText();
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      pickUp.push(await measure(page, 'pointermove', `() => !!document.querySelector('.drag-overlay')`, () => page.mouse.move(start.x + 12, start.y + 4)));
      hover.push(await measure(page, 'pointermove', `() => document.querySelectorAll('.group-card')[${toIndex}].classList.contains('is-preview')`, () => page.mouse.move(target.x, target.y)));
      drop.push(await measure(page, 'pointerup', `() => (${badge})?.textContent !== ${JSON.stringify(before)}`, () => page.mouse.up()));
      render.push(await page.evaluate<number>('window.__benchStart + ' + String(drop[drop.length - 1]) + ' - window.__committedAt'));
    }
    log(summary('pick a student up (pointer move → overlay painted)', pickUp));
    log(summary('hover a card (pointer move → "would be N" painted)', hover));
    log(summary('drop (pointer up → both cards\' stats painted; includes the test host\'s round trip)', drop));
    log(summary('  of which the renderer (main\'s "committed" event → stats painted)', render));
  });
}
