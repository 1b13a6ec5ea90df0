import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY } from '../support/canary';
import { configureProvider, openPreviewSession, type PreviewSession, saveKey } from '../support/preview-session';

// The environment variable is a key source too: shown, tested, and warned about when a stored key differs.
describe('key sources in the settings view', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession({}, { TOGETHER_API_KEY: CANARY_KEY });
  });
  afterAll(() => s?.close());

  it('uses TOGETHER_API_KEY when nothing is stored, and it works', async () => {
    const { page, emulator } = s;
    await configureProvider(page, 'Together AI', emulator.baseUrl, 'emu-small');
    const form = page.getByRole('region', { name: 'Together AI settings' });
    await expect.poll(() => form.getByRole('status', { name: 'Key status' }).textContent()).toContain('From environment variable TOGETHER_API_KEY');
    await form.getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => form.getByRole('region', { name: 'Test result' }).textContent(), { timeout: 15_000 }).toContain('Test passed');
  });

  it('says which key is in effect when a stored key differs from the variable', async () => {
    const form = await saveKey(s.page, 'Together AI', 'tgp_v1_another-key-00000000000000000000');
    const status = form.getByRole('status', { name: 'Key status' });
    await expect.poll(() => status.textContent()).toContain('TOGETHER_API_KEY is also set, to a different key; the stored key is in effect.');
    expect(await form.getByRole('region', { name: 'Configuration problems' }).textContent()).toContain('Two different keys configured');
    form.page().once('dialog', (d) => void d.accept());
    await form.getByRole('button', { name: 'Delete key' }).click();
    await expect.poll(() => status.textContent()).toContain('From environment variable TOGETHER_API_KEY');
  });

  it('refuses an empty key with a clear error', async () => {
    const form = await saveKey(s.page, 'Together AI', '   ');
    await expect.poll(() => form.getByRole('alert').last().textContent()).toContain('The key is empty');
  });

  it('leaked nothing', () => {
    expect(s.leaks()).toEqual([]);
  });
});
