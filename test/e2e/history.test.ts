import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY } from '../support/canary';
import { emulatorReply } from '../support/emulator';
import { configureProvider, openPreviewSession, type PreviewSession, saveKey } from '../support/preview-session';

describe('history in the window', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession();
  });
  afterAll(() => s?.close());

  it('backs up, restores a backup (keeping the current history beside it), and imports a ChatGPT export', async () => {
    const { page, emulator } = s;
    await configureProvider(page, 'Together AI', emulator.baseUrl, 'emu-small');
    await saveKey(page, 'Together AI', CANARY_KEY);
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'New chat' }).click();
    await page.getByRole('combobox', { name: 'Provider' }).selectOption('together');
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('kept in the backup');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByRole('article', { name: 'Assistant message' }).last().textContent()).toContain(emulatorReply('kept in the backup'));

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'History and backups' }).click();
    const history = page.getByRole('region', { name: 'History settings' });
    await history.getByRole('button', { name: 'Back up now' }).click();
    await history.getByRole('status').filter({ hasText: 'Backup taken.' }).waitFor();

    const file = join(s.dataDir, 'chatgpt.json');
    writeFileSync(file, JSON.stringify([{ title: 'From ChatGPT', create_time: 1, current_node: 'a', mapping: { u: { id: 'u', parent: null, children: ['a'], message: { author: { role: 'user' }, content: { parts: ['hello'] } } }, a: { id: 'a', parent: 'u', children: [], message: { author: { role: 'assistant' }, content: { parts: ['hi'] } } } } }]));
    await history.getByLabel('Import conversations…').setInputFiles(file);
    await history.getByRole('status').filter({ hasText: 'Imported 1 conversation(s).' }).waitFor();
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'From ChatGPT', exact: true }).waitFor();

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'History and backups' }).click();
    page.once('dialog', (d) => void d.accept());
    await history.getByRole('button', { name: /^Restore the backup from/ }).first().click();
    await history.getByRole('status').filter({ hasText: 'Restored.' }).waitFor();
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'kept in the backup', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'From ChatGPT', exact: true }).count()).toBe(0);
    expect(s.leaks()).toEqual([]);
  });
});
