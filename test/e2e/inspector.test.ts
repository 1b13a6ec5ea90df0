import { readFileSync } from 'node:fs';
import { har as validateHar } from 'har-validator/lib/promise.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY, containsCanary } from '../support/canary';
import { emulatorReply } from '../support/emulator';
import { configureProvider, openPreviewSession, type PreviewSession, saveKey } from '../support/preview-session';

describe('network inspector and the 401 doctor, end to end', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession();
    await configureProvider(s.page, 'Together AI', s.emulator.baseUrl, 'emu-small');
  });
  afterAll(() => s?.close());

  it('no key: Send says why it is off; a key that goes out wrong: red in chat, explained in Network, fixed in one click, the retry succeeds', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'New chat' }).click();
    await page.getByRole('combobox', { name: 'Provider' }).selectOption('together');
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('hello doctor');
    expect(await page.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Add a key for Together AI in Settings to send.' }).count()).toBe(1);
    await page.getByRole('button', { name: 'No key for Together AI: add one' }).click();

    // A key pasted with a leading space: it goes out inside the header, and the host refuses it.
    const form = await saveKey(page, 'Together AI', ` ${CANARY_KEY}`);
    await expect.poll(() => form.getByRole('status', { name: 'Key status' }).textContent()).toContain('Stored, encrypted');
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('hello doctor');
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = page.getByRole('article', { name: 'Assistant message' }).last();
    await expect.poll(() => answer.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('HTTP 401');
    expect(await answer.getByRole('alert').textContent()).toContain('Whitespace around the key');

    await answer.getByRole('button', { name: 'Show the request in the Network tab' }).click();
    const detail = page.getByRole('region', { name: 'Exchange detail' });
    await expect.poll(() => detail.getByRole('status', { name: 'Auth' }).textContent()).toMatch(/Authorization: Bearer/);
    const explain = detail.getByRole('region', { name: 'Explain' });
    expect(await explain.textContent()).toContain('Whitespace around the key');
    await explain.getByRole('button', { name: 'Trim the key' }).click();
    await expect.poll(() => explain.getByRole('status').textContent()).toContain('Key fixed');

    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('article', { name: 'Assistant message' }).last().getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.getByRole('article', { name: 'Assistant message' }).last().textContent(), { timeout: 15_000 }).toContain(emulatorReply('hello doctor'));
    expect(await page.getByRole('article', { name: 'You message' }).count()).toBe(1);
  });

  it('lists, filters, and shows timing for the streamed exchange', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Network' }).click();
    const list = page.getByRole('list', { name: 'Exchanges' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    expect(await list.getByRole('listitem').first().textContent()).toMatch(/^\d\d:\d\d:\d\dchat/);
    await page.getByLabel('Status').selectOption('4xx');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await page.getByLabel('Status').selectOption('2xx');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await list.getByRole('button').first().click();
    const detail = page.getByRole('region', { name: 'Exchange detail' });
    await expect.poll(() => detail.getByRole('figure', { name: 'Timing' }).textContent()).toMatch(/Waiting for the first byte .* stream events/);
    await page.getByLabel('Filter').fill('no-such-host');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(0);
    await page.getByLabel('Filter').fill('');
    await page.getByLabel('Status').selectOption('');
  });

  it('exports a redacted HAR that validates, and copies a redacted curl', async () => {
    const { page } = s;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export HAR' }).click();
    const file = await (await download).path();
    const text = readFileSync(file!, 'utf8');
    expect(containsCanary(text)).toBe(false);
    const har = JSON.parse(text);
    await expect(validateHar(har)).resolves.toBeTruthy();
    expect(har.log.entries).toHaveLength(2);

    const detail = page.getByRole('region', { name: 'Exchange detail' });
    await detail.getByRole('button', { name: 'Copy as curl', exact: true }).click();
    const curl = await detail.getByRole('textbox', { name: 'Curl command' }).inputValue();
    expect(curl).toMatch(/^curl -sS -X POST 'http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions'/);
    expect(curl).toContain("'Authorization: Bearer tgp_…6789");
    expect(containsCanary(curl)).toBe(false);

    page.once('dialog', (d) => void d.accept());
    await detail.getByRole('button', { name: 'Copy as curl with the real key…' }).click();
    await expect.poll(() => detail.getByRole('status', { name: 'Curl' }).textContent()).toContain('only available in the desktop app');
  });

  it('compares the failing request with the working one, and names the difference', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Network' }).click();
    const list = page.getByRole('list', { name: 'Exchanges' });
    const detail = page.getByRole('region', { name: 'Exchange detail' });
    await list.getByRole('button', { name: / 401$/ }).click();
    await detail.getByRole('button', { name: 'Compare with…' }).click();
    await list.getByRole('button', { name: / 200$/ }).click();
    await detail.getByRole('button', { name: 'Compare with the pinned exchange' }).click();
    const dialog = page.getByRole('dialog', { name: 'Comparison' });
    const auth = dialog.getByRole('region', { name: 'Auth' });
    await expect.poll(() => auth.textContent()).toContain('fingerprint');
    expect(await dialog.getByRole('region', { name: 'Status' }).textContent()).toMatch(/401.*200/);
    expect(await dialog.getByRole('list', { name: 'Likely causes' }).textContent()).toContain('Key refused by the provider');
    expect(containsCanary((await dialog.textContent()) ?? '')).toBe(false);
    await dialog.getByRole('button', { name: 'Close the comparison' }).click();
  });

  it('shows a diagnostic bundle before saving it, with no key in it', async () => {
    const { page } = s;
    const detail = page.getByRole('region', { name: 'Exchange detail' });
    await detail.getByRole('button', { name: 'Save a diagnostic bundle…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Diagnostic bundle' });
    const text = await dialog.getByRole('textbox', { name: 'Bundle text' }).inputValue();
    expect(JSON.parse(text)).toMatchObject({ format: 'switchboard-diagnostic-bundle', provider: { id: 'together' } });
    expect(containsCanary(text)).toBe(false);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save the bundle' }).click();
    expect(containsCanary(readFileSync((await (await download).path())!, 'utf8'))).toBe(false);
  });

  it('leaked nothing to the window or the data directory', () => {
    expect(s.leaks()).toEqual([]);
  });
});
