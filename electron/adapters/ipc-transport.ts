import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, type Push, type PushChannel } from '../ipc/contract';
import type { Dispatch } from '../ipc/serve';

/** True when an IPC call comes from one of our windows' own top frame at our own page. */
export function isOwnFrame(event: IpcMainInvokeEvent, windows: () => BrowserWindow[], rendererUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const ours = windows().some((w) => !w.isDestroyed() && w.webContents.id === event.sender.id);
  if (!ours) return false;
  try {
    const url = new URL(frame.url);
    const expected = new URL(rendererUrl);
    return url.protocol === expected.protocol && url.host === expected.host && url.pathname === expected.pathname;
  } catch {
    return false;
  }
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
