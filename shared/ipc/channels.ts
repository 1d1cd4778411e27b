/**
 * IPC channel names. Kept free of zod and of any runtime dependency so the sandboxed preload can
 * bundle it into one CommonJS file that requires only `electron`.
 */
export const invokeChannels = {
  getSession: 'school:get-session',
  commit: 'school:commit',
  undo: 'school:undo',
  redo: 'school:redo',
  startRealSchool: 'school:start-real',
  openSchool: 'file:open-school',
  saveCopy: 'file:save-copy',
  importChoose: 'import:choose',
  importPreview: 'import:preview',
  importApply: 'import:apply',
  plannerRun: 'planner:run',
  rolloverRun: 'planner:rollover',
  planApply: 'planner:apply',
  cancelTask: 'task:cancel',
  dismissNotice: 'notice:dismiss',
  getUiPrefs: 'prefs:get-ui',
  setUiPrefs: 'prefs:set-ui',
} as const;

export type InvokeName = keyof typeof invokeChannels;
export const invokeNames = Object.keys(invokeChannels) as readonly InvokeName[];

/** The one channel main uses to send events to the renderer. */
export const EVENT_CHANNEL = 'app:event';
