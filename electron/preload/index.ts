/**
 * The preload: a finite, named `window.api`, checked against the contract with `satisfies`.
 * Built as one CommonJS file that requires only `electron` (the sandbox allows nothing else).
 * No raw `event` objects, no generic invoke, no `process`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, invokeChannels as ch } from '../../shared/ipc/channels';
import type { Api } from '../../shared/ipc/contract';
import type { AppEvent } from '../../shared/ipc/types';

const api = {
  getSession: () => ipcRenderer.invoke(ch.getSession),
  commit: (request) => ipcRenderer.invoke(ch.commit, request),
  undo: () => ipcRenderer.invoke(ch.undo),
  redo: () => ipcRenderer.invoke(ch.redo),
  startRealSchool: (request) => ipcRenderer.invoke(ch.startRealSchool, request),
  openSchool: () => ipcRenderer.invoke(ch.openSchool),
  saveCopy: () => ipcRenderer.invoke(ch.saveCopy),
  importChoose: (kind) => ipcRenderer.invoke(ch.importChoose, kind),
  importPreview: (settings) => ipcRenderer.invoke(ch.importPreview, settings),
  importApply: (request) => ipcRenderer.invoke(ch.importApply, request),
  plannerRun: (request) => ipcRenderer.invoke(ch.plannerRun, request),
  rolloverRun: (request) => ipcRenderer.invoke(ch.rolloverRun, request),
  planApply: (request) => ipcRenderer.invoke(ch.planApply, request),
  cancelTask: (id) => ipcRenderer.invoke(ch.cancelTask, id),
  dismissNotice: (id) => ipcRenderer.invoke(ch.dismissNotice, id),
  getUiPrefs: () => ipcRenderer.invoke(ch.getUiPrefs),
  setUiPrefs: (patch) => ipcRenderer.invoke(ch.setUiPrefs, patch),
  onEvent: (listener) => {
    const handler = (_event: IpcRendererEvent, payload: AppEvent): void => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
