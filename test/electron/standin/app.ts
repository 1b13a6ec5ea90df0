/**
 * `app` (docs/api/app.md): `ready` only after the entry module has evaluated (boot.ts, following
 * lib/browser/init.ts), whenReady/isReady, paths, version and name from the app's package.json,
 * enableSandbox only before ready, the single-instance lock, and quitting: before-quit and
 * will-quit (cancellable), quit, exit; 'window-all-closed' quits when nobody listens.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { lifecycleHooks } from './app-hooks';
import { BrowserWindow } from './browser-window';
import { closeBrowser } from './browser-host';
import { report } from './control';
import { isReady, untilReady } from './lifecycle';
import { hasLock, releaseLock, requestLock } from './single-instance';
import { electronEvent } from './web-contents';

const appDir = process.env.STANDIN_APP_DIR ?? process.cwd();
const pkg = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as { name: string; productName?: string; version: string };

class App extends EventEmitter {
  readonly isPackaged = false;
  readonly commandLine = { appendSwitch: () => undefined, hasSwitch: () => false, getSwitchValue: () => '' };
  name = pkg.productName ?? pkg.name;
  private readonly paths = new Map<string, string>([
    ['home', homedir()],
    ['temp', tmpdir()],
    ['appData', join(homedir(), '.config')],
    ['userData', process.env.STANDIN_USER_DATA ?? join(homedir(), '.config', pkg.productName ?? pkg.name)],
    ['logs', join(tmpdir(), 'standin-logs')],
  ]);
  private quitting = false;
  private sandboxed = false;

  isReady(): boolean {
    return isReady();
  }
  whenReady(): Promise<void> {
    return untilReady();
  }
  getVersion(): string {
    return pkg.version;
  }
  getName(): string {
    return this.name;
  }
  getAppPath(): string {
    return appDir;
  }
  getLocale(): string {
    return 'en-US';
  }
  getPreferredSystemLanguages(): string[] {
    return (process.env.STANDIN_LANGUAGES ?? 'en-US').split(',');
  }
  getPath(name: string): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  enableSandbox(): void {
    if (isReady()) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.sandboxed = true;
  }
  /** Test hook: whether enableSandbox() was called before ready. */
  get sandboxEnabled(): boolean {
    return this.sandboxed;
  }
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    return requestLock(this.getPath('userData'), (argv, cwd, data) => {
      report({ type: 'second-instance', argv });
      void untilReady().then(() => this.emit('second-instance', electronEvent({}), argv, cwd, data));
    }, additionalData);
  }
  hasSingleInstanceLock(): boolean {
    return hasLock();
  }
  releaseSingleInstanceLock(): void {
    releaseLock();
  }
  focus(): void {
    BrowserWindow.getAllWindows()[0]?.focus();
  }

  quit(): void {
    if (this.quitting) return;
    const before = electronEvent({});
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.quitting = true;
    for (const w of BrowserWindow.getAllWindows()) w.destroy();
    const will = electronEvent({});
    this.emit('will-quit', will);
    if (will.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.emit('quit', electronEvent({}), 0);
    void shutdown(0);
  }

  exit(code = 0): void {
    this.quitting = true;
    for (const w of BrowserWindow.getAllWindows()) w.destroy();
    void shutdown(code);
  }

  /** Called when the last window closed. */
  allWindowsClosed(): void {
    if (this.quitting) return;
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
    else this.quit();
  }
}

async function shutdown(code: number): Promise<void> {
  releaseLock();
  await closeBrowser();
  report({ type: 'exit', code });
  // Let the IPC message reach the test before the process goes.
  setTimeout(() => process.exit(code), 50);
}

/** The stand-in's app. */
export const app = new App();

lifecycleHooks.contentsCreated = (contents) => app.emit('web-contents-created', electronEvent({}), contents);
lifecycleHooks.allWindowsClosed = () => app.allWindowsClosed();
