/**
 * WebContents over a real Chromium page. Models: the preload in an isolated world before any page
 * script (docs/tutorial/context-isolation.md), contextBridge (page-bridge.js), ipcRenderer.invoke
 * reaching ipcMain with the real sender and senderFrame, webContents.send reaching the preload's
 * listeners, loadURL (no will-navigate), renderer-initiated navigations through will-navigate and
 * will-frame-navigate (cancellable), window.open through setWindowOpenHandler.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { browserContext } from './browser-host';
import { report } from './control';
import { ipcMain } from './ipc-main';
import { toAppUrl, toPageUrl } from './protocol';
import { FrameTree, type WebFrameMain } from './web-frame';

const WORLD = 'electron-isolated';
// Each file holds one function expression (after its comments); it is called with its config.
const pageScript = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8').trim().replace(/;$/, '');
const BRIDGE = pageScript('./page-bridge.js');
const PRELOAD = pageScript('./page-preload.js');

/** The web preferences the stand-in honours; anything it cannot model is refused loudly. */
export interface WebPreferences {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInSubFrames?: boolean;
  [key: string]: unknown;
}

type OpenHandler = (details: { url: string; frameName: string; features: string; disposition: string; referrer: { url: string; policy: string } }) => { action: 'allow' | 'deny' };

let nextId = 1;
const byPage = new Map<Page, WebContents>();

/** An Electron-style event object. */
export function electronEvent<T extends object>(fields: T): T & { defaultPrevented: boolean; preventDefault(): void } {
  const event = { ...fields, defaultPrevented: false, preventDefault: () => void (event.defaultPrevented = true) };
  return event;
}

/** The WebContents showing a page, if any. */
export function contentsForPage(page: Page): WebContents | undefined {
  return byPage.get(page);
}

/** The stand-in's WebContents. */
export class WebContents extends EventEmitter {
  readonly id = nextId++;
  private page?: Page;
  private cdp?: CDPSession;
  private readonly frames = new FrameTree(process.pid);
  private readonly isolatedContexts = new Map<string, number>();
  private readonly contextFrames = new Map<number, string>();
  private openHandler?: OpenHandler;
  private loading?: string;
  private destroyed = false;
  readonly ready: Promise<void>;

  constructor(private readonly prefs: WebPreferences) {
    super();
    if (prefs.contextIsolation === false) throw new Error('stand-in: contextIsolation: false is not modelled (and not used by the app)');
    if (prefs.nodeIntegration === true) throw new Error('stand-in: nodeIntegration: true is not modelled (and not used by the app)');
    this.ready = this.init();
    this.ready.catch((error: unknown) => process.stderr.write(`[stand-in] window failed to open: ${String(error)}\n`));
  }

  private async init(): Promise<void> {
    const context = await browserContext();
    const page = await context.newPage();
    this.page = page;
    byPage.set(page, this);
    const cdp = await context.newCDPSession(page);
    this.cdp = cdp;
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      const frameId = (c.auxData as { frameId?: string } | undefined)?.frameId;
      if (!frameId) return;
      this.contextFrames.set(c.id, frameId);
      if (c.name === WORLD) this.isolatedContexts.set(frameId, c.id);
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => this.contextFrames.delete(executionContextId));
    cdp.on('Page.frameNavigated', ({ frame }) => this.frames.navigated(frame));
    cdp.on('Page.navigatedWithinDocument', ({ frameId, url }) => this.frames.sameDocument(frameId, url));
    cdp.on('Page.frameDetached', ({ frameId }) => this.frames.detached(frameId));
    await cdp.send('Page.enable');
    await cdp.send('Runtime.enable');
    const tree = await cdp.send('Page.getFrameTree');
    this.frames.navigated(tree.frameTree.frame);
    if (this.prefs.preload) await this.installPreload(cdp, this.prefs.preload);
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') report({ type: 'console', level: m.type(), text: m.text(), url: toAppUrl(m.location().url) });
    });
    page.on('pageerror', (e) => report({ type: 'page-error', message: e.message, url: this.getURL() }));
    // Page.windowOpen names the URL a popup asks for (the popup page itself starts at about:blank).
    cdp.on('Page.windowOpen', (e) => this.onWindowOpen(e.url, e.windowName, e.windowFeatures.join(',')));
    page.on('popup', (popup) => void this.onPopup(popup));
    page.on('close', () => this.destroy());
  }

  private async installPreload(cdp: CDPSession, preloadPath: string): Promise<void> {
    const nonce = randomBytes(12).toString('hex');
    const binding = `__electronStandinIpc_${nonce}`;
    // The binding exists only in the preload's world: page scripts cannot reach ipcMain directly.
    await cdp.send('Runtime.addBinding', { name: binding, executionContextName: WORLD });
    cdp.on('Runtime.bindingCalled', (e) => {
      if (e.name === binding) void this.onIpc(e.payload, e.executionContextId);
    });
    const bridge = (role: string) => `(${BRIDGE})(${JSON.stringify({ role, nonce, topOnly: true })});`;
    const cfg = { binding, preloadPath, platform: process.platform, arch: process.arch, versions: { electron: '45.5.0', chrome: 'stand-in', node: process.versions.node } };
    const source = readFileSync(preloadPath, 'utf8');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: bridge('main') });
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: `${bridge('isolated')}\n(${PRELOAD})(${JSON.stringify(cfg)}, function (require, module, exports, process) {\n${source}\n});`, worldName: WORLD });
  }

  private async onIpc(payload: string, contextId: number): Promise<void> {
    const message = JSON.parse(payload) as { kind: 'invoke' | 'send'; id: number; channel: string; args: string };
    const frameId = this.contextFrames.get(contextId);
    const senderFrame = frameId ? (this.frames.frame(frameId) ?? null) : null;
    const event = electronEvent({ type: 'frame' as const, sender: this, senderFrame, frameId: senderFrame?.routingId ?? 0, processId: process.pid });
    const args = JSON.parse(message.args) as unknown[];
    if (message.kind === 'send') return void ipcMain.emit(message.channel, event, ...args);
    const result = await ipcMain.invoke(message.channel, event, args);
    let ok = result.ok;
    let json: string;
    try {
      json = result.ok ? JSON.stringify(structuredClone(result.value) ?? null) : result.error;
    } catch (error) {
      ok = false;
      json = `Error invoking remote method '${message.channel}': ${String(error)}`;
    }
    await this.cdp?.send('Runtime.evaluate', { contextId, expression: `globalThis.__electronStandinIpcReply(${message.id}, ${ok}, ${JSON.stringify(json)})` }).catch(() => undefined);
  }

  /** Decides a navigation of one of this page's frames: loadURL passes, the rest meet the guards. */
  allowNavigation(frame: Frame, appUrl: string): boolean {
    const isMainFrame = frame === this.page?.mainFrame();
    // Request URLs carry no fragment; loadURL's URL may (`#/settings`).
    if (isMainFrame && this.loading?.split('#')[0] === appUrl.split('#')[0]) {
      this.loading = undefined;
      return true;
    }
    const details = { url: appUrl, isSameDocument: false, isMainFrame, frame: null as WebFrameMain | null, initiator: null };
    if (isMainFrame) {
      const navigate = electronEvent(details);
      this.emit('will-navigate', navigate, appUrl, false, true, process.pid, 0);
      if (navigate.defaultPrevented) return false;
    }
    const frameNavigate = electronEvent(details);
    this.emit('will-frame-navigate', frameNavigate);
    return !frameNavigate.defaultPrevented;
  }

  private popupsAllowed = 0;

  private onWindowOpen(url: string, frameName: string, features: string): void {
    const decision = this.openHandler?.({ url: toAppUrl(url), frameName, features, disposition: 'foreground-tab', referrer: { url: this.getURL(), policy: 'strict-origin-when-cross-origin' } }) ?? { action: 'allow' };
    if (decision?.action === 'allow') this.popupsAllowed++;
  }

  private async onPopup(popup: Page): Promise<void> {
    // Electron decides before the window exists; Chromium has already made it here, so a denied one
    // is closed at once (the page's window.open() got a window object rather than null).
    if (this.popupsAllowed > 0) this.popupsAllowed--;
    else await popup.close().catch(() => undefined);
  }

  async loadURL(url: string): Promise<void> {
    await this.ready;
    this.loading = url;
    await this.page!.goto(toPageUrl(url), { waitUntil: 'load' });
    this.emit('did-finish-load');
  }

  /** Sends to the preload's ipcRenderer listeners (structured clone: functions throw). */
  send(channel: string, ...args: unknown[]): void {
    const json = JSON.stringify(structuredClone(args));
    const main = this.frames.mainFrameId();
    const contextId = main ? this.isolatedContexts.get(main) : undefined;
    if (!this.cdp || contextId === undefined) return;
    void this.cdp.send('Runtime.evaluate', { contextId, expression: `globalThis.__electronStandinIpcEmit(${JSON.stringify(channel)}, ${JSON.stringify(json)})` }).catch(() => undefined);
  }

  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }

  getURL(): string {
    return this.page ? toAppUrl(this.page.url()) : '';
  }

  getTitle(): string {
    return '';
  }

  get mainFrame(): WebFrameMain | undefined {
    const id = this.frames.mainFrameId();
    return id ? this.frames.frame(id) : undefined;
  }

  /** Test hook: the Playwright page behind this web contents. */
  get standinPage(): Page | undefined {
    return this.page;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.page) byPage.delete(this.page);
    void this.page?.close().catch(() => undefined);
    this.emit('destroyed');
  }
}
