/** Where the build output under test lives; the shell suite reads `out/`, never the sources. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const outDir = path.join(repoRoot, 'out');
export const mainEntry = path.join(outDir, 'main', 'index.js');
export const preloadFile = path.join(outDir, 'preload', 'index.cjs');
export const rendererDir = path.join(outDir, 'renderer');
export const rendererHtml = path.join(rendererDir, 'index.html');
/** The URL main loads, as Electron's loadFile turns the path into one. */
export const appUrl = pathToFileURL(rendererHtml).href;

/** Throws a message that says what to run when a built file is missing. */
export function requireBuilt(file: string): string {
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(repoRoot, file)} is missing: run \`npm run build\` (electron-vite build) before the shell tests.`);
  }
  return file;
}

/** The app version from package.json, what Electron's app.getVersion() answers. */
export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
