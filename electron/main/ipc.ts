/** Registers the contract's handlers on ipcMain, answering only the app's own window and page. */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { invokeChannels, invokeNames } from '../../shared/ipc/channels';
import type { Handlers } from './handlers';
import { isAppUrl } from './security';

/** True when the message comes from the app's main frame showing the app's own page. */
export function isTrustedSender(event: IpcMainInvokeEvent, trustedWebContentsId: () => number | null, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || event.sender.id !== trustedWebContentsId()) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
}

export function registerIpc(ipcMain: IpcMain, handlers: Handlers, trustedWebContentsId: () => number | null, appUrl: string): void {
  for (const name of invokeNames) {
    ipcMain.handle(invokeChannels[name], (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, trustedWebContentsId, appUrl)) {
        return { ok: false, error: { code: 'invalid-argument', message: 'Request from an untrusted page was refused.' } };
      }
      return handlers[name](args);
    });
  }
}
