/**
 * Smoke test of the real Electron app: it starts on a fresh data folder with the demo school, a
 * rename is saved, and after quitting and starting again the new name is there. Skipped (with the
 * reason printed) where the Electron binary is not installed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_SCHOOL_NAME } from '../../shared/demo/demo-school';
import { findElectron, launchApp } from './support/electron-app';

const electron = findElectron();

test.describe('Electron app', () => {
  let dataDir = '';

  test.beforeEach(() => {
    if ('missing' in electron) {
      console.log(electron.missing);
      test.skip(true, electron.missing);
      return;
    }
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'advisory-planner-smoke-'));
  });

  test.afterEach(() => {
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('starts with the demo school and keeps a rename across a restart', async () => {
    if ('missing' in electron) return;
    const newName = 'Lakeside Middle School';

    const first = await launchApp(electron.executablePath, dataDir);
    try {
      const page = first.window;
      await expect(page.getByRole('heading', { level: 1, name: DEMO_SCHOOL_NAME })).toBeVisible();
      await page.getByRole('button', { name: /rename school/i }).click();
      // By role, not getByLabel: the closed "Start a real school" <dialog> also has a "School name" field, hidden.
      const field = page.getByRole('textbox', { name: 'School name' });
      await field.fill(newName);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      // The form closes only once main has confirmed the change is on disk.
      await expect(page.getByRole('heading', { level: 1, name: newName })).toBeVisible();
      await expect(field).toBeHidden();
    } finally {
      await first.app.close();
    }

    const second = await launchApp(electron.executablePath, dataDir);
    try {
      await expect(second.window.getByRole('heading', { level: 1, name: newName })).toBeVisible();
    } finally {
      await second.app.close();
    }
  });
});
