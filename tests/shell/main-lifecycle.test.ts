/**
 * The built main process (out/main/index.js), run in Node against a recording `electron`: its data
 * folder (modes, lock, quit, a newer school), its menu, and startup and window-lifecycle
 * regressions. Run after `npm run build`; the Electron binary is not needed. The wiring, security
 * policy and IPC answers are in main-bundle.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNEL, invokeChannels } from '../../shared/ipc/channels';
import { bootMain, tempDir } from './support/boot-main';
import { listFiles, modeOf, openFilesUnder } from './support/files';

const ch = invokeChannels;
const screenLabels = ['Dashboard', 'Students', 'Staff', 'Advisories', 'Relationships', 'Clubs', 'Stipends', 'Exports'];

interface MenuItem {
  readonly label?: string;
  readonly role?: string;
  readonly submenu?: readonly MenuItem[];
  readonly click?: () => void;
}

describe('data folder', () => {
  it.skipIf(process.platform === 'win32')('writes every file owner-only (0600) and folders 0700', async () => {
    const main = await bootMain();
    await main.invoke(ch.setUiPrefs, [{ theme: 'dark' }]);
    await main.invoke(ch.commit, [{ command: { type: 'updateInfo', patch: { name: 'Renamed' } }, label: 'Rename school' }]);
    const files = listFiles(main.dataDir);
    expect(files).toEqual(expect.arrayContaining(['preferences.json', 'school/school.json', 'school/journal.jsonl', 'school/school.lock']));
    expect(files.filter((f) => f.startsWith('school/backups/')).length).toBeGreaterThan(0);
    for (const file of files) expect(modeOf(path.join(main.dataDir, file)), file).toBe(0o600);
    expect(modeOf(path.join(main.dataDir, 'school'))).toBe(0o700);
    expect(modeOf(path.join(main.dataDir, 'school', 'backups'))).toBe(0o700);
  });

  it("closes the store on 'will-quit': the journal is compacted and the lock released", async () => {
    const main = await bootMain();
    const school = path.join(main.dataDir, 'school');
    await main.invoke(ch.commit, [{ command: { type: 'updateInfo', patch: { name: 'Renamed' } }, label: 'Rename school' }]);
    expect(fs.existsSync(path.join(school, 'school.lock'))).toBe(true);
    expect(fs.statSync(path.join(school, 'journal.jsonl')).size).toBeGreaterThan(0);

    expect(main.rec.appListeners.get('will-quit')).toHaveLength(1);
    if (openFilesUnder(main.dataDir) !== null) expect(openFilesUnder(main.dataDir)).toContain(path.join(school, 'journal.jsonl'));
    main.quit();
    expect(fs.existsSync(path.join(school, 'school.lock'))).toBe(false);
    if (openFilesUnder(main.dataDir) !== null) expect(openFilesUnder(main.dataDir)).toEqual([]);
    expect(fs.statSync(path.join(school, 'journal.jsonl')).size).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(school, 'school.json'), 'utf8'))).toMatchObject({ revision: 1, school: { info: { name: 'Renamed' } } });
  });

  it('shows an error box and exits when another live process holds the data folder', async () => {
    const dataDir = path.join(tempDir(), 'data');
    fs.mkdirSync(path.join(dataDir, 'school'), { recursive: true });
    // The vitest parent process: alive, on this host, and not us.
    const lock = JSON.stringify({ pid: process.ppid, host: os.hostname(), since: new Date().toISOString() });
    fs.writeFileSync(path.join(dataDir, 'school', 'school.lock'), lock);

    const main = await bootMain({ dataDir });
    expect(main.rec.errorBoxes).toEqual([{ title: 'The school is already open', message: expect.stringContaining(String(process.ppid)) }]);
    expect(main.rec.exitCodes).toEqual([1]);
    expect(main.rec.windows).toEqual([]);
    expect(main.rec.invokeHandlers.size).toBe(0);
    expect(fs.readFileSync(path.join(dataDir, 'school', 'school.lock'), 'utf8')).toBe(lock);
  });

  it('shows an error box and touches nothing when the school was saved by a newer version', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const school = path.join(dataDir, 'school');
    fs.mkdirSync(school, { recursive: true });
    const newer = JSON.stringify({ format: 'advisory-planner-school', schemaVersion: 999, appVersion: '99.0.0', savedAt: new Date().toISOString(), revision: 3, school: {} });
    fs.writeFileSync(path.join(school, 'school.json'), newer);

    const main = await bootMain({ dataDir });
    expect(main.rec.errorBoxes).toEqual([{ title: 'This school needs a newer Advisory Planner', message: expect.stringContaining('newer') }]);
    expect(main.rec.exitCodes).toEqual([1]);
    expect(main.rec.windows).toEqual([]);
    expect(fs.readFileSync(path.join(school, 'school.json'), 'utf8')).toBe(newer);
    expect(listFiles(school)).toEqual(['school.json']);
  });
});

describe('menu', () => {
  async function bootedMenu() {
    const main = await bootMain();
    expect(main.rec.menuTemplates).toHaveLength(1);
    expect(main.rec.applicationMenus).toEqual([{ template: main.rec.menuTemplates[0] }]);
    const template = main.rec.menuTemplates[0] as MenuItem[];
    const top = (label: string): MenuItem => {
      const item = template.find((m) => m.label?.replace('&', '') === label);
      if (!item?.submenu) throw new Error(`no '${label}' menu in ${JSON.stringify(template.map((m) => m.label ?? m.role))}`);
      return item;
    };
    const labels = (label: string) => (top(label).submenu ?? []).filter((i) => i.label).map((i) => i.label);
    return { main, top, labels };
  }

  it('has File (Open…, Save a Copy…), Edit (Undo, Redo) and Go (the 8 screens)', async () => {
    const { labels } = await bootedMenu();
    expect(labels('File')).toEqual(expect.arrayContaining(['Open…', 'Save a Copy…']));
    expect(labels('Edit')).toEqual(expect.arrayContaining(['Undo', 'Redo']));
    expect(labels('Go')).toEqual(screenLabels);
  });

  it('sends menu actions to the window as app events', async () => {
    const { main, top } = await bootedMenu();
    const click = (menu: string, label: string) => top(menu).submenu?.find((i) => i.label === label)?.click?.();
    click('Go', 'Students');
    click('Edit', 'Undo');
    click('File', 'Open…');
    expect(main.window().webContents.sent).toEqual([
      { channel: EVENT_CHANNEL, payload: { type: 'menu', action: { kind: 'navigate', screen: 'students' } } },
      { channel: EVENT_CHANNEL, payload: { type: 'menu', action: { kind: 'undo' } } },
      { channel: EVENT_CHANNEL, payload: { type: 'menu', action: { kind: 'open' } } },
    ]);
  });
});

/** Regressions: each reproduced a bug found in electron/main/index.ts against the build. */
describe('startup and window lifecycle regressions', () => {
  // A preferences.json that will not parse used to throw inside start() (an unhandled rejection:
  // no window, no message). Now the file is set aside and defaults are used, with a notice.
  it('a preferences.json that will not parse is reported or set aside, never a silent windowless start', async () => {
    const dataDir = path.join(tempDir(), 'data');
    fs.mkdirSync(dataDir, { recursive: true });
    const broken = '{"ui": {"theme": "dark"';
    fs.writeFileSync(path.join(dataDir, 'preferences.json'), broken);

    const main = await bootMain({ dataDir });
    expect(main.rec.windows).toHaveLength(1);
    expect(main.rec.errorBoxes).toHaveLength(0);
    // Nothing the user had is thrown away: the unreadable text is still in the folder.
    const kept = fs.readdirSync(dataDir).filter((f) => f.startsWith('preferences.json'));
    expect(kept.some((f) => fs.readFileSync(path.join(dataDir, f), 'utf8') === broken)).toBe(true);
  });

  // macOS: a window re-created on 'activate' must also clear `mainWindow` when closed, or the
  // next 'activate' opens nothing.
  it("re-creates the window on 'activate' every time it was closed", async () => {
    const main = await bootMain();
    for (let round = 1; round <= 2; round++) {
      main.rec.windows.at(-1)?.listeners.emit('closed');
      main.rec.appListeners.emit('activate');
      expect(main.rec.windows, `after close and activate #${round}`).toHaveLength(round + 1);
    }
  });
});
