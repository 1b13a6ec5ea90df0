import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Page } from 'playwright-core';
import { HistoryService } from '../electron/core/history/history-service';
import { launchChromium } from '../test/support/browser';
import { startEmulator } from '../test/support/emulator';
import { median, type BenchOptions, type BenchResult } from './util';

const KEY = 'bench-key-0000000000000000';
// The conversation every started preview opens on: the chat is painted when its title is listed
// and its message shown, which takes the first round trips to the core, not only the page.
const SEEDED_TITLE = 'Bench conversation';
const SEEDED_TEXT = 'A message the chat view shows once the core has answered.';

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) / 1024;
}

interface Spawned {
  child: ChildProcess;
  url: string;
  /** Wall-clock ms just before the spawn, to compare with the times the page notes. */
  startedAt: number;
  /** The inspector's WebSocket, when started with --inspect. */
  inspector?: string;
}

// Starts a Node process and resolves once it prints its URL on stdout (and, with --inspect, once
// the inspector says where it listens on stderr); startedAt is taken just before the spawn.
function spawnNode(args: string[], env: Record<string, string> = {}): Promise<Spawned> {
  const startedAt = performance.timeOrigin + performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const inspecting = args.some((a) => a.startsWith('--inspect'));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const check = () => {
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out)?.[1];
      const inspector = /Debugger listening on (ws:\/\/\S+)/.exec(err)?.[1];
      if (url && (!inspecting || inspector)) resolve({ child, url, startedAt, ...(inspector ? { inspector } : {}) });
    };
    child.stdout!.on('data', (d: Buffer) => ((out += d.toString()), check()));
    child.stderr!.on('data', (d: Buffer) => ((err += d.toString()), check()));
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}): ${out}${err}`)));
  });
}

// The built preview as a user starts it (`npm run dev:web`), on its own data folder.
function startPreview(dataDir: string, env: Record<string, string>, nodeArgs: string[] = [], port = 0): Promise<Spawned> {
  return spawnNode([...nodeArgs, 'dist-cli/web.mjs', '--port', String(port), '--data-dir', dataDir], env);
}

// Stops a process and resolves once it has exited (and let go of its port).
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill();
  return exited;
}

// A port free now, for a preview started again and again at the same address as a user's is (5199
// unless told otherwise), so the browser keeps its files between starts.
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// The reference: a separate Node process with a bare HTTP server that prints its URL on stdout as
// the preview does, its empty page painted; timed from the spawn, as the preview is.
const EMPTY_SERVER = `
const server = require('node:http').createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>ready</p>'));
server.listen(0, '127.0.0.1', () => console.log('Empty page: http://127.0.0.1:' + server.address().port + '/'));
`;
async function emptyPage(page: Page): Promise<number> {
  const server = await spawnNode(['-e', EMPTY_SERVER]);
  await page.goto(server.url);
  const ms = (await paintedAt(page)) - server.startedAt;
  await page.getByText('ready').waitFor({ timeout: 1000 });
  server.child.kill();
  return ms;
}

/**
 * Notes, in every page the tab loads, when what the bench waits for was first painted: the empty
 * page's line, or the seeded conversation listed in the sidebar with its message in the chat. The
 * page is looked at every animation frame from its start; in the first frame that has it, a task
 * is posted, and it runs once that frame is painted. The task is posted as user-blocking
 * (scheduler.postTask): a plain setTimeout waited behind the tasks the page already had queued (the
 * answers to its other first calls, the markdown chunk), which ran after the paint and added 5-10 ms
 * that were not the paint's (a trace showed the frame committed ~10 ms before such a timer fired;
 * on the empty page, with nothing queued, the two differ by 0.1 ms).
 * Timed in the page, the same way for both, not when Playwright hears of it:
 * - locator.waitFor looks again only after 20, 50, 100 and 100 ms (its retry backoff), so a chat
 *   painted just after one look was timed up to 100 ms late;
 * - an answer over the DevTools protocol waits while the page loads its markdown chunk, which
 *   added 20-30 ms to a paint that had already happened.
 */
async function notePaints(page: Page): Promise<void> {
  // A string, not a function: tsx wraps named functions in a helper the page does not have.
  await page.addInitScript(`(() => {
    const title = ${JSON.stringify(SEEDED_TITLE)};
    const text = ${JSON.stringify(SEEDED_TEXT)};
    const shown = () => {
      if (document.body?.textContent === 'ready') return true;
      const sidebar = document.querySelector('aside[aria-label="Conversations"]');
      const listed = !!sidebar && [...sidebar.querySelectorAll('button')].some((b) => b.textContent?.includes(title));
      return listed && [...document.querySelectorAll('article.message')].some((m) => m.textContent?.includes(text));
    };
    const look = () => {
      if (shown()) scheduler.postTask(() => (window.paintedAt = performance.timeOrigin + performance.now()), { priority: 'user-blocking' });
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  })();`);
}

/** The wall-clock time (ms) the page noted its first paint of what the bench waits for. */
async function paintedAt(page: Page): Promise<number> {
  const at = await page.waitForFunction(() => (window as unknown as { paintedAt?: number }).paintedAt);
  return (await at.jsonValue()) as number;
}

// A data folder with one conversation in it, as a returning user has.
function seededDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-preview-'));
  const history = new HistoryService(dir, Date.now);
  const at = Date.now();
  history.store.create({ id: 'bench-c1', title: SEEDED_TITLE, createdAt: at, updatedAt: at, providerId: 'together', model: 'emu-small' });
  history.store.append('bench-c1', { id: 'bench-m1', role: 'user', content: SEEDED_TEXT, createdAt: at }, null);
  history.close();
  return dir;
}

/** A client of the preview's WebSocket, as the window is: calls, and the pushes it is sent. */
class PreviewClient {
  private nextId = 0;
  private readonly pending = new Map<number, (result: { ok: boolean; value?: unknown; error?: unknown }) => void>();
  private readonly pushListeners = new Set<(channel: string, payload: unknown) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { type: string; id?: number; result?: { ok: boolean }; channel?: string; payload?: unknown };
      if (m.type === 'result' && m.id !== undefined) {
        this.pending.get(m.id)?.(m.result!);
        this.pending.delete(m.id);
      } else if (m.type === 'push') for (const l of this.pushListeners) l(m.channel!, m.payload);
    });
  }

  static async connect(url: string): Promise<PreviewClient> {
    const u = new URL(url);
    const token = /token=([^&]+)/.exec(u.hash)?.[1] ?? '';
    const ws = new WebSocket(`ws://${u.host}/ws?token=${token}`, { origin: `http://${u.host}` });
    await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
    return new PreviewClient(ws);
  }

  /** A call's value; a refused call throws, so the bench does not measure errors. */
  async invoke<T>(channel: string, payload: unknown): Promise<T> {
    const id = ++this.nextId;
    const result = await new Promise<{ ok: boolean; value?: unknown; error?: unknown }>((resolve) => {
      this.pending.set(id, resolve);
      this.ws.send(JSON.stringify({ type: 'invoke', id, channel, payload }));
    });
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  }

  /** Sends a chat message and resolves when its answer is done (the chat:done push). */
  async chat(conversationId: string, text: string): Promise<void> {
    let done: () => void = () => undefined;
    let requestId: string | undefined;
    const early = new Set<string>();
    const finished = new Promise<void>((r) => (done = r));
    const listener = (channel: string, payload: unknown) => {
      if (channel !== 'chat:done') return;
      const id = (payload as { requestId: string }).requestId;
      if (id === requestId) done();
      else early.add(id);
    };
    this.pushListeners.add(listener);
    try {
      ({ requestId } = await this.invoke<{ requestId: string }>('chat:send', { conversationId, text }));
      // The answer can be done before the call's result arrives.
      if (early.has(requestId)) done();
      await finished;
    } finally {
      this.pushListeners.delete(listener);
    }
  }

  close(): void {
    this.ws.close();
  }
}

/** A Node process's inspector: full garbage collections and heap figures on request. */
class Inspector {
  private nextId = 0;
  private readonly pending = new Map<number, (m: { result?: unknown; error?: unknown }) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown };
      if (m.id !== undefined) this.pending.get(m.id)?.(m);
    });
  }

  static async connect(url: string): Promise<Inspector> {
    const ws = new WebSocket(url);
    await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
    return new Inspector(ws);
  }

  async send<T>(method: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    const m = await new Promise<{ result?: unknown; error?: unknown }>((resolve) => {
      this.pending.set(id, resolve);
      this.ws.send(JSON.stringify({ id, method, params }));
    });
    this.pending.delete(id);
    if (m.error) throw new Error(`${method}: ${JSON.stringify(m.error)}`);
    return m.result as T;
  }

  /**
   * RSS and V8 heap after full collections: what the process holds, not garbage it has not been
   * asked to collect. Twice, since a collection can free what only a finaliser still held.
   */
  async settledMemory(pid: number): Promise<{ rss: number; heap: number }> {
    for (let i = 0; i < 2; i++) await this.send('HeapProfiler.collectGarbage');
    const { usedSize } = await this.send<{ usedSize: number }>('Runtime.getHeapUsage');
    return { rss: rssMb(pid), heap: usedSize / 1024 / 1024 };
  }

  close(): void {
    this.ws.close();
  }
}

/**
 * One start before the timed ones, as a user has had: the page's files are then in the browser's
 * cache, as they are for every start after a user's first.
 */
async function returningUser(page: Page, port: number, dirs: string[]): Promise<void> {
  const dir = seededDataDir();
  dirs.push(dir);
  const server = await startPreview(dir, { TOGETHER_API_KEY: KEY }, [], port);
  try {
    await page.goto(server.url);
    await paintedAt(page);
  } finally {
    await stop(server.child);
  }
}

/** Preview start (process start to the chat painted) against an empty page, and the preview's memory idle and after traffic. */
export async function benchPreview(options: BenchOptions): Promise<BenchResult[]> {
  const emulator = await startEmulator({ key: KEY });
  const browser = await launchChromium();
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  try {
    const page = await browser.newPage();
    await notePaints(page);
    const starts: number[] = [];
    const empties: number[] = [];
    const port = await freePort();
    await returningUser(page, port, dirs);
    // Fifteen alternating runs: with seven, the median moved by ±20 ms from one bench to the next.
    const runs = options.quick ? 1 : 15;
    for (let i = 0; i < runs; i++) {
      empties.push(await emptyPage(page));
      const dir = seededDataDir();
      dirs.push(dir);
      const server = await startPreview(dir, { TOGETHER_API_KEY: KEY }, [], port);
      children.push(server.child);
      await page.goto(server.url);
      starts.push((await paintedAt(page)) - server.startedAt);
      // Untimed: what appeared is the conversation in the sidebar and its message, found by role and name.
      await Promise.all([page.getByRole('complementary', { name: 'Conversations' }).getByRole('button', { name: SEEDED_TITLE, exact: true }).waitFor({ timeout: 1000 }), page.getByText(SEEDED_TEXT).waitFor({ timeout: 1000 })]);
      await stop(server.child); // gone before the next start takes the same port
    }
    const start = median(starts);
    const empty = median(empties);
    const ratio = start / empty;

    // Memory: a preview with its inspector open (to ask for full collections), its page loaded once.
    const dir = seededDataDir();
    dirs.push(dir);
    const server = await startPreview(dir, { TOGETHER_API_KEY: KEY }, ['--inspect=127.0.0.1:0']);
    children.push(server.child);
    const pid = server.child.pid!;
    await page.goto(server.url);
    await page.getByText(SEEDED_TEXT).waitFor();
    await page.close();
    // Idle is taken after one exchange and one message: the first request loads the HTTP client
    // (its modules and parser) once, a cost of the first use, not of the traffic the budget is about.
    const client = await PreviewClient.connect(server.url);
    await client.invoke('providers:update', { providerId: 'together', baseUrl: emulator.baseUrl, model: 'emu-small' });
    await client.invoke('models:list', { providerId: 'together', refresh: true });
    const conversation = await client.invoke<{ id: string }>('conversations:create', { providerId: 'together', model: 'emu-small' });
    await client.chat(conversation.id, 'message 0');
    await new Promise((r) => setTimeout(r, 1500));
    const inspector = await Inspector.connect(server.inspector!);
    const idle = await inspector.settledMemory(pid);

    // Traffic against the emulator: model-list refreshes (exchanges), then chat messages, each
    // waited for, into the same conversation (so every request carries the history so far).
    const exchanges = options.quick ? 50 : 2_000;
    for (let i = 0; i < exchanges; i++) await client.invoke('models:list', { providerId: 'together', refresh: true });
    const messages = options.quick ? 20 : 1_000;
    for (let i = 1; i <= messages; i++) await client.chat(conversation.id, `message ${i}`);
    client.close();
    await new Promise((r) => setTimeout(r, 1500));
    const loaded = await inspector.settledMemory(pid);
    inspector.close();

    const growth = loaded.rss / idle.rss - 1;
    const traffic = `${exchanges.toLocaleString('en')} exchanges and ${messages.toLocaleString('en')} messages`;
    return [
      { name: 'preview start: process start to the chat painted', value: `${start.toFixed(0)} ms (an empty page from its own Node process, painted: ${empty.toFixed(0)} ms; ${ratio.toFixed(2)}×)`, budget: '<= 1500 ms and <= 2× the empty page', pass: start <= 1500 && ratio <= 2, figure: start, unit: 'ms' },
      { name: 'preview idle memory (RSS after a full GC, page served, one exchange and one message made)', value: `${idle.rss.toFixed(0)} MB (V8 heap used ${idle.heap.toFixed(1)} MB)`, budget: '<= 150 MB', pass: idle.rss <= 150, figure: idle.rss, unit: 'MB' },
      { name: `preview memory after ${traffic} (RSS after a full GC)`, value: `${loaded.rss.toFixed(0)} MB, ${(growth * 100).toFixed(0)}% over idle (V8 heap used ${loaded.heap.toFixed(1)} MB)`, budget: 'within 20% of idle', pass: growth <= 0.2, figure: loaded.rss, unit: 'MB' },
    ];
  } finally {
    for (const c of children) c.kill();
    await browser.close();
    await emulator.close();
    // The killed previews may still be writing on their way out.
    await new Promise((r) => setTimeout(r, 300));
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
