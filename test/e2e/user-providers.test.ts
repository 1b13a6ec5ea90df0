import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY } from '../support/canary';
import { emulatorReply } from '../support/emulator';
import { openPreviewSession, type PreviewSession } from '../support/preview-session';

describe('providers the user defines, in the preview', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession();
  });
  afterAll(() => s?.close());

  it('adds a gateway, gives it a key, chats through it, and removes it', async () => {
    const { page, emulator } = s;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Add a provider…' }).click();
    const add = page.getByRole('region', { name: 'Add a provider' });
    await add.getByLabel('Name').fill('Team gateway');
    await add.getByLabel('Protocol').selectOption('openai-chat');
    await add.getByLabel('Base URL').fill(emulator.baseUrl);
    await add.getByRole('button', { name: 'Add provider' }).click();

    const form = page.getByRole('region', { name: 'Team gateway settings' });
    await form.getByLabel('Default model').fill('emu-small');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await form.getByLabel('API key').fill(CANARY_KEY);
    await form.getByRole('button', { name: 'Save key' }).click();
    await expect.poll(() => form.getByRole('status', { name: 'Key status' }).textContent()).toContain('Stored, encrypted');
    expect(await page.getByRole('complementary', { name: 'Providers' }).getByRole('button', { name: 'Team gateway' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'New chat' }).click();
    await page.getByRole('combobox', { name: 'Provider' }).selectOption('team-gateway');
    await expect.poll(() => page.getByRole('combobox', { name: 'Model' }).inputValue()).toBe('emu-small');
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('through my gateway');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByRole('article', { name: 'Assistant message' }).last().textContent(), { timeout: 15_000 }).toContain(emulatorReply('through my gateway'));

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Team gateway' }).click();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('region', { name: 'Team gateway settings' }).getByRole('button', { name: 'Remove provider' }).click();
    await expect.poll(() => page.getByRole('complementary', { name: 'Providers' }).getByRole('button', { name: 'Team gateway' }).count()).toBe(0);
  });

  it('switches a Chinese provider between its regions from the Region choice', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Moonshot AI (Kimi)' }).click();
    const form = page.getByRole('region', { name: 'Moonshot AI (Kimi) settings' });
    await form.getByLabel('Region').selectOption('intl');
    expect(await form.getByLabel('Base URL').inputValue()).toBe('https://api.moonshot.ai/v1');
    await expect.poll(() => form.getByLabel('Request URL').textContent()).toContain('https://api.moonshot.ai/v1/chat/completions');
  });
});
