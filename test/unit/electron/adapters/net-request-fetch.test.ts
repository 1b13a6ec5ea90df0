import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { netRequestFetch } from '../../../../electron/adapters/net-request-fetch';
// The Electron stand-in's ClientRequest (Electron's `net.request`, as documented) drives the adapter.
import { ClientRequest } from '../../../electron/standin/net';
import { markReady } from '../../../electron/standin/lifecycle';

let server: Server;
let base: string;
let other: string;
const seen: { url: string; auth?: string }[] = [];

beforeAll(async () => {
  markReady();
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', ...(req.headers.authorization ? { auth: req.headers.authorization } : {}) });
    if (req.url === '/hop') return void res.writeHead(307, { location: '/final' }).end();
    if (req.url === '/cross') return void res.writeHead(302, { location: `${other}/final` }).end();
    if (req.url === '/stream') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: one\n\n');
      setTimeout(() => res.end('data: two\n\n'), 30);
      return;
    }
    if (req.url === '/stall') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      return void res.write('data: first\n\n');
    }
    res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] }).end(JSON.stringify({ method: req.method }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  other = `http://localhost:${port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const fetchLike = netRequestFetch((options) => new ClientRequest(options));

describe('a FetchLike over net.request', () => {
  it('hands back a manual redirect as the 3xx with its Location', async () => {
    const res = await fetchLike(`${base}/hop`, { redirect: 'manual' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('/final');
  });
  it('follows redirects and says so, with the URL the answer came from; Authorization does not cross origins', async () => {
    seen.length = 0;
    const res = await fetchLike(`${base}/cross`, { headers: { authorization: 'Bearer secret-000' } });
    expect(res.status).toBe(200);
    expect(res.redirected).toBe(true);
    expect(res.url).toBe(`${other}/final`);
    expect(seen).toEqual([{ url: '/cross', auth: 'Bearer secret-000' }, { url: '/final' }]);
    const plain = await fetchLike(`${base}/plain`);
    expect(plain.redirected).toBe(false);
    expect(plain.url).toBe(`${base}/plain`);
  });
  it('sends method, headers and body, and reads every header', async () => {
    const res = await fetchLike(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x":1}' });
    expect(await res.json()).toEqual({ method: 'POST' });
    expect(res.headers.get('set-cookie')).toBe('a=1, b=2');
  });
  it('streams the body as it arrives', async () => {
    const res = await fetchLike(`${base}/stream`);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('data: one\n\n');
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest).toBe('data: two\n\n');
  });
  it('aborts a stalled stream through the signal', async () => {
    const controller = new AbortController();
    const res = await fetchLike(`${base}/stall`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await expect(reader.read()).rejects.toThrow(/abort/i);
  });
  it('fails like fetch when nothing answers: TypeError("fetch failed") with Chromium’s reason beside it', async () => {
    const error = await fetchLike('http://127.0.0.1:1/').then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(((error as TypeError).cause as Error).message).toBe('net::ERR_CONNECTION_REFUSED');
  });
});
