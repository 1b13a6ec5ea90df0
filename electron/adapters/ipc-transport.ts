import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, type Push, type PushChannel } from '../ipc/contract';
import type { Dispatch } from '../ipc/serve';
import { isAppUrl } from './app-scheme';

/**
 * True when an IPC call comes from the top frame of one of our windows showing the app's own
 * origin. The frame's URL is parsed and compared by scheme and host, so the install path (which
 * may hold `%`, `~` or brackets) never takes part.
 */
export function isOwnFrame(event: IpcMainInvokeEvent, windows: () => BrowserWindow[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const ours = windows().some((w) => !w.isDestroyed() && w.webContents.id === event.sender.id);
  return ours && isAppUrl(frame.url);
}

/** Registers every contract channel on ipcMain through the shared dispatcher. */
export function registerIpc(dispatch: Dispatch<IpcMainInvokeEvent>): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch(channel, payload, event));
  }
}

/** Sends a push to every live window. */
export function broadcast(windows: () => BrowserWindow[]) {
  return <C extends PushChannel>(channel: C, payload: Push[C]) => {
    for (const w of windows()) if (!w.isDestroyed()) w.webContents.send(channel, payload);
  };
}
