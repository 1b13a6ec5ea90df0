import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { launchChromium } from '../test/support/browser';
import { startEmulator } from '../test/support/emulator';
import { median, type BenchOptions, type BenchResult } from './util';

const KEY = 'bench-key-0000000000000000';

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) / 1024;
}

// Starts the built preview server as a user does (`npm run dev:web`), resolving with its URL.
function startServer(dataDir: string, env: Record<string, string>): Promise<{ child: ChildProcess; url: string; startedAt: number }> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['dist-cli/web.mjs', '--port', '0', '--data-dir', dataDir], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /Switchboard preview: (\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url, startedAt });
    });
    child.on('exit', (code) => reject(new Error(`the preview exited (${code}): ${out}`)));
  });
}

// The reference: a bare Node server that serves an empty page, started and painted the same way.
async function emptyPage(page: import('playwright-core').Page): Promise<number> {
  const t = performance.now();
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>ready</p>'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.getByText('ready').waitFor();
  const ms = performance.now() - t;
  server.close();
  return ms;
}

// Drives the preview over its WebSocket as the window does: n model-list refreshes (n exchanges).
async function exchanges(url: string, n: number): Promise<void> {
  const u = new URL(url);
  const token = /token=([^&]+)/.exec(u.hash)?.[1] ?? '';
  const ws = new WebSocket(`ws://${u.host}/ws?token=${token}`, { origin: `http://${u.host}` });
  await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
  let id = 0;
  const pending = new Map<number, () => void>();
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { type: string; id?: number };
    if (m.type === 'result' && m.id !== undefined) pending.get(m.id)?.();
  });
  const invoke = (channel: string, payload: unknown) => new Promise<void>((resolve) => (pending.set(++id, resolve), ws.send(JSON.stringify({ type: 'invoke', id, channel, payload }))));
  for (let i = 0; i < n; i++) await invoke('models:list', { providerId: 'together', refresh: true });
  ws.close();
}

/** Preview start (process start to the chat painted) against an empty page, and the preview's memory idle and after traffic. */
export async function benchPreview(options: BenchOptions): Promise<BenchResult[]> {
  const emulator = await startEmulator({ key: KEY });
  const browser = await launchChromium();
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  try {
    const page = await browser.newPage();
    const starts: number[] = [];
    const empties: number[] = [];
    const runs = options.quick ? 1 : 5;
    let last: { child: ChildProcess; url: string } | undefined;
    for (let i = 0; i < runs; i++) {
      empties.push(await emptyPage(page));
      const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-preview-'));
      dirs.push(dir);
      const server = await startServer(dir, { TOGETHER_API_KEY: KEY });
      children.push(server.child);
      await page.goto(server.url);
      await page.getByRole('complementary', { name: 'Conversations' }).waitFor();
      starts.push(performance.now() - server.startedAt);
      if (last) last.child.kill();
      last = server;
    }
    const start = median(starts);
    const empty = median(empties);
    await page.close();
    await new Promise((r) => setTimeout(r, 1500));
    const idle = rssMb(last!.child.pid!);
    // Point the last preview at the emulator and make traffic.
    await fetch(`${emulator.baseUrl}/models`).catch(() => undefined);
    const u = new URL(last!.url);
    const ws = new WebSocket(`ws://${u.host}/ws?token=${/token=([^&]+)/.exec(u.hash)?.[1] ?? ''}`, { origin: `http://${u.host}` });
    await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
    ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'providers:update', payload: { providerId: 'together', baseUrl: emulator.baseUrl, model: 'emu-small' } }));
    await new Promise((r) => ws.once('message', r));
    ws.close();
    const n = options.quick ? 50 : 2_000;
    await exchanges(last!.url, n);
    await new Promise((r) => setTimeout(r, 2000));
    const loaded = rssMb(last!.child.pid!);
    return [
      { name: 'preview start: process start to the chat painted', value: `${start.toFixed(0)} ms (empty page served and painted: ${empty.toFixed(0)} ms, ${(start / empty).toFixed(2)}×)`, budget: '<= 1500 ms', pass: start <= 1500, figure: start, unit: 'ms' },
      { name: 'preview idle memory (RSS)', value: `${idle.toFixed(0)} MB`, budget: '<= 150 MB', pass: idle <= 150, figure: idle, unit: 'MB' },
      { name: `preview memory after ${n.toLocaleString('en')} exchanges (RSS)`, value: `${loaded.toFixed(0)} MB (${((loaded / idle - 1) * 100).toFixed(0)}% over idle; the wire log is capped)`, budget: 'reported (RSS does not shrink back without a GC the process is not asked for)', pass: true, figure: loaded, unit: 'MB' },
    ];
  } finally {
    for (const c of children) c.kill();
    await browser.close();
    await emulator.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
