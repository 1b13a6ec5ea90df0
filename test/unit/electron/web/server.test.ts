import { mkdirSync, writeFileSync } from 'node:fs';
import { makeTempDir } from '../../../support/temp-dir';
import { until } from '../../../support/core';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startPreview, type Preview } from '../../../../electron/web/server';

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
});
