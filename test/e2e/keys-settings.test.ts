import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY } from '../support/canary';
import { emulatorBase } from '../support/emulator';
import { configureProvider, openPreviewSession, type PreviewSession } from '../support/preview-session';

describe('keys in the settings view', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession();
  });
  afterAll(() => s?.close());

  it('warns about whitespace, fixes it in one click, and the Test passes', async () => {
    const { page, emulator } = s;
    await configureProvider(page, 'Together AI', emulator.baseUrl, 'emu-small');
    const form = page.getByRole('region', { name: 'Together AI settings' });
    // Browsers strip line breaks from a password field, so the pasted whitespace here is spaces.
    await form.getByLabel('API key').fill(`  ${CANARY_KEY}  `);
    await form.getByRole('button', { name: 'Save key' }).click();
    const warning = form.locator('[data-warning="key-whitespace"]');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('starts or ends with spaces');
    await expect.poll(() => form.getByRole('status', { name: 'Key status' }).textContent()).toContain(`${CANARY_KEY.length + 4} chars`);
    await warning.getByRole('button', { name: 'Trim whitespace' }).click();
    await warning.waitFor({ state: 'detached' });
    await expect.poll(() => form.getByRole('status', { name: 'Key status' }).textContent()).toContain(`${CANARY_KEY.length} chars`);

    await form.getByRole('button', { name: 'Test', exact: true }).click();
    const result = form.getByRole('region', { name: 'Test result' });
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('Test passed');
    expect(await result.textContent()).toContain('The host lists 2 models.');
  });

  it('replaces a key (new fingerprint), sees the Test fail and why, then deletes it', async () => {
    const { page } = s;
    const form = page.getByRole('region', { name: 'Together AI settings' });
    const status = form.getByRole('status', { name: 'Key status' });
    const before = await status.textContent();
    await form.getByLabel('Replace API key').fill('tgp_v1_revoked-key-0000000000000000000');
    await form.getByRole('button', { name: 'Save key' }).click();
    await expect.poll(() => status.textContent()).not.toBe(before);
    await form.getByRole('button', { name: 'Test', exact: true }).click();
    const result = form.getByRole('region', { name: 'Test result' });
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('Test failed');
    expect(await result.getByRole('list', { name: 'Likely causes' }).textContent()).toContain('Key refused by the provider');
    form.page().once('dialog', (d) => void d.accept());
    await form.getByRole('button', { name: 'Delete key' }).click();
    await expect.poll(() => status.textContent()).toContain('No key');
  });

  it('shows the final request URL before saving and repairs a missing scheme', async () => {
    const { page, emulator } = s;
    await page.getByRole('button', { name: 'Anthropic', exact: true }).click();
    const form = page.getByRole('region', { name: 'Anthropic settings' });
    await form.getByLabel('Base URL').fill(emulator.root.replace('http://', ''));
    await expect.poll(() => form.getByText('Did you mean').textContent()).toContain(emulator.root);
    await form.getByRole('button', { name: 'Use it' }).click();
    await expect.poll(() => form.getByLabel('Request URL').textContent()).toContain(`${emulator.root}/v1/messages`);
  });

  it('sets up five providers, each saying where its key comes from', async () => {
    const { page, emulator } = s;
    const providers = [
      ['Together AI', emulator.baseUrl],
      ['Anthropic', emulatorBase(emulator.root, 'anthropic')],
      ['Google Gemini', emulatorBase(emulator.root, 'gemini')],
      ['Azure OpenAI', emulatorBase(emulator.root, 'azure')],
      ['Groq', emulator.baseUrl],
    ] as const;
    for (const [name, base] of providers) {
      await configureProvider(page, name, base, 'emu-small');
      const form = page.getByRole('region', { name: `${name} settings` });
      await form.getByLabel('API key').fill(CANARY_KEY);
      await form.getByRole('button', { name: 'Save key' }).click();
      await expect.poll(() => form.getByRole('status', { name: 'Key status' }).textContent()).toContain('Stored, encrypted');
      await form.getByRole('button', { name: 'Test', exact: true }).click();
      await expect.poll(() => form.getByRole('region', { name: 'Test result' }).textContent(), { timeout: 15_000 }).toMatch(/Test (passed|failed)/);
      const text = await form.getByRole('region', { name: 'Test result' }).textContent();
      // Groq's key prefix differs from the canary's (a Together-style key): the lint says so.
      if (name === 'Groq') expect(text).toContain("Another provider's key");
      else expect(text).toContain('Test passed');
    }
  });

  it('never let the key reach the window or the data directory in plain text', () => {
    expect(s.received.length).toBeGreaterThan(20);
    expect(s.leaks()).toEqual([]);
  });
});
