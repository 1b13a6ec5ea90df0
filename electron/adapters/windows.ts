import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { appUrl } from './app-scheme';

/** Where the built renderer lives, relative to the built main (dist-electron/main.js). */
export function rendererRoot(): string {
  return join(import.meta.dirname, '..', 'dist', 'renderer');
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
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(appUrl(hash));
  return win;
}
