/**
 * The built main process (out/main/index.js), run in Node against a recording `electron`: what it
 * registers, the window it makes, its security handlers and its IPC answers. Run after
 * `npm run build`; the Electron binary is not needed. Its data folder, menu and lifecycle are in
 * main-lifecycle.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_SCHOOL_NAME } from '../../shared/demo/demo-school';
import { EVENT_CHANNEL, invokeChannels } from '../../shared/ipc/channels';
import { bootMain, tempDir } from './support/boot-main';
import { appUrl, preloadFile, rendererHtml } from './support/build-output';
import { modeOf } from './support/files';

const ch = invokeChannels;
function preventable() {
  return { preventDefault: vi.fn() };
}

describe('wiring', () => {
  it('registers every invoke channel of the contract with ipcMain.handle, and no other', async () => {
    const main = await bootMain();
    expect([...main.rec.invokeHandlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
    // The only ipcMain.on listener is electron-store's own (its renderer helper, never exposed by the preload).
    expect([...main.rec.ipcOn.byEvent.keys()]).toEqual(['electron-store-get-data']);
  });

  it('makes exactly one window: isolated, sandboxed, with the built preload, loading the built renderer', async () => {
    const main = await bootMain();
    const win = main.window();
    const prefs = win.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    const preload = prefs['preload'] as string;
    expect(path.isAbsolute(preload)).toBe(true);
    expect(preload.split(path.sep).join('/')).toMatch(/\/out\/preload\/index\.cjs$/);
    expect(path.resolve(preload)).toBe(preloadFile);
    expect(fs.existsSync(preload)).toBe(true);

    expect(win.loadedUrls).toEqual([]);
    expect(win.loadedFiles.map((f) => path.resolve(f))).toEqual([rendererHtml]);
    if (fs.existsSync(rendererHtml)) expect(fs.existsSync(win.loadedFiles[0] as string)).toBe(true);
    else console.log(`out/renderer/index.html not built (renderer build failed or was skipped): existence of the loaded file not checked`);

    // Shown once painted, not before (no white flash).
    expect(win.options['show']).toBe(false);
    expect(win.shown).toBe(false);
    win.listeners.single('ready-to-show')();
    expect(win.shown).toBe(true);
    expect(main.rec.nativeTheme.themeSource).toBe('system');
  });

  it('takes the data folder from --data-dir, and uses app userData without it', async () => {
    const withArg = await bootMain();
    expect(withArg.rec.setPathCalls).toEqual([['userData', withArg.dataDir]]);
    expect(fs.existsSync(path.join(withArg.dataDir, 'school', 'school.json'))).toBe(true);

    const withoutArg = await bootMain({ passDataDirArg: false });
    expect(withoutArg.rec.setPathCalls).toEqual([]);
    expect(fs.existsSync(path.join(withoutArg.defaultUserData, 'school', 'school.json'))).toBe(true);
  });

  it('remembers the window bounds when the window closes', async () => {
    const first = await bootMain();
    expect(first.window().options).toMatchObject({ width: 1280, height: 820 });
    first.window().listeners.single('close')();
    first.quit();
    const prefs = JSON.parse(fs.readFileSync(path.join(first.dataDir, 'preferences.json'), 'utf8')) as Record<string, unknown>;
    expect(prefs['windowBounds']).toEqual({ x: 10, y: 20, width: 1280, height: 820, maximized: false });

    const second = await bootMain({ dataDir: first.dataDir });
    expect(second.window().options).toMatchObject({ x: 10, y: 20, width: 1280, height: 820 });
  });
});

describe('security policy', () => {
  it('denies window.open and navigation or redirects away from the app, and webviews', async () => {
    const win = (await bootMain()).window();
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(win.webContents.windowOpenHandler?.({ url: appUrl })).toEqual({ action: 'deny' });

    for (const event of ['will-navigate', 'will-redirect']) {
      const listener = win.webContents.listeners.single(event);
      for (const away of ['https://example.com', 'http://localhost:5173/', 'file:///etc/passwd']) {
        const e = preventable();
        listener(e, away);
        expect(e.preventDefault, `${event} to ${away}`).toHaveBeenCalled();
      }
      const home = preventable();
      listener(home, appUrl);
      expect(home.preventDefault, `${event} to the app's own page`).not.toHaveBeenCalled();
    }
    const webview = preventable();
    win.webContents.listeners.single('will-attach-webview')(webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', async () => {
    const { session } = (await bootMain()).rec;
    const callback = vi.fn();
    session.permissionRequestHandler?.({}, 'media', callback, {});
    session.permissionRequestHandler?.({}, 'notifications', callback, {});
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(session.permissionCheckHandler?.({}, 'clipboard-read', 'file:///', {})).toBe(false);
  });

  it('adds a strict Content-Security-Policy header to responses, keeping the other headers', async () => {
    const { session } = (await bootMain()).rec;
    const callback = vi.fn();
    session.headersReceived?.({ url: appUrl, responseHeaders: { 'X-Other': ['kept'] } }, callback);
    expect(callback).toHaveBeenCalledTimes(1);
    const headers = (callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }).responseHeaders;
    expect(headers['X-Other']).toEqual(['kept']);
    const csp = headers['Content-Security-Policy']?.join('; ') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});

describe('IPC handlers', () => {
  it("answers school:get-session from the app's own page with the demo school", async () => {
    const main = await bootMain();
    const answer = await main.invoke(ch.getSession);
    expect(answer).toMatchObject({ ok: true, value: { school: { info: { isDemo: true, name: DEMO_SCHOOL_NAME } }, revision: 0 } });
  });

  it('refuses requests from another page, a subframe or another webContents', async () => {
    const main = await bootMain();
    const trusted = main.trustedSender();
    const refused = { ok: false, error: { code: 'invalid-argument' } };
    const untrusted = {
      'another page': { ...trusted, senderFrame: { url: 'https://evil.example', parent: null } },
      'another file': { ...trusted, senderFrame: { url: 'file:///tmp/evil.html', parent: null } },
      'a subframe of the app page': { ...trusted, senderFrame: { url: appUrl, parent: { url: appUrl } } },
      'another webContents': { ...trusted, sender: { id: trusted.sender.id + 1 } },
      'a frame that is gone': { ...trusted, senderFrame: null },
    };
    for (const [who, sender] of Object.entries(untrusted)) {
      expect(await main.invoke(ch.getSession, [], sender), who).toMatchObject(refused);
    }
    expect(await main.invoke(ch.getSession, [], trusted)).toMatchObject({ ok: true });
  });

  it('validates arguments with the contract: malformed ones are refused with invalid-argument', async () => {
    const main = await bootMain();
    const invalid = { ok: false, error: { code: 'invalid-argument' } };
    expect(await main.invoke(ch.commit, [{ bogus: true }])).toMatchObject(invalid);
    expect(await main.invoke(ch.commit, [])).toMatchObject(invalid);
    expect(await main.invoke(ch.commit, ['rename'])).toMatchObject(invalid);
    expect(await main.invoke(ch.commit, [{ command: { type: 'updateInfo', patch: { name: '' } }, label: 'Rename' }])).toMatchObject(invalid);
    expect(await main.invoke(ch.setUiPrefs, [{ theme: 'neon' }])).toMatchObject(invalid);
    expect(await main.invoke(ch.cancelTask, [42])).toMatchObject(invalid);
    expect(await main.invoke(ch.getSession, ['unexpected'])).toMatchObject(invalid);
    // Nothing reached the store.
    expect(await main.invoke(ch.getSession)).toMatchObject({ ok: true, value: { revision: 0 } });
  });

  it('commits a change, tells the window, and keeps it across a restart', async () => {
    const first = await bootMain();
    const rename = { command: { type: 'updateInfo', patch: { name: 'Lakeside Middle School' } }, label: 'Rename school' };
    expect(await first.invoke(ch.commit, [rename])).toEqual({ ok: true, value: { revision: 1 } });
    expect(first.window().webContents.sent).toContainEqual({
      channel: EVENT_CHANNEL,
      payload: expect.objectContaining({ type: 'committed', revision: 1, label: 'Rename school' }),
    });
    first.quit();

    const second = await bootMain({ dataDir: first.dataDir });
    expect(await second.invoke(ch.getSession)).toMatchObject({ ok: true, value: { revision: 1, school: { info: { name: 'Lakeside Middle School' } } } });
  });

  it('saves a copy and opens it again through the dialogs and the built task worker', async () => {
    const main = await bootMain();
    const copy = path.join(tempDir(), 'copy.advisory.json');
    main.rec.saveDialogAnswers.push({ canceled: false, filePath: copy });
    expect(await main.invoke(ch.saveCopy)).toEqual({ ok: true, value: { outcome: 'done', path: copy } });
    if (process.platform !== 'win32') expect(modeOf(copy)).toBe(0o600);

    main.rec.openDialogAnswers.push({ canceled: false, filePaths: [copy] });
    expect(await main.invoke(ch.openSchool)).toEqual({ ok: true, value: { outcome: 'done', path: copy } });
    const payloads = main.window().webContents.sent.map((s) => s.payload as { type: string; task?: { phase: string } });
    expect(payloads.filter((p) => p.type === 'task').at(-1)?.task?.phase).toBe('done');
    expect(payloads.some((p) => p.type === 'replaced')).toBe(true);

    // A cancelled dialog is an answer, not an error.
    expect(await main.invoke(ch.openSchool)).toEqual({ ok: true, value: { outcome: 'cancelled' } });
  });
});
