import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** How the test proxy behaves. */
export interface ConnectProxyOptions {
  /** `user:pass` it accepts; without it, anyone may pass. */
  credentials?: string;
  /** Answer every tunnelled request with an HTML page instead of reaching the host (interception). */
  intercept?: boolean;
}

/** A running test proxy. */
export interface ConnectProxy {
  url: string;
  port: number;
  /** `CONNECT host:port` targets and absolute-URI requests, in order. */
  seen: string[];
  /** Proxy-Authorization values received (to check what was sent, never printed by tests). */
  authorizations: string[];
  close(): Promise<void>;
}

/**
 * The proxy's own name resolution: names under `.test` (reserved, never on the internet) are this
 * machine. Tests address the emulator as `emulator.test` because loopback addresses always go
 * direct, past any proxy (as in Chromium): only a remote-looking name exercises the proxy.
 */
function resolveTestName(host: string): string {
  return host.endsWith('.test') ? '127.0.0.1' : host;
}

/** The emulator's base URL under a name only the test proxy resolves. */
export function throughProxyName(url: string): string {
  return url.replace('//127.0.0.1:', '//emulator.test:');
}

const PAGE = '<!DOCTYPE html><html><head><title>Blocked by policy</title></head><body>Access to this site is restricted.</body></html>';

/**
 * An HTTP proxy for tests, written for them: CONNECT tunnels (what undici uses for every target)
 * and absolute-URI requests, Basic proxy authentication answered with 407, and an intercepting mode.
 */
export async function startConnectProxy(options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  const seen: string[] = [];
  const authorizations: string[] = [];
  const sockets = new Set<Socket>();
  const allowed = (req: IncomingMessage) => {
    const header = req.headers['proxy-authorization'];
    if (header) authorizations.push(header);
    if (!options.credentials) return true;
    return header === `Basic ${Buffer.from(options.credentials).toString('base64')}`;
  };
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (!allowed(req)) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test proxy"' }).end();
      return;
    }
    const target = new URL(req.url ?? '');
    const upstream = httpRequest({ host: resolveTestName(target.hostname), port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (!allowed(req)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test proxy"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (options.intercept) {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      client.once('data', () => client.end(`HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: ${PAGE.length}\r\nconnection: close\r\n\r\n${PAGE}`));
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), resolveTestName(host!), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    authorizations,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
