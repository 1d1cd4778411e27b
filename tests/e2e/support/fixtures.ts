/** Playwright fixtures: a fresh data folder and a running host per test; restart on demand. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import type { School } from '../../../shared/domain/types';
import { TestHost } from './host';

interface Fixtures {
  /** A fresh, empty data folder (userData) for this test. */
  dataDir: string;
  /** Prepares the data folder before the host starts (e.g. to corrupt a file on purpose). */
  prepare: { readonly run: (dataDir: string) => void } | null;
  /** The school a new data folder starts with instead of the demo (e.g. a 1,500-student school). */
  seed: { readonly school: () => School } | null;
  /** Tasks run in the real worker but their result is withheld until Stop (see held-task-worker.cjs). */
  holdTaskResults: boolean;
  host: TestHost;
  app: AppPage;
  /** Closes the host as quitting the app does and starts a new one on the same folder, in a new page. */
  restart: () => Promise<AppPage>;
}

/** Uncaught exceptions and console errors of a page, as they happen: a test fails if any are left. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url}:${message.location().lineNumber})`);
  });
  return errors;
}

export const test = base.extend<Fixtures>({
  prepare: [null, { option: true }],
  seed: [null, { option: true }],
  holdTaskResults: [false, { option: true }],
  // Playwright requires the object pattern for a fixture without dependencies.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir, prepare, seed, holdTaskResults }, use) => {
    prepare?.run(dataDir);
    const holder = { host: await TestHost.start(dataDir, { ...(seed ? { initial: seed.school } : {}), holdTaskResults }) };
    await use(holder.host);
    await holder.host.close().catch(() => undefined);
  },
  app: async ({ page, host }, use) => {
    const errors = watchErrors(page);
    await host.attach(page);
    const app = new AppPage(page);
    await app.open(host.url);
    await use(app);
    expect(errors, 'the page reported errors').toEqual([]);
  },
  restart: async ({ host, context, dataDir }, use) => {
    const started: TestHost[] = [];
    const pageErrors: string[][] = [];
    await use(async () => {
      const previous = started[started.length - 1] ?? host;
      await previous.close();
      const next = await TestHost.start(dataDir);
      started.push(next);
      const page = await context.newPage();
      pageErrors.push(watchErrors(page));
      await next.attach(page);
      const app = new AppPage(page);
      await app.open(next.url);
      return app;
    });
    for (const h of started) await h.close().catch(() => undefined);
    for (const errors of pageErrors) expect(errors, 'a restarted page reported errors').toEqual([]);
  },
});

export { expect };
