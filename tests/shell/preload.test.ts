/**
 * The built preload (out/preload/index.cjs) as Electron's sandbox runs it: one CommonJS script
 * whose `require` knows only `electron`. It must expose a finite, named `api` that forwards each
 * call to the contract's channel, and pass main's events on without Electron's event object.
 */
import fs from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, invokeChannels, invokeNames } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { preloadFile, requireBuilt } from './support/build-output';

type Fn = (...args: unknown[]) => unknown;

interface Loaded {
  readonly exposed: [string, Record<string, Fn>][];
  readonly invoke: ReturnType<typeof vi.fn<Fn>>;
  readonly on: ReturnType<typeof vi.fn<Fn>>;
  readonly removeListener: ReturnType<typeof vi.fn<Fn>>;
  readonly required: string[];
}

/** Runs the preload in a fresh context, as the CommonJS wrapper would, with a recording electron. */
function runPreload(): Loaded {
  const source = fs.readFileSync(requireBuilt(preloadFile), 'utf8');
  const exposed: [string, Record<string, Fn>][] = [];
  const required: string[] = [];
  const invoke = vi.fn<Fn>((channel) => Promise.resolve({ ok: true, value: `answer from ${String(channel)}` }));
  const on = vi.fn<Fn>();
  const removeListener = vi.fn<Fn>();
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: Record<string, Fn>) => exposed.push([name, api]) },
    ipcRenderer: { invoke, on, removeListener },
  };
  const sandboxRequire = (id: string): unknown => {
    required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`the preload required '${id}': a sandboxed preload may require only 'electron'`);
  };
  // No `process`, `Buffer` or timers in the context: the preload must not need them.
  const context = vm.createContext({});
  const wrapper = vm.runInContext(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, context, { filename: preloadFile }) as Fn;
  const module = { exports: {} };
  wrapper(module.exports, sandboxRequire, module, preloadFile, '.');
  return { exposed, invoke, on, removeListener, required };
}

describe('built preload (out/preload/index.cjs)', () => {
  it('is one CommonJS script whose only dependency is require("electron")', () => {
    const source = fs.readFileSync(requireBuilt(preloadFile), 'utf8');
    expect(source.match(/\brequire\s*\(/g)).toHaveLength(1);
    expect(source).toMatch(/\brequire\(\s*["']electron["']\s*\)/);
    expect(source).not.toMatch(/^\s*(import|export)\b/m);
    expect(source).not.toMatch(/\bimport\s*\(|\bimport\.meta\b/);
    expect(() => new vm.Script(source, { filename: preloadFile })).not.toThrow();
    expect(runPreload().required).toEqual(['electron']);
  });

  it('exposes `api` once, with exactly the contract names plus onEvent', () => {
    const { exposed } = runPreload();
    expect(exposed.map(([name]) => name)).toEqual(['api']);
    const api = exposed[0]?.[1] ?? {};
    expect(Object.keys(api).sort()).toEqual([...invokeNames, 'onEvent'].sort());
    for (const [key, value] of Object.entries(api)) expect(typeof value, key).toBe('function');
  });

  it("forwards each call to its contract channel with the caller's argument, and returns main's answer", async () => {
    for (const name of invokeNames) {
      const { exposed, invoke } = runPreload();
      const api = exposed[0]?.[1] as Record<string, Fn>;
      const takesArgument = !contract[name].args.safeParse([]).success;
      const probe = { probe: name };
      // An extra argument is dropped: the API is finite, not a passthrough.
      const answer = await (takesArgument ? api[name]?.(probe, 'extra') : api[name]?.('extra'));
      expect(invoke.mock.calls, name).toEqual([takesArgument ? [invokeChannels[name], probe] : [invokeChannels[name]]]);
      expect(answer, name).toEqual({ ok: true, value: `answer from ${invokeChannels[name]}` });
    }
  });

  it('onEvent passes only the payload to the listener, and its return value unsubscribes', () => {
    const { exposed, on, removeListener, invoke } = runPreload();
    const api = exposed[0]?.[1] as Record<string, Fn>;
    const listener = vi.fn();
    const unsubscribe = api['onEvent']?.(listener) as () => void;
    expect(on).toHaveBeenCalledTimes(1);
    const [channel, handler] = on.mock.calls[0] as [string, Fn];
    expect(channel).toBe(EVENT_CHANNEL);

    const payload = { type: 'menu', action: { kind: 'undo' } };
    handler({ sender: 'the raw IpcRendererEvent', ports: [] }, payload);
    expect(listener.mock.calls).toEqual([[payload]]);

    expect(removeListener).not.toHaveBeenCalled();
    unsubscribe();
    expect(removeListener.mock.calls).toEqual([[EVENT_CHANNEL, handler]]);
    expect(invoke).not.toHaveBeenCalled();
  });
});
