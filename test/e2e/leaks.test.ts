import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY } from '../support/canary';
import { emulatorReply, type Misbehaviour } from '../support/emulator';
import { configureProvider, openPreviewSession, type PreviewSession, saveKey } from '../support/preview-session';

describe('the canary key in the window', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession();
    await configureProvider(s.page, 'Together AI', s.emulator.baseUrl, 'emu-small');
    const form = await saveKey(s.page, 'Together AI', CANARY_KEY);
    await form.getByLabel(/Add or replace headers/).fill(`X-Gateway-Token: gw-${CANARY_KEY}`);
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.getByRole('list', { name: 'Saved headers' }).waitFor();
  });
  afterAll(() => s?.close());

  it.each<Misbehaviour>(['echo-key-in-answer', 'echo-key-in-header', 'echo-key'])('never reaches a frame, the data folder or an export when the host echoes it (%s)', async (mode) => {
    const { page } = s;
    s.emulator.misbehave(mode);
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'New chat' }).click();
    await page.getByRole('combobox', { name: 'Provider' }).selectOption('together');
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill(`echo ${mode}`);
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = page.getByRole('article', { name: 'Assistant message' }).last();
    await expect.poll(() => answer.textContent()).toMatch(mode === 'echo-key' ? /is not allowed here/ : new RegExp(emulatorReply(`echo ${mode}`)));
    await page.getByRole('link', { name: 'Network' }).click();
    await page.getByRole('button', { name: /POST .*chat\/completions/ }).last().click();
    await page.getByRole('region', { name: 'Exchange detail' }).getByRole('table', { name: 'Response headers' }).waitFor();
    await page.getByRole('button', { name: 'Export HAR' }).click();
    s.emulator.misbehave('none');
    expect(s.leaks()).toEqual([]);
  });
});
