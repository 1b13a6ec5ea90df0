/**
 * The small modules: clipboard (writes reported to the test), dialog (showErrorBox usable before
 * ready, reported; other dialogs only after), shell.openExternal (reported, never opened), Menu
 * (templates kept so the test can click an item by label), session (permission handlers kept;
 * Chromium here does not consult them, so the stand-in only asks them for the clipboard grant;
 * setProxy/resolveProxy/closeAllConnections modelled as documented, but net.request here never
 * goes through a proxy: the app's own proxy path is undici, tested directly).
 */
import { report } from './control';
import { isReady } from './lifecycle';
import { protocol } from './protocol';
import { BrowserWindow } from './browser-window';

let clipboardText = '';

/** The stand-in's clipboard. */
export const clipboard = {
  writeText(text: string): void {
    clipboardText = text;
    report({ type: 'clipboard', text });
  },
  readText(): string {
    return clipboardText;
  },
};

/** The stand-in's dialog. */
export const dialog = {
  showErrorBox(title: string, content: string): void {
    report({ type: 'error-box', title, content });
  },
  async showMessageBox(): Promise<{ response: number; checkboxChecked: boolean }> {
    if (!isReady()) throw new Error('dialog module can only be used after app is ready');
    return { response: 0, checkboxChecked: false };
  },
};

/** The stand-in's shell. */
export const shell = {
  async openExternal(url: string): Promise<void> {
    report({ type: 'open-external', url });
  },
  async openPath(): Promise<string> {
    return '';
  },
};

interface MenuItemOptions {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  click?: (item: unknown, window: BrowserWindow | null, event: unknown) => void;
  submenu?: MenuItemOptions[] | Menu;
}

class Menu {
  constructor(readonly items: MenuItemOptions[]) {}
  static buildFromTemplate(template: MenuItemOptions[]): Menu {
    return new Menu(template);
  }
  static setApplicationMenu(menu: Menu | null): void {
    applicationMenu = menu;
  }
  static getApplicationMenu(): Menu | null {
    return applicationMenu;
  }
}
let applicationMenu: Menu | null = null;

/** Clicks the application-menu item with this label (the test's way to use the menu). */
export function clickMenuItem(label: string): boolean {
  const visit = (items: MenuItemOptions[]): boolean =>
    items.some((item) => {
      if (item.label === label && item.click) {
        item.click(item, BrowserWindow.getFocusedWindow(), {});
        return true;
      }
      const sub = item.submenu instanceof Menu ? item.submenu.items : item.submenu;
      return sub ? visit(sub) : false;
    });
  return applicationMenu ? visit(applicationMenu.items) : false;
}

const PROXY_MODES = ['direct', 'auto_detect', 'pac_script', 'fixed_servers', 'system'];
interface ProxyConfigLike {
  mode?: string;
  proxyRules?: string;
  proxyBypassRules?: string;
}

type RequestHandler = ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string; isMainFrame: boolean }) => void) | null;
type CheckHandler = ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null;

const defaultSession = {
  protocol,
  permissionRequestHandler: null as RequestHandler,
  permissionCheckHandler: null as CheckHandler,
  setPermissionRequestHandler(handler: RequestHandler): void {
    defaultSession.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler(handler: CheckHandler): void {
    defaultSession.permissionCheckHandler = handler;
  },
  /** The proxy config last set (docs/api/session.md#sessetproxyconfig), reported to the test. */
  proxyConfig: { mode: 'system' } as ProxyConfigLike,
  async setProxy(config: ProxyConfigLike): Promise<void> {
    if (config.mode && !PROXY_MODES.includes(config.mode)) throw new TypeError(`Invalid proxy mode: ${config.mode}`);
    // Chromium rejects credentials in proxy rules (net/base/proxy_string_util.cc): ERR_NO_SUPPORTED_PROXIES.
    if (config.proxyRules && /:\/\/[^/@]*@/.test(config.proxyRules)) throw new Error('net::ERR_NO_SUPPORTED_PROXIES');
    defaultSession.proxyConfig = config;
    report({ type: 'set-proxy', config });
  },
  /**
   * Chromium's PAC-style answer. Modelled: direct → DIRECT; fixed_servers → the first rule as
   * PROXY/HTTPS/SOCKS5 host:port (DIRECT for loopback); system → the environment's proxy, as
   * Chromium on Linux without desktop settings reads it. Not modelled: PAC scripts, bypass rules.
   */
  async resolveProxy(url: string): Promise<string> {
    const config = defaultSession.proxyConfig;
    const host = new URL(url).hostname;
    if (config.mode === 'direct' || /^(localhost|127\.|\[::1\])/.test(host)) return 'DIRECT';
    const rule = config.mode === 'fixed_servers' ? config.proxyRules?.split(/[;,]/)[0] : url.startsWith('https:') ? (process.env.https_proxy ?? process.env.HTTPS_PROXY) : (process.env.http_proxy ?? process.env.HTTP_PROXY);
    if (!rule) return 'DIRECT';
    const parsed = new URL(/:\/\//.test(rule) ? rule : `http://${rule}`);
    const kind = parsed.protocol === 'socks5:' ? 'SOCKS5' : parsed.protocol === 'https:' ? 'HTTPS' : 'PROXY';
    return `${kind} ${parsed.host}`;
  },
  async closeAllConnections(): Promise<void> {},
  webRequest: {
    onHeadersReceived(): void {
      throw new Error('stand-in: webRequest.onHeadersReceived is not modelled; the app sets its CSP in its scheme handler');
    },
  },
};

/** The stand-in's session module (the default session only). */
export const session = {
  get defaultSession() {
    if (!isReady()) throw new TypeError('Session can only be received when app is ready');
    return defaultSession;
  },
};

export { Menu };
