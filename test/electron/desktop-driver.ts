/**
 * Two ways to boot the REAL built desktop app for the same scenarios: the Electron stand-in (always,
 * here and in CI) and Playwright's `_electron` with a real Electron binary (where one exists).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { launchStandin } from './standin/launch';

/** How a scenario wants the app booted. */
export interface BootOptions {
  appDir?: string;
  userDataDir: string;
  /** Linux secret storage: a keyring, Chromium's basic_text fallback, or none at all. */
  keyring?: 'gnome_libsecret' | 'basic_text';
  env?: Record<string, string>;
}

/** A running app as the scenarios see it. */
export interface DesktopApp {
  firstWindow(timeoutMs?: number): Promise<Page>;
  windows(): Page[];
  /** Console errors and uncaught page errors seen in any window. */
  pageErrors(): string[];
  /** Error boxes shown (stand-in), or the process's error output (real binary). */
  fatalText(): string;
  /** URLs handed to shell.openExternal. */
  externalLinks(): string[];
  exited: Promise<number>;
  clickMenu(label: string): Promise<void>;
  /** Which proxy the default session uses for https://example.com/ now, as `host:port`, or 'DIRECT'. */
  sessionProxy(): Promise<string>;
  quit(): Promise<number>;
}

/** One way to boot the app. */
export interface DesktopDriver {
  name: string;
  /** Why it cannot run here, if it cannot. */
  skip?: string;
  boot(options: BootOptions): Promise<DesktopApp>;
}

/** The stand-in driver. */
export const standinDriver: DesktopDriver = {
  name: 'Electron stand-in',
  async boot(options) {
    const app = await launchStandin({ appDir: options.appDir ?? resolve('.'), userDataDir: options.userDataDir, ...(options.keyring ? { keyring: options.keyring } : {}), ...(options.env ? { env: options.env } : {}) });
    return {
      firstWindow: (timeoutMs) => app.firstWindow(timeoutMs),
      windows: () => app.windows(),
      pageErrors: () => app.events.flatMap((e) => (e.type === 'page-error' ? [e.message] : e.type === 'console' && e.level === 'error' ? [e.text] : [])),
      fatalText: () => [...app.events.flatMap((e) => (e.type === 'error-box' ? [`${e.title}\n${e.content}`] : [])), app.stderr()].join('\n'),
      externalLinks: () => app.events.flatMap((e) => (e.type === 'open-external' ? [e.url] : [])),
      exited: app.exited,
      async clickMenu(label) {
        app.command({ type: 'menu-click', label });
      },
      // The stand-in reports each setProxy; the last one is the session's config.
      async sessionProxy() {
        const last = app.events.flatMap((e) => (e.type === 'set-proxy' ? [e.config] : [])).at(-1);
        return last?.mode === 'fixed_servers' && last.proxyRules ? new URL(last.proxyRules).host : 'DIRECT';
      },
      quit: () => app.quit(),
    };
  },
};

// Electron downloads its binary on first use; requiring 'electron' here would try that download,
// so look for the binary the way electron/index.js records it, without triggering anything.
function electronBinary(): string | undefined {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(p) ? p : undefined;
  }
  const pathFile = resolve('node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** The real-binary driver (Playwright's `_electron`). */
export function realElectronDriver(): DesktopDriver {
  const binary = electronBinary();
  return {
    name: 'real Electron binary',
    ...(binary ? {} : { skip: 'no Electron binary on this machine (Electron downloads it on first `npm start`; this machine cannot reach its download host)' }),
    async boot(options) {
      const errors: string[] = [];
      let output = '';
      const args = [options.appDir ?? '.', `--user-data-dir=${options.userDataDir}`, ...(options.keyring === 'basic_text' ? ['--password-store=basic'] : [])];
      const app: ElectronApplication = await _electron.launch({ executablePath: binary!, args, env: { ...process.env, ...options.env } as Record<string, string> });
      app.process().stderr?.on('data', (d: Buffer) => (output += d.toString()));
      app.on('window', (page) => {
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      });
      const exited = new Promise<number>((r) => app.process().on('exit', (code) => r(code ?? 0)));
      // Record, never open, what the app hands to the system browser.
      await app.evaluate(({ shell }) => {
        const opened: string[] = [];
        (globalThis as { __opened?: string[] }).__opened = opened;
        shell.openExternal = async (url: string) => void opened.push(url);
      });
      let links: string[] = [];
      const pollLinks = setInterval(() => void app.evaluate(() => (globalThis as { __opened?: string[] }).__opened ?? []).then((l) => (links = l), () => undefined), 200);
      void exited.then(() => clearInterval(pollLinks));
      return {
        firstWindow: async (timeoutMs) => app.firstWindow(timeoutMs ? { timeout: timeoutMs } : {}),
        windows: () => app.windows(),
        pageErrors: () => errors,
        fatalText: () => output,
        externalLinks: () => links,
        exited,
        async clickMenu(label) {
          await app.evaluate(({ Menu }, l) => {
            const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => items.flatMap((i) => (i.label === l ? [i] : i.submenu ? [find(i.submenu.items)].filter(Boolean) : []))[0] as Electron.MenuItem | undefined;
            find(Menu.getApplicationMenu()?.items ?? [])?.click();
          }, label);
        },
        async sessionProxy() {
          const pac = await app.evaluate(({ session }) => session.defaultSession.resolveProxy('https://example.com/'));
          return /^(PROXY|HTTPS|SOCKS5?) (\S+)/.exec(pac)?.[2] ?? 'DIRECT';
        },
        async quit() {
          await app.close();
          return exited;
        },
      };
    },
  };
}
