/**
 * The stand-in itself, held to the Electron behaviours it claims to model (see standin/electron.ts).
 * If one of these fails, the desktop scenarios prove less than they say.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchStandin, type StandinApp } from './standin/launch';

const temp: string[] = [];
const userData = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-standin-'));
  temp.push(dir);
  return join(dir, 'profile');
};
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Probe = { probe: Record<string, unknown> & { invoke(c: string, p?: unknown): Promise<unknown> } };

describe('the Electron stand-in', () => {
  it('emits ready only after the entry evaluated: a top-level await of whenReady() hangs, as in Electron', async () => {
    const app = await launchStandin({ appDir: resolve('.'), userDataDir: userData(), main: resolve('test/electron/fixtures/tla-main.mjs'), pendingAfterMs: 1500 });
    try {
      const pending = await app.waitFor('entry-pending', 10_000);
      expect(pending.afterMs).toBeGreaterThanOrEqual(1500);
      expect(app.events.some((e) => e.type === 'ready' || e.type === 'window')).toBe(false);
    } finally {
      await app.quit();
    }
  });

  describe('with a probe app', () => {
    let app: StandinApp;
    let page: Page;
    let server: Server;
    let origin: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/start') res.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/end` }).end();
        else res.writeHead(200, { 'content-type': 'text/plain' }).end('end');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      app = await launchStandin({ appDir: resolve('.'), userDataDir: userData(), main: resolve('test/electron/fixtures/probe-main.mjs') });
      page = await app.firstWindow();
    });
    afterAll(async () => {
      await app?.quit();
      server?.close();
    });

    it('serves the scheme with the handler’s headers: its CSP blocks the inline script', async () => {
      expect(await page.evaluate(() => (globalThis as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
      expect(app.events.some((e) => e.type === 'console' && /Content Security Policy/.test(e.text))).toBe(true);
    });

    it('runs the preload isolated and sandboxed; the page sees only what contextBridge exposed, frozen', async () => {
      const seen = await page.evaluate(() => {
        const p = (globalThis as unknown as Probe).probe;
        return {
          require: typeof (globalThis as { require?: unknown }).require,
          frozen: Object.isFrozen(p) && Object.isFrozen(p.nested) && Object.isFrozen((p.nested as { list: unknown[] }).list),
          bindings: Object.keys(globalThis).filter((k) => k.startsWith('__electron')),
          fsLoads: p.fsLoads,
          typeofProcess: p.typeofProcess,
          redefine: (() => {
            try {
              Object.defineProperty(globalThis, 'probe', { value: 1 });
              return 'redefined';
            } catch {
              return 'refused';
            }
          })(),
        };
      });
      expect(seen).toEqual({ require: 'undefined', frozen: true, bindings: [], fsLoads: 'module not found: fs', typeofProcess: 'object', redefine: 'refused' });
    });

    it('copies values across, proxies functions and promises, and keeps only an error’s message', async () => {
      const seen = await page.evaluate(async () => {
        const p = (globalThis as unknown as Probe).probe as unknown as { echo(v: unknown): { a: number[] }; fail(): void; later(): Promise<unknown> };
        const sent = { a: [1, 2] };
        const back = p.echo(sent);
        let thrown: unknown;
        try {
          p.fail();
        } catch (error) {
          thrown = { name: (error as Error).name, message: (error as Error).message };
        }
        return { copy: back !== sent, equal: JSON.stringify(back) === JSON.stringify(sent), frozen: Object.isFrozen(back), thrown, later: await p.later() };
      });
      expect(seen).toEqual({ copy: true, equal: true, frozen: false, thrown: { name: 'Error', message: 'nope' }, later: { done: true } });
    });

    it('delivers invoke to ipcMain with the real sender frame, and errors as Electron words them', async () => {
      const echo = await page.evaluate(() => (globalThis as unknown as Probe).probe.invoke('echo', { n: 1 }));
      expect(echo).toEqual({ value: { n: 1 }, url: 'probe://fixture/index.html', origin: 'probe://fixture', topFrame: true, ours: true });
      const errors = await page.evaluate(async () => {
        const p = (globalThis as unknown as Probe).probe;
        const message = (c: string) => p.invoke(c).then(() => 'resolved', (e: Error) => e.message);
        return [await message('boom'), await message('nothing')];
      });
      expect(errors).toEqual(["Error invoking remote method 'boom': Error: boom", "Error invoking remote method 'nothing': Error: No handler registered for 'nothing'"]);
    });

    it('delivers webContents.send to the preload’s listeners', async () => {
      const value = await page.evaluate(
        () =>
          new Promise((resolvePush) => {
            const p = (globalThis as unknown as Probe).probe as unknown as { onPush(l: (v: unknown) => void): void; invoke(c: string, v: unknown): Promise<unknown> };
            p.onPush(resolvePush);
            void p.invoke('push', { hello: 'page' });
          }),
      );
      expect(value).toEqual({ hello: 'page' });
    });

    it('models net: fetch without url/redirected, manual redirects cancelled, request redirect events; nothing before ready', async () => {
      const net = await page.evaluate((u) => (globalThis as unknown as Probe).probe.invoke('net', u), `${origin}/start`);
      expect(net).toEqual({ url: '', redirected: false, status: 200, manual: 'Redirect was cancelled', hops: [`302 ${origin.replace('127.0.0.1', 'localhost')}/end`, '200'] });
      const results = (await page.evaluate(() => (globalThis as unknown as Probe).probe.invoke('results'))) as Record<string, string>;
      expect(results.requestBeforeReady).toMatch(/only be used after app is ready/);
      expect(results.lateRegister).toMatch(/should be called before app is ready/);
    });
  });
});
