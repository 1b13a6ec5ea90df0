import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPreviewSession, type PreviewSession } from '../support/preview-session';

describe('a long conversation', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession();
    const messages = Array.from({ length: 300 }, (_, i) => ({ id: `m${i}`, role: i % 2 ? 'assistant' : 'user', content: `Message number ${i}`, createdAt: i, ...(i % 2 ? { status: 'done' } : {}) }));
    mkdirSync(join(s.dataDir, 'conversations'), { recursive: true });
    writeFileSync(join(s.dataDir, 'conversations', 'long.json'), JSON.stringify({ version: 1, id: 'long', title: 'Long one', createdAt: 0, updatedAt: 9e12, providerId: 'together', model: 'emu-small', messages }));
    await s.restart();
  });
  afterAll(() => s?.close());

  it('opens on its latest messages and shows earlier ones on request', async () => {
    const log = s.page.getByRole('log', { name: 'Messages' });
    await expect.poll(() => log.textContent()).toContain('Message number 299');
    // It opens at its bottom: the latest message is in view.
    const latestInView = () =>
      log.evaluate((el) => {
        const latest = [...el.querySelectorAll('article')].at(-1)!.getBoundingClientRect();
        const view = el.getBoundingClientRect();
        return latest.top >= view.top && latest.bottom <= view.bottom + 1;
      });
    await expect.poll(latestInView).toBe(true);
    expect(await log.getByRole('article').count()).toBe(60);
    await log.getByRole('button', { name: /Show 200 earlier messages \(240 hidden\)/ }).click();
    await expect.poll(() => log.getByRole('article').count()).toBe(260);
    await log.getByRole('button', { name: /Show 40 earlier messages/ }).click();
    await expect.poll(() => log.getByRole('article').count()).toBe(300);
    expect(await log.textContent()).toContain('Message number 0');
  });
});
