import { protocol } from 'electron';
import { serveRendererRequest } from '../host/renderer-response';

/** The privileged scheme the renderer is served from: `app://switchboard/`, never file://. */
export const APP_SCHEME = 'app';
/** The one host of that scheme; `'self'` in the CSP means exactly this origin. */
export const APP_HOST = 'switchboard';

/**
 * Declares the scheme before `ready` (Electron refuses it later): standard (real origin, relative
 * URLs, module scripts), secure (a secure context, so the clipboard API works), fetch and code cache.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/** Serves the built renderer folder on the scheme, with the CSP as a response header. */
export function handleAppScheme(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveRendererRequest(rendererRoot, request.url, request.method));
}

/** The renderer's URL for a view (`#/settings`). */
export function appUrl(hash = '#/chat'): string {
  return `${APP_SCHEME}://${APP_HOST}/index.html${hash}`;
}

/**
 * True when a URL belongs to the app's own origin. Compared on the parsed URL (scheme and host),
 * not as a string prefix: `app://switchboard.evil/` or `app://switchboard@evil/` are not ours. Pure.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.hostname === APP_HOST && parsed.port === '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
