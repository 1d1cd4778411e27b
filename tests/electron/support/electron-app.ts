/**
 * Launching the real app with Playwright's `_electron`, where the Electron binary is installed.
 * The binary is located from node_modules/electron/path.txt without `require('electron')`, which
 * would try to download it on a machine where it is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';

// Playwright loads specs as CommonJS (package.json has no "type": "module"), so __dirname, not import.meta.
export const repoRoot = path.resolve(__dirname, '../../..');

/** The Electron executable, or the reason it is not available here. */
export function findElectron(): { readonly executablePath: string } | { readonly missing: string } {
  const pkgDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathTxt = path.join(pkgDir, 'path.txt');
  if (!fs.existsSync(pathTxt)) {
    return {
      missing:
        'Electron binary not installed (node_modules/electron/path.txt and dist/ missing; it downloads at first start on a normal machine) — smoke spec skipped',
    };
  }
  const executablePath = path.join(pkgDir, 'dist', fs.readFileSync(pathTxt, 'utf8').trim());
  if (!fs.existsSync(executablePath)) {
    return { missing: `Electron binary not installed (${path.relative(repoRoot, executablePath)} missing) — smoke spec skipped` };
  }
  return { executablePath };
}

export interface RunningApp {
  readonly app: ElectronApplication;
  readonly window: Page;
}

/** Starts the built app (package.json main → out/main/index.js) on `dataDir` and waits until it is ready. */
export async function launchApp(executablePath: string, dataDir: string): Promise<RunningApp> {
  const env = { ...process.env };
  // With this set main would load a dev server instead of out/renderer.
  delete env['ELECTRON_RENDERER_URL'];
  const app = await _electron.launch({ executablePath, args: ['.', `--data-dir=${dataDir}`], cwd: repoRoot, env: env as Record<string, string> });
  const window = await app.firstWindow();
  await window.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
  return { app, window };
}
