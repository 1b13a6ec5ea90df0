import { mkdirSync, writeFileSync } from 'node:fs';
import { makeTempDir } from '../../../support/temp-dir';
import { until } from '../../../support/core';
import { request } from 'node:http';
import { connect as connectTcp } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startPreview, type Preview, MAX_MESSAGE_BYTES } from '../../../../electron/web/server';

let preview: Preview;
const root = makeTempDir('sb-web-');
const staticDir = join(root, 'static');

beforeAll(async () => {
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  preview = await startPreview({ dataDir: join(root, 'data'), staticDir, env: {}, token: 'test-token-123' });
});
afterAll(() => preview.close());

function connect(token: string | undefined, origin: string | undefined): Promise<'open' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${preview.port}/ws${token ? `?token=${token}` : ''}`, origin ? { origin } : {});
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => undefined);
  });
}

function get(path: string): Promise<{ status: number; body: string; csp?: string }> {
  return new Promise((resolve) => {
    request({ host: '127.0.0.1', port: preview.port, path }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ...(res.headers['content-security-policy'] ? { csp: String(res.headers['content-security-policy']) } : {}) }));
    }).end();
  });
}

describe('browser preview server', () => {
  const origin = () => `http://127.0.0.1:${preview.port}`;

  it('accepts the page with its token from its own origin', async () => {
    expect(await connect('test-token-123', origin())).toBe('open');
  });
  it('refuses a missing or wrong token, and another origin', async () => {
    expect(await connect(undefined, origin())).toBe(401);
    expect(await connect('wrong-token-000', origin())).toBe(401);
    expect(await connect('test-token-123', 'http://evil.example')).toBe(401);
    expect(await connect('test-token-123', undefined)).toBe(401);
  });
  it('answers calls and refuses unknown channels as values', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${preview.port}/ws?token=test-token-123`, { origin: origin() });
    await new Promise((r) => ws.on('open', r));
    const answers: unknown[] = [];
    ws.on('message', (m) => answers.push(JSON.parse(String(m))));
    ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'app:info', payload: {} }));
    ws.send(JSON.stringify({ type: 'invoke', id: 2, channel: 'keys:get', payload: {} }));
    ws.send('not json');
    ws.send(JSON.stringify({ type: 'invoke', id: 3, channel: 'app:info', payload: {} }));
    // Answers come in order: once the last call's answer is in, the malformed frame was dropped.
    await until(() => answers.some((a) => (a as { id?: number }).id === 3));
    ws.close();
    expect(answers).toContainEqual({ type: 'result', id: 1, result: { ok: true, value: expect.objectContaining({ transport: 'web', cipherBackend: 'keyfile' }) } });
    expect(answers).toContainEqual({ type: 'result', id: 2, result: { ok: false, error: expect.objectContaining({ code: 'unknown-channel' }) } });
  });
  it('serves the page with a CSP and never a file outside its folder', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.csp).toContain("default-src 'self'");
    const escape = await get('/..%2Fsecret.txt');
    expect(escape.body).not.toContain('outside');
    expect((await get('/%2e%2e/%2e%2e/secret.txt')).body).not.toContain('outside');
  });
  it('answers malformed paths and requests with 400, and stays up', async () => {
    expect((await get('/%')).status).toBe(400);
    expect((await get('/%E0%A4%A')).status).toBe(400);
    const raw = await new Promise<string>((resolve) => {
      const socket = connectTcp(preview.port, '127.0.0.1', () => socket.end('GET / HTTP/1.1\r\nBad Header Line\r\n\r\n'));
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect((await get('/')).status).toBe(200);
  });
  it('closes only the socket that breaks the WebSocket protocol; the other windows stay connected', async () => {
    const open = async () => {
      const ws = new WebSocket(`ws://127.0.0.1:${preview.port}/ws?token=test-token-123`, { origin: origin() });
      await new Promise((r) => ws.on('open', r));
      return ws;
    };
    const good = await open();
    const oversized = await open();
    const invalidUtf8 = await open();
    const closed = (ws: WebSocket) => new Promise<number>((r) => ws.on('close', (code) => r(code)));
    const closedBig = closed(oversized);
    oversized.on('error', () => undefined);
    oversized.send(Buffer.alloc(MAX_MESSAGE_BYTES + 1024, 97));
    expect([1006, 1009]).toContain(await closedBig);
    const closedUtf8 = closed(invalidUtf8);
    invalidUtf8.on('error', () => undefined);
    // A text frame with invalid UTF-8, written by hand on the socket.
    (invalidUtf8 as unknown as { _socket: { write(b: Buffer): void } })._socket.write(Buffer.from([0x81, 0x82, 0, 0, 0, 0, 0xc3, 0x28]));
    expect(await closedUtf8).toBeGreaterThan(1000);
    const answers: { id?: number }[] = [];
    good.on('message', (m) => answers.push(JSON.parse(String(m))));
    good.send(JSON.stringify({ type: 'invoke', id: 9, channel: 'app:info', payload: {} }));
    await until(() => answers.some((a) => a.id === 9));
    good.close();
  });
});
