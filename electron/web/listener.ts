import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { serveStatic } from './static-files';
import { resolveRendererPath } from '../host/renderer-files';

/** Takes a WebSocket upgrade that has already shown the session token from the preview's own origin. */
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/** What the HTTP side needs: where to listen, what to serve, and (tests) a fixed token. */
export interface ListenOptions {
  port?: number;
  staticDir: string;
  /** Fixed token (tests); random otherwise. */
  token?: string;
}

/**
 * The preview's HTTP side, listening before the core is open: it serves the built renderer at once
 * and holds WebSocket upgrades until the core's side takes them (acceptUpgrades).
 */
export interface PreviewListener {
  url: string;
  port: number;
  token: string;
  /** Hands checked upgrades to the core's side, those that arrived before it first. */
  acceptUpgrades(handler: UpgradeHandler): void;
  close(): Promise<void>;
}

/**
 * How long the page's files read at start are kept for a browser that has not asked for them: one
 * opened from the printed URL asks within tens of milliseconds; a returning one never asks (it
 * keeps them, content-named and sent as immutable), and a person who opens the link later gets
 * them from disk.
 */
const PAGE_FILES_KEPT_MS = 10_000;

function tokenMatches(expected: string, given: string | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Starts serving the built renderer on 127.0.0.1 only. Kept free of the core (and of its modules):
 * the entry point can print the URL while the core loads, so the browser fetches and parses the
 * renderer in the same time instead of after it.
 */
export async function listenPreview(options: ListenOptions): Promise<PreviewListener> {
  if (!existsSync(join(options.staticDir, 'index.html'))) {
    throw new Error(`No built renderer in ${options.staticDir}. Run "npx vite build" first (npm run dev:web does it for you).`);
  }
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;
  // The page's own files: index.html and the scripts, preloads and styles it names. They are read
  // now, while the browser is still on its way, and each is sent whole from memory when first asked
  // for: streamed from disk in 64 KB reads, the page's ~350 KB of scripts took ~45 ms to arrive.
  const index = resolveRendererPath(options.staticDir, '/');
  if (index.kind !== 'file') throw new Error(`No built renderer in ${options.staticDir}.`);
  const indexBytes = readFileSync(index.file);
  const named = [...indexBytes.toString('utf8').matchAll(/(?:src|href)="\.?(\/[^"]+)"/g)].map((m) => m[1]!);
  const ahead = new Map<string, Buffer>([[index.file, indexBytes]]);
  for (const path of named) {
    const target = resolveRendererPath(options.staticDir, path);
    if (target.kind === 'file' && !ahead.has(target.file) && statSync(target.file, { throwIfNoEntry: false })?.isFile()) ahead.set(target.file, readFileSync(target.file));
  }
  setTimeout(() => ahead.clear(), PAGE_FILES_KEPT_MS).unref();
  const server: Server = createServer((req, res) => {
    try {
      serveStatic(options.staticDir, port, req, res, ahead);
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
  // Upgrades that came before the core was ready wait here (a page loads faster than the core opens).
  let handler: UpgradeHandler | undefined;
  let waiting: Parameters<UpgradeHandler>[] = [];
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const originOk = req.headers.origin === `http://127.0.0.1:${port}`;
    if (url.pathname !== '/ws' || !originOk || !tokenMatches(token, url.searchParams.get('token'))) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nconnection: close\r\n\r\n');
      return;
    }
    socket.on('error', () => socket.destroy());
    if (handler) handler(req, socket, head);
    else waiting.push([req, socket, head]);
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
    acceptUpgrades(next) {
      handler = next;
      const earlier = waiting;
      waiting = [];
      // A socket the page gave up on while waiting is not handed on.
      for (const [req, socket, head] of earlier) if (!socket.destroyed) next(req, socket, head);
    },
    close: async () => {
      ahead.clear();
      for (const [, socket] of waiting) socket.destroy();
      waiting = [];
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
