import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, shell } from 'electron';

/** Where the built renderer lives, relative to the built main (dist-electron/main.js). */
export function rendererIndex(): string {
  return join(import.meta.dirname, '..', 'dist', 'renderer', 'index.html');
}

/** The renderer page's URL, used by the IPC sender check. */
export function rendererUrl(): string {
  return pathToFileURL(rendererIndex()).toString();
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Sets the Content-Security-Policy on every response the default session serves. */
export function installCsp(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  // The renderer needs no permission but writing to the clipboard (Copy buttons): refuse the rest.
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(permission === 'clipboard-sanitized-write'));
}

/** Opens a locked-down window on the renderer; `hash` picks the view (`#/settings`). */
export function openWindow(hash = '#/chat', size = { width: 1200, height: 800 }): BrowserWindow {
  const win = new BrowserWindow({
    ...size,
    minWidth: 720,
    minHeight: 480,
    title: 'Switchboard',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  // No navigation away from the app and no new windows; links open in the user's browser.
  win.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(rendererUrl())) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadFile(rendererIndex(), { hash: hash.replace(/^#/, '') });
  return win;
}
