import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { createCore, type Core } from '../core/app';
import { openConfStore } from '../core/settings/conf-store';
import { KeyFileCipher } from '../core/keys/keyfile-cipher';
import { ProxyState } from '../core/net/proxy-state';
import type { PushSink } from '../shared/push';
import { createProxiedFetch } from '../host/proxied-fetch';
import type { FetchLike } from '../core/net/recording-fetch';
import type { Push, PushChannel } from '../ipc/contract';
import { createDispatcher } from '../ipc/serve';
import { createHandlers } from '../ipc/handlers';
import { serveStatic } from './static-files';
import { parseClientMessage, type ServerMessage } from './protocol';

/** Options for the browser preview server. */
export interface PreviewOptions {
  port?: number;
  dataDir: string;
  staticDir: string;
  env?: Readonly<Record<string, string | undefined>>;
  fetch?: FetchLike;
  version?: string;
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

function tokenMatches(expected: string, given: string | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The core of a preview on its data folder, with the proxy setting ("system" meaning HTTPS_PROXY/NO_PROXY). */
function openPreviewCore(options: PreviewOptions, push: PushSink) {
  const { store, problem } = openConfStore(options.dataDir);
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
  if (!existsSync(join(options.staticDir, 'index.html'))) {
    throw new Error(`No built renderer in ${options.staticDir}. Run "npx vite build" first (npm run dev:web does it for you).`);
  }
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const token = options.token ?? randomBytes(24).toString('base64url');
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

  let port = options.port ?? 0;
  const server: Server = createServer((req, res) => {
    try {
      serveStatic(options.staticDir, port, req, res);
    } catch {
      if (!res.headersSent) res.writeHead(400).end('Bad request');
      else res.destroy();
    }
  });
  // A malformed request line or header: answer 400 and close that connection only.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const originOk = req.headers.origin === `http://127.0.0.1:${port}`;
    if (url.pathname !== '/ws' || !originOk || !tokenMatches(token, url.searchParams.get('token'))) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nconnection: close\r\n\r\n');
      return;
    }
    socket.on('error', () => socket.destroy());
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
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    core,
    close: async () => {
      await core.close();
      await proxied.close();
      for (const ws of clients) ws.terminate();
      wss.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
