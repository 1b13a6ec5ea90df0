import { mkdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { createCore, type Core } from '../core/app';
import { openSettingsFile } from '../core/settings/settings-file';
import { KeyFileCipher } from '../core/keys/keyfile-cipher';
import { ProxyState } from '../core/net/proxy-state';
import type { PushSink } from '../shared/push';
import { createProxiedFetch } from '../host/proxied-fetch';
import type { FetchLike } from '../core/net/recording-fetch';
import type { Push, PushChannel } from '../ipc/contract';
import { createDispatcher } from '../ipc/serve';
import { createHandlers } from '../ipc/handlers';
import { listenPreview, type PreviewListener } from './listener';
import { parseClientMessage, type ServerMessage } from './protocol';

/** What the core of a preview needs: its data folder, environment, and (tests) a fetch. */
export interface PreviewCoreOptions {
  dataDir: string;
  env?: Readonly<Record<string, string | undefined>>;
  fetch?: FetchLike;
  version?: string;
}

/** Options for the browser preview server. */
export interface PreviewOptions extends PreviewCoreOptions {
  port?: number;
  staticDir: string;
  /** Fixed token (tests); random otherwise. */
  token?: string;
}

/** A running preview. */
export interface Preview {
  url: string;
  port: number;
  token: string;
  core: Core;
  close(): Promise<void>;
}

/** The core of a preview on its data folder, with the proxy setting ("system" meaning HTTPS_PROXY/NO_PROXY). */
function openPreviewCore(options: PreviewCoreOptions, push: PushSink) {
  const { store, problem } = openSettingsFile(join(options.dataDir, 'settings.json'));
  if (problem) console.warn(problem);
  const env = options.env ?? process.env;
  const proxyState = new ProxyState();
  const proxied = createProxiedFetch(proxyState, env);
  const core = createCore({
    fetch: options.fetch ?? proxied.fetch,
    network: { state: proxyState, route: proxied, systemMeans: 'env' },
    cipher: new KeyFileCipher(join(options.dataDir, 'keyfile')),
    store,
    dataDir: options.dataDir,
    env,
    transport: 'web',
    version: options.version ?? '0.0.0',
    push,
    ...(problem ? { startupProblems: [problem] } : {}),
  });
  return { core, proxied };
}

/** The largest WebSocket message: an attachment at its largest (50 MB) as base64, with room to spare. */
export const MAX_MESSAGE_BYTES = 72 * 1024 * 1024;

/**
 * The browser preview: the built renderer and the real core on 127.0.0.1 only, bridged by a
 * WebSocket that requires the session token and the preview's own origin.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const listener = await listenPreview(options);
  try {
    return openPreview(listener, options);
  } catch (error) {
    await listener.close();
    throw error;
  }
}

/**
 * Opens the core on a listening preview and bridges the WebSocket to it (upgrades that came while
 * it opened are taken now). Throws, with the listener left open, if the data folder cannot be used.
 */
export function openPreview(listener: PreviewListener, options: PreviewCoreOptions): Preview {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const clients = new Set<WebSocket>();
  const send = (ws: WebSocket, message: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const push = <C extends PushChannel>(channel: C, payload: Push[C]) => {
    for (const ws of clients) send(ws, { type: 'push', channel, payload });
  };
  const { core, proxied } = openPreviewCore(options, push);
  // Trust is established once per connection (token + origin at upgrade), so the sender is that flag.
  const dispatch = createDispatcher<{ verified: boolean }>(createHandlers(core), (s) => s.verified);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  listener.acceptUpgrades((req: IncomingMessage, socket: Duplex, head: Buffer) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      clients.add(ws);
      const sender = { verified: true };
      ws.on('close', () => clients.delete(ws));
      // A protocol error (a frame over the size limit, invalid UTF-8) ends this socket, never the server.
      ws.on('error', () => ws.terminate());
      ws.on('message', (data) => {
        const message = parseClientMessage(data.toString());
        if (!message) return;
        void dispatch(message.channel, message.payload, sender).then((result) => send(ws, { type: 'result', id: message.id, result }));
      });
    });
  });
  return {
    url: listener.url,
    port: listener.port,
    token: listener.token,
    core,
    close: async () => {
      await core.close();
      await proxied.close();
      for (const ws of clients) ws.terminate();
      wss.close();
      await listener.close();
    },
  };
}
