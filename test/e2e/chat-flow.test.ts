import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../electron/web/server';
import { launchChromium } from '../support/browser';
import { CANARY_KEY, containsCanary } from '../support/canary';
import { emulatorReply, startEmulator, type Emulator } from '../support/emulator';

const STATIC_DIR = resolve('dist/renderer');

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

describe('chat with Together through the emulator, end to end in Chromium', () => {
  let emulator: Emulator;
  let preview: Preview;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  const received: string[] = [];

  const open = async (p: Preview) => {
    page = await browser.newPage();
    page.on('websocket', (ws) => ws.on('framereceived', (f) => received.push(String(f.payload))));
    await page.goto(p.url);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'switchboard-e2e-'));
    emulator = await startEmulator({ key: CANARY_KEY, chunkDelayMs: 5 });
    preview = await startPreview({ dataDir, staticDir: STATIC_DIR, env: {} });
    browser = await launchChromium();
    await open(preview);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('configures Together with the emulator and a key, streams a reply, and shows the redacted request', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Together AI' }).click();
    const form = page.getByRole('region', { name: 'Together AI settings' });
    await form.getByLabel('Base URL').fill(emulator.baseUrl);
    await form.getByLabel('Default model').fill('emu-small');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => form.getByLabel('Request URL').textContent()).toContain(`${emulator.baseUrl}/chat/completions`);
    await form.getByLabel('API key').fill(CANARY_KEY);
    await form.getByRole('button', { name: 'Save key' }).click();
    await expect.poll(() => form.getByRole('status', { name: 'Key status' }).textContent()).toContain('Stored, encrypted');

    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'New chat' }).click();
    await page.getByRole('combobox', { name: 'Provider' }).selectOption('together');
    await expect.poll(() => page.getByRole('combobox', { name: 'Model' }).inputValue()).toBe('emu-small');
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('ping one');
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = page.getByRole('article', { name: 'Assistant message' }).last();
    await expect.poll(() => answer.textContent(), { timeout: 15_000 }).toContain(emulatorReply('ping one'));
    await expect.poll(() => answer.getByLabel('Token usage').textContent()).toContain('12 in');

    await page.getByRole('link', { name: 'Network' }).click();
    await page.getByRole('button', { name: /POST 127\.0\.0\.1:\d+\/v1\/chat\/completions 200/ }).click();
    const detail = page.getByRole('region', { name: 'Exchange detail' });
    const auth = detail.getByRole('status', { name: 'Auth' });
    await expect.poll(() => auth.textContent()).toMatch(/Authorization: Bearer tgp_…6789 · \d+ chars · sha256 [0-9a-f]{8}/);
    expect(await detail.getByRole('table', { name: 'Request headers' }).textContent()).toMatch(/AuthorizationBearer tgp_…6789 \(\d+ chars, sha256 [0-9a-f]{8}\)/);
    expect(await detail.textContent()).toContain('200');
    await expect.poll(() => detail.getByRole('list', { name: 'Stream events' }).textContent()).toContain('[DONE]');
  });

  it("sends the conversation's sampling settings", async () => {
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByText('System prompt and sampling').click();
    await page.getByLabel('Temperature').fill('0.3');
    await page.getByLabel('Max tokens').fill('128');
    await page.getByLabel('Max tokens').blur();
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('sampled');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByRole('article', { name: 'Assistant message' }).last().textContent(), { timeout: 15_000 }).toContain(emulatorReply('sampled'));
    await page.getByRole('link', { name: 'Network' }).click();
    await page.getByRole('list', { name: 'Exchanges' }).getByRole('button').first().click();
    const body = await page.getByRole('region', { name: 'Exchange detail' }).locator('pre.body').first().textContent();
    expect(body).toContain('"temperature": 0.3');
    expect(body).toContain('"max_tokens": 128');
  });

  it('after the key is deleted (asked first), Send is off and says why, and the typed message is kept', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Together AI' }).click();
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'Delete key' }).click();
    // Dismissed: nothing happened.
    expect(await page.getByRole('status', { name: 'Key status' }).textContent()).toContain('Stored, encrypted');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Delete key' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Key status' }).textContent()).toContain('No key');

    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('ping two');
    expect(await page.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByText('Add a key for Together AI in Settings to send.').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Message', exact: true }).inputValue()).toBe('ping two');
  });

  it('renames the conversation and finds it again after the preview restarts on the same data directory', async () => {
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'Rename conversation ping one' }).click();
    await page.getByLabel('Conversation title').fill('Renamed chat');
    await page.getByLabel('Conversation title').press('Enter');
    await page.getByRole('button', { name: 'Renamed chat', exact: true }).waitFor();
    await page.close();
    await preview.close();
    preview = await startPreview({ dataDir, staticDir: STATIC_DIR, env: {} });
    await open(preview);
    const list = page.getByRole('complementary', { name: 'Conversations' });
    await expect.poll(() => list.textContent()).toContain('Renamed chat');
    await page.getByLabel('Search conversations').fill('no such words');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(0);
    await page.getByLabel('Search conversations').fill('renamed');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await expect.poll(() => page.getByRole('log', { name: 'Messages' }).textContent()).toContain(emulatorReply('ping one'));
  });

  it('never lets the canary key reach the window or the data directory in plain text', () => {
    expect(received.length).toBeGreaterThan(10);
    const leaks = received.filter(containsCanary);
    expect(leaks).toEqual([]);
    for (const file of allFiles(dataDir)) {
      expect(containsCanary(readFileSync(file, 'latin1')), `canary found in ${file}`).toBe(false);
    }
  });
});
