import { defineConfig } from '@playwright/test';

/**
 * e2e: the built renderer in Debian Chromium against the Node test host (tests/e2e/support).
 * electron: `_electron.launch` smoke specs that run only where the Electron binary is installed.
 */
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
});
