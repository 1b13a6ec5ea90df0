/**
 * The narrow bridge: `window.switchboard.invoke/on`, only for the contract's channels. Built as
 * CommonJS because sandboxed preloads cannot be ES modules. Never exposes ipcRenderer or the event.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL_NAMES, PUSH_CHANNEL_NAMES } from './ipc/channels';

const invokeAllowed = new Set<string>(INVOKE_CHANNEL_NAMES);
const pushAllowed = new Set<string>(PUSH_CHANNEL_NAMES);

contextBridge.exposeInMainWorld('switchboard', {
  invoke(channel: string, payload: unknown) {
    if (!invokeAllowed.has(channel)) return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `Unknown channel "${channel}".` } });
    return ipcRenderer.invoke(channel, payload);
  },
  on(channel: string, listener: (payload: unknown) => void) {
    if (!pushAllowed.has(channel)) return () => undefined;
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
});
