import { defineConfig } from '@playwright/test';

/**
 * e2e: the built renderer in Debian Chromium against the Node test host (tests/e2e/support).
 * electron: `_electron.launch` smoke specs that run only where the Electron binary is installed.
 * Build first (`npm run build`); `npm test` does.
 */
export default defineConfig({
  testDir: 'tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'e2e',
      testMatch: 'e2e/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        trace: 'retain-on-failure',
        launchOptions: {
          // Debian's Chromium; Playwright's own browser download is not available offline.
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
