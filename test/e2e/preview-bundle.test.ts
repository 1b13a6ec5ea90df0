import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { CANARY_KEY } from '../support/canary';
import { startEmulator, type Emulator } from '../support/emulator';
import { pdfWithText } from '../support/files';
import { configureProvider, saveKey } from '../support/preview-session';

// The built preview as `npm run dev:web` starts it; resolves with its URL once it prints it.
function startBuiltPreview(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['dist-cli/web.mjs', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out)?.[1];
      if (url) done({ child, url });
    });
    child.once('exit', (code) => fail(new Error(`the preview exited (${code}): ${out}`)));
  });
}

// The other e2e tests run the preview from its sources; this one runs what the build made.
describe('the built preview (dist-cli/web.mjs)', () => {
  let emulator: Emulator;
  let browser: Browser;
  let dataDir: string;
  let preview: { child: ChildProcess; url: string } | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ key: CANARY_KEY });
    browser = await launchChromium();
    dataDir = mkdtempSync(join(tmpdir(), 'switchboard-built-preview-'));
  });
  afterAll(async () => {
    if (preview) {
      const exited = new Promise((r) => preview!.child.once('exit', r));
      preview.child.kill('SIGINT');
      await exited;
    }
    await browser?.close();
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, reads a PDF through its bundled core, and answers', async () => {
    preview = await startBuiltPreview(dataDir);
    const page = await browser.newPage();
    await page.goto(preview.url);
    await configureProvider(page, 'Together AI', emulator.baseUrl, 'emu-small');
    await saveKey(page, 'Together AI', CANARY_KEY);
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'New chat', exact: true }).first().click();
    await page.locator('.composer input[type=file]').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: pdfWithText(['Margins improved']) });
    const chips = page.getByRole('list', { name: 'Attached files' });
    await expect.poll(() => chips.getByRole('listitem').count()).toBe(1);
    await expect.poll(() => chips.getByText('Adding…').count(), { timeout: 15_000 }).toBe(0);
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('what does it say?');
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = page.getByRole('article', { name: 'Assistant message' }).last();
    await expect.poll(() => answer.textContent(), { timeout: 15_000 }).toContain('[file report.pdf: Margins improved');
  });
});
