import { app, shell, type WebContents } from 'electron';
import { isAppUrl } from './app-scheme';

/** Links the app lets the system browser open: https only. Pure. */
export function isExternalLink(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Locks one web contents down: no navigation away from the app, no new windows, no webviews. */
export function guardContents(contents: WebContents): void {
  // Parsed URLs, for the main frame and every subframe.
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Installs the guards for every web contents ever created. Called at start-up, before `ready`, so
 * no window can exist without them.
 */
export function installContentGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}
