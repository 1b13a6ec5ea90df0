/**
 * The small modules: clipboard (writes reported to the test), dialog (showErrorBox usable before
 * ready, reported; other dialogs only after), shell.openExternal (reported, never opened), Menu
 * (templates kept so the test can click an item by label), session (permission handlers kept;
 * Chromium here does not consult them, so the stand-in only asks them for the clipboard grant).
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
