import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY } from '../support/canary';
import { emulatorReply } from '../support/emulator';
import { configureProvider, openPreviewSession, type PreviewSession } from '../support/preview-session';

describe('a new user, from the first window to the first answer, and the settings around it', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession();
  });
  afterAll(() => s?.close());

  it('leads with a setup (provider, key, Test) instead of a chat that cannot send, and ends in the first chat', async () => {
    const { page, emulator } = s;
    const setup = page.getByRole('region', { name: 'Welcome to Switchboard' });
    await setup.waitFor();
    expect(await page.getByRole('textbox', { name: 'Message', exact: true }).count()).toBe(0);
    // This test's host is the emulator: point Together at it first (the setup links to Settings for that).
    await configureProvider(page, 'Together AI', emulator.baseUrl, 'emu-small');
    await page.getByRole('link', { name: 'Chat' }).click();
    await setup.getByRole('combobox', { name: 'Provider for the first chat' }).selectOption('together');
    expect(await setup.getByRole('button', { name: 'Start chatting' }).isDisabled()).toBe(true);
    await setup.getByLabel('API key for the first chat').fill(CANARY_KEY);
    await setup.getByRole('button', { name: 'Save and test' }).click();
    await expect.poll(() => setup.getByRole('status').filter({ hasText: 'Connected' }).count(), { timeout: 15_000 }).toBe(1);
    await setup.getByRole('button', { name: 'Start chatting' }).click();
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Message');
    expect(await page.getByRole('combobox', { name: 'Provider' }).inputValue()).toBe('together');
    await page.keyboard.type('first words');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article', { name: 'Assistant message' }).last().textContent(), { timeout: 15_000 }).toContain(emulatorReply('first words'));
  });

  it('starts the next new chat on the provider and model last used', async () => {
    const { page } = s;
    await page.getByRole('combobox', { name: 'Model' }).fill('Emu-Large');
    await page.getByRole('combobox', { name: 'Model' }).blur();
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('on the large one');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('article', { name: 'Assistant message' }).last().getByRole('button', { name: 'Regenerate' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'New chat', exact: true }).first().click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Model' }).inputValue()).toBe('Emu-Large');
    expect(await page.getByRole('combobox', { name: 'Provider' }).inputValue()).toBe('together');
  });

  it('saves prompts and presets; / in the message box inserts one, a preset sets the conversation', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Prompt library' }).click();
    const library = page.getByRole('dialog', { name: 'Prompt library' });
    await library.getByLabel('Name').fill('greet');
    await library.getByLabel('Text to insert in the message box').fill('Say hello in French.');
    await library.getByRole('button', { name: 'Save prompt' }).click();
    await library.getByRole('button', { name: 'Insert greet' }).waitFor();
    await library.getByLabel('Name').fill('terse');
    await library.getByLabel('System prompt to apply').fill('Answer in one sentence.');
    await library.getByRole('spinbutton', { name: 'Temperature to apply' }).fill('0.2');
    await library.getByRole('button', { name: 'Save prompt' }).click();
    await library.getByRole('button', { name: 'Apply terse to this conversation' }).click();
    await expect.poll(() => library.count()).toBe(0);
    await page.getByText('System prompt and sampling').click();
    await expect.poll(() => page.getByRole('textbox', { name: 'System prompt' }).inputValue()).toBe('Answer in one sentence.');
    expect(await page.getByRole('spinbutton', { name: 'Temperature' }).inputValue()).toBe('0.2');

    const box = page.getByRole('textbox', { name: 'Message', exact: true });
    await box.fill('/gr');
    const menu = page.getByRole('listbox', { name: 'Saved prompts' });
    await expect.poll(() => menu.getByRole('option').first().textContent()).toContain('/greet');
    await box.press('Enter');
    expect(await box.inputValue()).toBe('Say hello in French.');
  });

  it('speaks Simplified Chinese when chosen, and English again', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Appearance and language' }).click();
    const language = page.getByRole('combobox', { name: 'Language' });
    expect(await language.locator('option').allTextContents()).toEqual(['System', 'English', '简体中文']);
    await language.selectOption({ label: '简体中文' });
    await expect.poll(() => page.getByRole('navigation', { name: '主导航' }).textContent()).toBe('对话网络设置');
    expect(await page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    await page.getByRole('link', { name: '对话' }).click();
    await page.getByRole('button', { name: '新对话' }).first().waitFor();
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('button', { name: '外观与语言' }).click();
    await page.getByRole('combobox', { name: '语言' }).selectOption({ label: 'English' });
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).textContent()).toBe('ChatNetworkSettings');
  });

  it('settings: the key first, Test says why it is off, and unsaved edits are not dropped silently', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Together AI', exact: true }).click();
    const form = page.getByRole('region', { name: 'Together AI settings' });
    const keyTop = (await form.getByRole('region', { name: 'Key management' }).boundingBox())!.y;
    const urlTop = (await form.getByLabel('Base URL').boundingBox())!.y;
    expect(keyTop).toBeLessThan(urlTop);
    await form.getByLabel('Base URL').fill('https://example.invalid/v1');
    expect(await form.getByRole('button', { name: 'Test', exact: true }).isDisabled()).toBe(true);
    expect(await form.getByText('Save the settings first: Test checks what is saved.').count()).toBe(1);
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'Groq', exact: true }).click();
    expect(await form.getByLabel('Base URL').inputValue()).toBe('https://example.invalid/v1');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Groq', exact: true }).click();
    await page.getByRole('region', { name: 'Groq settings' }).waitFor();
  });

  it('a key with a trailing space that works is a note, not a broken key, and the wire log counts what went out', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Together AI', exact: true }).click();
    const form = page.getByRole('region', { name: 'Together AI settings' });
    await form.getByLabel('Replace API key').fill(`${CANARY_KEY}  `);
    await form.getByRole('button', { name: 'Save key' }).click();
    const status = form.getByRole('status', { name: 'Key status' });
    await expect.poll(() => status.textContent()).toContain(`${CANARY_KEY.length + 2} chars`);
    expect(await status.getAttribute('class')).toContain('ok');
    expect(await form.locator('[data-warning="key-whitespace"]').getAttribute('class')).toContain('note');
    await form.getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => form.getByRole('region', { name: 'Test result' }).textContent(), { timeout: 15_000 }).toContain('Test passed');
    await page.getByRole('link', { name: 'Network' }).click();
    await page.getByRole('list', { name: 'Exchanges' }).getByRole('button').first().click();
    await expect.poll(() => page.getByRole('region', { name: 'Exchange detail' }).getByRole('status', { name: 'Auth' }).textContent()).toContain(`${CANARY_KEY.length} chars`);
  });

  it('leaked nothing', () => {
    expect(s.leaks()).toEqual([]);
  });
});
