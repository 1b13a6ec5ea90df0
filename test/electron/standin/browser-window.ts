/**
 * BrowserWindow (docs/api/browser-window.md): a WebContents on a real page, `ready-to-show` once the
 * first load finished, show/focus/close with their events, `closed` removing it from
 * getAllWindows(); the last window closing emits app 'window-all-closed'.
 */
import { EventEmitter } from 'node:events';
import { report } from './control';
import { lifecycleHooks } from './app-hooks';
import { electronEvent, WebContents, type WebPreferences } from './web-contents';

/** Constructor options the stand-in reads. */
export interface BrowserWindowOptions {
  width?: number;
  height?: number;
  title?: string;
  show?: boolean;
  webPreferences?: WebPreferences;
  [key: string]: unknown;
}

let nextId = 1;
const windows = new Map<number, BrowserWindow>();

/** The stand-in's BrowserWindow. */
export class BrowserWindow extends EventEmitter {
  static getAllWindows(): BrowserWindow[] {
    return [...windows.values()];
  }
  static fromId(id: number): BrowserWindow | null {
    return windows.get(id) ?? null;
  }
  static fromWebContents(contents: WebContents): BrowserWindow | null {
    return BrowserWindow.getAllWindows().find((w) => w.webContents === contents) ?? null;
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.getAllWindows().find((w) => w.focused) ?? null;
  }

  readonly id = nextId++;
  readonly webContents: WebContents;
  private visible: boolean;
  private focused = false;
  private destroyed = false;
  private title: string;
  private shownOnce = false;

  constructor(options: BrowserWindowOptions = {}) {
    super();
    this.visible = options.show !== false;
    this.title = options.title ?? 'Electron';
    this.webContents = new WebContents(options.webPreferences ?? {});
    windows.set(this.id, this);
    lifecycleHooks.contentsCreated(this.webContents);
    const { width = 800, height = 600 } = options;
    void this.webContents.ready.then(() => this.webContents.standinPage?.setViewportSize({ width, height }));
    this.webContents.on('destroyed', () => this.destroy());
  }

  async loadURL(url: string): Promise<void> {
    await this.webContents.loadURL(url);
    report({ type: 'window', id: this.id, url, title: this.title });
    if (!this.shownOnce) {
      this.shownOnce = true;
      this.emit('ready-to-show');
    }
  }

  async loadFile(): Promise<void> {
    throw new Error('stand-in: loadFile is not modelled; the app serves its renderer from its own scheme');
  }

  show(): void {
    this.visible = true;
    this.focused = true;
    this.emit('show');
    this.emit('focus');
  }
  hide(): void {
    this.visible = false;
    this.emit('hide');
  }
  focus(): void {
    this.focused = true;
    this.emit('focus');
  }
  isVisible(): boolean {
    return this.visible;
  }
  isFocused(): boolean {
    return this.focused;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {
    this.emit('restore');
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Closes like the user would: 'close' (cancellable), then destroy. */
  close(): void {
    if (this.destroyed) return;
    const event = electronEvent({});
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    windows.delete(this.id);
    this.webContents.destroy();
    this.emit('closed');
    if (windows.size === 0) lifecycleHooks.allWindowsClosed();
  }
}
