/**
 * The test's side of the stand-in: boots the real built app in a child process under the stand-in
 * and attaches to its Chromium over CDP, so scenarios drive the app's own windows as Playwright pages.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { StandinCommand, StandinEvent } from './control';

/** How to boot the app. */
export interface StandinLaunch {
  /** Folder holding package.json, dist/ and dist-electron/ (the repository, or a copy). */
  appDir: string;
  userDataDir: string;
  keyring?: 'gnome_libsecret' | 'basic_text' | 'none';
  env?: Record<string, string>;
  /** Override the entry (stand-in self-tests). */
  main?: string;
  pendingAfterMs?: number;
}

/** A booted app. */
export interface StandinApp {
  events: StandinEvent[];
  stderr: () => string;
  /** The first app window, once it has loaded. */
  firstWindow(timeoutMs?: number): Promise<Page>;
  /** Every app window open now. */
  windows(): Page[];
  /** Waits for an event matching the predicate. */
  waitFor<T extends StandinEvent['type']>(type: T, timeoutMs?: number, test?: (e: Extract<StandinEvent, { type: T }>) => boolean): Promise<Extract<StandinEvent, { type: T }>>;
  command(command: StandinCommand): void;
  /** Resolves with the exit code. */
  exited: Promise<number>;
  /** Quits like the user would (app.quit()) and waits for the process to end. */
  quit(): Promise<number>;
}

const HERE = resolve('test/electron/standin');

/** Boots the app under the stand-in. */
export async function launchStandin(options: StandinLaunch): Promise<StandinApp> {
  const events: StandinEvent[] = [];
  const waiters = new Set<() => void>();
  let stderr = '';
  const child: ChildProcess = fork(join(HERE, 'boot.ts'), [], {
    execArgv: ['--import', 'tsx', '--import', join(HERE, 'register.mjs')],
    env: {
      ...process.env,
      ...options.env,
      STANDIN_MAIN: options.main ?? join(options.appDir, 'dist-electron', 'main.js'),
      STANDIN_APP_DIR: options.appDir,
      STANDIN_USER_DATA: options.userDataDir,
      STANDIN_KEYRING: options.keyring ?? 'gnome_libsecret',
      ...(options.pendingAfterMs ? { STANDIN_PENDING_MS: String(options.pendingAfterMs) } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.on('message', (m) => {
    events.push(m as StandinEvent);
    for (const w of [...waiters]) w();
  });
  const exited = new Promise<number>((r) => child.on('exit', (code, signal) => r(code ?? (signal ? 128 : 0))));
  void exited.then(() => [...waiters].forEach((w) => w()));

  const waitFor: StandinApp['waitFor'] = (type, timeoutMs = 15_000, test) =>
    new Promise((resolveWait, reject) => {
      const find = () => events.find((e) => e.type === type && (!test || test(e as never))) as never;
      const check = () => {
        const hit = find();
        if (hit) {
          cleanup();
          resolveWait(hit);
        } else if (child.exitCode !== null) {
          cleanup();
          reject(new Error(`The stand-in exited (${child.exitCode}) before "${type}". Output:\n${stderr}`));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`No "${type}" from the stand-in within ${timeoutMs} ms. Events: ${JSON.stringify(events)}\nOutput:\n${stderr}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  let browser: Browser | undefined;
  const attach = async () => {
    if (browser) return browser;
    const { cdpPort } = await waitFor('browser');
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
    return browser;
  };
  const windows = () => (browser?.contexts()[0]?.pages() ?? []).filter((p) => /\.standin\//.test(p.url()));

  return {
    events,
    stderr: () => stderr,
    async firstWindow(timeoutMs = 15_000) {
      await attach();
      await waitFor('window', timeoutMs);
      const page = windows()[0];
      if (!page) throw new Error('The app reported a window, but no page is open');
      await page.waitForLoadState('load');
      return page;
    },
    windows,
    waitFor,
    command: (command) => child.connected && child.send(command),
    exited,
    async quit() {
      if (child.exitCode === null) child.send({ type: 'quit' } satisfies StandinCommand);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      await browser?.close().catch(() => undefined);
      return code;
    },
  };
}
