/**
 * The built renderer in Debian Chromium against the test host seeded with a school, ready to
 * measure: the table and board benches share it. Run `npm run build` first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { School } from '../shared/domain/types';
import { TestHost } from '../tests/e2e/support/host';

// The same flags as playwright.config.ts.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Runs `work` on a 1280×800 page of the app, opened on `school` (its own data folder, removed after). */
export async function withAppPage(school: School, work: (page: Page) => Promise<void>): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-bench-page-'));
  const host = await TestHost.start(dataDir, { initial: () => school });
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await host.attach(page);
    await page.goto(host.url);
    await page.waitForSelector('html[data-app-state="ready"]', { state: 'attached' });
    await work(page);
  } finally {
    await browser.close();
    await host.close().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
