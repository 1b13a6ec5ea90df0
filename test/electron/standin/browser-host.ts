/**
 * The stand-in's Chromium: one persistent context whose pages are the app's windows. The test that
 * launched the stand-in attaches to the same browser over CDP (`--remote-debugging-port`), so it
 * drives the very pages the app opened. Every request passes one route: navigation requests go
 * through the owning window's navigation guards, scheme URLs to the app's protocol handlers.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Route } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/browser';
import { report } from './control';
import { handlerFor, isSchemeUrl, toAppUrl } from './protocol';

/** Decides whether a navigation of a page's frame may proceed (the window's guards). */
export type NavigationGate = (page: Page, frame: Frame, appUrl: string) => boolean;

let launching: Promise<BrowserContext> | undefined;
let profileDir: string | undefined;
let gate: NavigationGate = () => true;

/** Installs the function that runs a window's navigation guards. */
export function setNavigationGate(next: NavigationGate): void {
  gate = next;
}

/** The browser context, launched on first use. */
export function browserContext(): Promise<BrowserContext> {
  launching ??= launch();
  return launching;
}

async function launch(): Promise<BrowserContext> {
  profileDir = mkdtempSync(join(tmpdir(), 'sb-standin-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: null,
    // Electron has no popup blocker: every window.open reaches setWindowOpenHandler.
    args: [...CHROMIUM_ARGS, '--remote-debugging-port=0', '--disable-popup-blocking'],
  });
  await context.route(() => true, (route) => void routeRequest(route));
  // The blank tab a persistent context opens is not one of the app's windows.
  for (const page of context.pages()) await page.close();
  const portFile = join(profileDir, 'DevToolsActivePort');
  for (let i = 0; i < 200 && !existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 25));
  report({ type: 'browser', cdpPort: Number(readFileSync(portFile, 'utf8').split('\n')[0]) });
  return context;
}

async function routeRequest(route: Route): Promise<void> {
  const request = route.request();
  const pageUrl = request.url();
  try {
    if (request.isNavigationRequest()) {
      const frame = request.frame();
      if (!gate(frame.page(), frame, toAppUrl(pageUrl))) return await route.abort('aborted');
    }
    if (!isSchemeUrl(pageUrl)) return await route.continue();
    const appUrl = toAppUrl(pageUrl);
    const handler = handlerFor(appUrl);
    if (!handler) return await route.abort('failed');
    const body = request.postDataBuffer();
    const response = await handler(new Request(appUrl, { method: request.method(), headers: request.headers(), ...(body ? { body } : {}) }));
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
  } catch (error) {
    // A page closed mid-request, or a handler that threw: Chromium sees a failed load, as in Electron.
    if (!/closed|Target page/i.test(String(error))) process.stderr.write(`[stand-in] request ${pageUrl} failed: ${String(error)}\n`);
    await route.abort('failed').catch(() => undefined);
  }
}

/** Closes the browser and removes its profile. */
export async function closeBrowser(): Promise<void> {
  if (!launching) return;
  const context = await launching.catch(() => undefined);
  await context?.close().catch(() => undefined);
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  launching = undefined;
}
