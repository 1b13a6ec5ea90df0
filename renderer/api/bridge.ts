import type { Result } from '../../electron/ipc/contract';

/** The narrow bridge a window talks through: Electron's preload, or the preview's WebSocket. */
export interface Bridge {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    switchboard?: Bridge;
  }
}

const TOKEN_KEY = 'switchboard.previewToken';

/** Takes the preview token from `#token=...` once, keeps it for reloads, and clears it from the URL. */
export function takePreviewToken(): string | undefined {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', `${window.location.pathname}#/chat`);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

/** A bridge over the preview's loopback WebSocket, with calls queued until it opens. */
export function createWebSocketBridge(token: string): Bridge {
  const url = `ws://${window.location.host}/ws?token=${encodeURIComponent(token)}`;
  const socket = new WebSocket(url);
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const ready = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('Could not connect to the preview server')), { once: true });
  });
  let nextId = 1;
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { type: string; id?: number; result?: Result<unknown>; channel?: string; payload?: unknown };
    if (message.type === 'result' && message.id !== undefined && message.result) {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (message.type === 'push' && message.channel) {
      for (const l of listeners.get(message.channel) ?? []) l(message.payload);
    }
  });
  socket.addEventListener('close', () => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'disconnected', message: 'The connection to Switchboard was lost. Reload the page.' } });
    pending.clear();
  });
  return {
    async invoke(channel, payload) {
      try {
        await ready;
      } catch (error) {
        return { ok: false, error: { code: 'disconnected', message: (error as Error).message } };
      }
      if (socket.readyState !== WebSocket.OPEN) return { ok: false, error: { code: 'disconnected', message: 'The connection to Switchboard was lost. Reload the page.' } };
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        socket.send(JSON.stringify({ type: 'invoke', id, channel, payload }));
      });
    },
    on(channel, listener) {
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
      }
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

/** The bridge for this window: Electron's preload if present, else the preview WebSocket. */
export function connectBridge(): Bridge | undefined {
  if (window.switchboard) return window.switchboard;
  const token = takePreviewToken();
  return token ? createWebSocketBridge(token) : undefined;
}
