import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY } from '../support/canary';
import { pdfWithText, pngOf } from '../support/files';
import { configureProvider, openPreviewSession, type PreviewSession, saveKey } from '../support/preview-session';

describe('attachments in the window', () => {
  let s: PreviewSession;
  let png: Buffer;
  beforeAll(async () => {
    png = await pngOf(120, 90);
    s = await openPreviewSession();
    await configureProvider(s.page, 'Together AI', s.emulator.baseUrl, 'emu-small');
    const form = await saveKey(s.page, 'Together AI', CANARY_KEY);
    await form.getByRole('status', { name: 'Key status' }).filter({ hasText: 'Stored, encrypted' }).waitFor();
    await s.page.getByRole('link', { name: 'Chat' }).click();
    await s.page.getByRole('button', { name: 'New chat', exact: true }).first().click();
  });
  afterAll(() => s?.close());

  it('attaches by button, paste and drop; shows chips; sends; the answer saw each file', async () => {
    const { page } = s;
    await page.locator('.composer input[type=file]').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: pdfWithText(['Margins improved']) });
    // A pasted screenshot.
    await page.evaluate(`((b64) => {
      const box = document.querySelector('textarea[aria-label="Message"]');
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })('${png.toString('base64')}')`);
    // A file dropped on the window.
    await page.evaluate(`((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'notes.md', { type: 'text/markdown' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    })('# Plan\\nship on Friday')`);
    const chips = page.getByRole('list', { name: 'Attached files' });
    await expect.poll(() => chips.getByRole('listitem').count()).toBe(3);
    await expect.poll(() => chips.getByText('Adding…').count(), { timeout: 15_000 }).toBe(0);
    expect(await chips.getByRole('button', { name: 'Remove image.png' }).count()).toBe(1);
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('what do you see?');
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = page.getByRole('article', { name: 'Assistant message' }).last();
    await expect.poll(() => answer.textContent(), { timeout: 15_000 }).toContain('[image image/png');
    expect(await answer.textContent()).toContain('[file report.pdf: Margins improved');
    expect(await answer.textContent()).toContain('[file notes.md: # Plan');
    expect(await page.getByRole('list', { name: 'Attached files' }).count()).toBe(1); // the message's, the composer's are gone
  });

  it('never shows base64 in the Network tab', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Network' }).click();
    await page.getByRole('list', { name: 'Exchanges' }).getByRole('button').first().click();
    const body = page.getByRole('region', { name: 'Exchange detail' }).getByLabel('Request body');
    await expect.poll(() => body.textContent()).toMatch(/<image\/png \d+ (B|KB) sha256 [0-9a-f]{8}…>/);
    expect(await body.textContent()).not.toContain(png.toString('base64').slice(0, 120));
    expect(s.leaks()).toEqual([]);
  });
  it('shows the sent image as a thumbnail that opens full size, after a restart too', async () => {
    await s.restart();
    const { page } = s;
    const question = page.getByRole('article', { name: 'You message' }).last();
    await question.getByRole('button', { name: 'Open image.png full size' }).click();
    const viewer = page.getByRole('dialog', { name: 'Attachment image.png' });
    await expect.poll(() => viewer.getByRole('img', { name: 'image.png' }).evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(120);
    await viewer.getByRole('button', { name: 'Close the image' }).click();
    expect(await question.textContent()).toContain('report.pdf');
  });

});
