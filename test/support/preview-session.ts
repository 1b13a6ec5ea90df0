import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { startPreview, type Preview } from '../../electron/web/server';
import { launchChromium } from './browser';
import { CANARY_KEY, containsCanary } from './canary';
import { startEmulator, type Emulator, type EmulatorOptions } from './emulator';

/** A browser preview on a fresh data directory, an emulator, and Chromium, with every frame the page receives recorded. */
export interface PreviewSession {
  emulator: Emulator;
  preview: Preview;
  browser: Browser;
  page: Page;
  dataDir: string;
  received: string[];
  restart(): Promise<void>;
  /** Files in the data directory or frames the page received that contain the canary. */
  leaks(): string[];
  close(): Promise<void>;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

/** Starts a session; the page is open on the preview's URL. */
export async function openPreviewSession(emulatorOptions: Partial<EmulatorOptions> = {}, env: Record<string, string> = {}): Promise<PreviewSession> {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-e2e-'));
  const staticDir = resolve('dist/renderer');
  const emulator = await startEmulator({ key: CANARY_KEY, chunkDelayMs: 5, ...emulatorOptions });
  const received: string[] = [];
  const session: PreviewSession = {
    emulator,
    preview: await startPreview({ dataDir, staticDir, env }),
    browser: await launchChromium(),
    page: undefined as unknown as Page,
    dataDir,
    received,
    async restart() {
      await session.page.close();
      await session.preview.close();
      session.preview = await startPreview({ dataDir, staticDir, env });
      await open();
    },
    leaks() {
      return [...received.filter(containsCanary).map((f) => `frame: ${f.slice(0, 80)}`), ...allFiles(dataDir).filter((f) => containsCanary(readFileSync(f, 'latin1')))];
    },
    async close() {
      await session.browser.close();
      await session.preview.close();
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  async function open() {
    session.page = await session.browser.newPage();
    session.page.on('websocket', (ws) => ws.on('framereceived', (f) => received.push(String(f.payload))));
    await session.page.goto(session.preview.url);
  }
  await open();
  return session;
}

/** Opens a provider's settings and points it at the emulator. */
export async function configureProvider(page: Page, name: string, baseUrl: string, model: string): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name, exact: true }).click();
  const form = page.getByRole('region', { name: `${name} settings` });
  await form.getByLabel('Base URL').fill(baseUrl);
  await form.getByLabel('Default model').fill(model);
  await form.getByRole('button', { name: 'Save settings' }).click();
  await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

/** In a provider's settings (already open), types a key and saves it; returns the provider's form. */
export async function saveKey(page: Page, name: string, key: string): Promise<Locator> {
  const form = page.getByRole('region', { name: `${name} settings` });
  await form.getByLabel('API key').fill(key);
  await form.getByRole('button', { name: 'Save key' }).click();
  return form;
}
