import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CANARY_KEY } from '../support/canary';
import { emulatorReply } from '../support/emulator';
import { configureProvider, openPreviewSession, type PreviewSession, saveKey } from '../support/preview-session';

async function newChat(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Chat' }).click();
  await page.getByRole('button', { name: 'New chat', exact: true }).first().click();
  await expect.poll(() => page.getByRole('log', { name: 'Messages' }).getByRole('article').count()).toBe(0);
}

// Sends a message and waits for the whole answer (its actions appear once it is done).
async function send(page: Page, text: string): Promise<void> {
  const before = await page.getByRole('article', { name: 'Assistant message' }).count();
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => page.getByRole('article', { name: 'Assistant message' }).count(), { timeout: 15_000 }).toBe(before + 1);
  await page.getByRole('article', { name: 'Assistant message' }).last().getByRole('button', { name: /^(Regenerate|Retry)$/ }).waitFor({ timeout: 15_000 });
}

const MARKDOWN = [
  'Here:',
  '',
  '| name | value |',
  '|------|-------|',
  '| a | 1 |',
  '',
  '> a quoted line',
  '',
  '- outer',
  '  - inner',
  '',
  '- [x] done task',
  '',
  'Euler: $e^{i\\pi}+1=0$ and ~~struck~~',
  '',
  '```ts',
  'const answer: number = 42;',
  '```',
  '',
  '<img src="x" onerror="window.__xss = 1"> [a link](https://example.com) [bad](javascript:alert(1))',
].join('\n');

describe('the chat, as a daily chat app', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession();
    await configureProvider(s.page, 'Together AI', s.emulator.baseUrl, 'emu-small');
    const form = await saveKey(s.page, 'Together AI', CANARY_KEY);
    await form.getByRole('status', { name: 'Key status' }).filter({ hasText: 'Stored, encrypted' }).waitFor();
  });
  afterAll(() => s?.close());

  it('renders tables, quotes, nested and task lists, math, strikethrough and highlighted code, and never runs raw HTML', async () => {
    const { page } = s;
    await newChat(page);
    await send(page, MARKDOWN);
    const answer = page.getByRole('article', { name: 'Assistant message' }).last();
    await expect.poll(() => answer.getByRole('table').count()).toBe(1);
    expect(await answer.getByRole('cell', { name: '1' }).count()).toBe(1);
    expect(await answer.locator('blockquote').textContent()).toContain('a quoted line');
    expect(await answer.locator('li ul li').textContent()).toBe('inner');
    expect(await answer.getByRole('checkbox', { name: 'Done' }).isChecked()).toBe(true);
    expect(await answer.locator('del').textContent()).toBe('struck');
    await expect.poll(() => answer.locator('math').count()).toBeGreaterThan(0);
    await expect.poll(() => answer.locator('code.hljs .hljs-keyword').first().textContent()).toBe('const');
    expect(await answer.getByRole('button', { name: 'Copy ts block' }).count()).toBe(1);
    expect(await answer.getByRole('link', { name: 'a link' }).getAttribute('href')).toBe('https://example.com');
    expect(await answer.getByRole('link', { name: 'bad' }).count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(await answer.locator('img').count()).toBe(0);
  });

  it('keeps every version: Regenerate and Edit add versions shown as ‹ n / m ›, and the edited question shows its new text at once', async () => {
    const { page } = s;
    await newChat(page);
    await send(page, 'first question');
    const answer = () => page.getByRole('article', { name: 'Assistant message' }).last();
    await answer().getByRole('button', { name: 'Regenerate' }).click();
    await expect.poll(() => answer().getByRole('group', { name: 'Versions' }).textContent(), { timeout: 15_000 }).toContain('2 / 2');
    await expect.poll(() => answer().getByRole('button', { name: 'Regenerate' }).count(), { timeout: 15_000 }).toBe(1);
    await answer().getByRole('button', { name: 'Previous version' }).click();
    await expect.poll(() => answer().getByRole('group', { name: 'Versions' }).textContent()).toContain('1 / 2');
    expect(await answer().getByRole('button', { name: 'Previous version' }).isDisabled()).toBe(true);

    const question = page.getByRole('article', { name: 'You message' }).last();
    await question.getByRole('button', { name: 'Edit' }).click();
    await question.getByRole('textbox', { name: 'Edit message' }).fill('second question');
    await question.getByRole('button', { name: 'Save and send' }).click();
    await expect.poll(() => page.getByRole('article', { name: 'You message' }).last().textContent()).toContain('second question');
    await expect.poll(() => answer().textContent(), { timeout: 15_000 }).toContain(emulatorReply('second question'));
    expect(await page.getByRole('article', { name: 'You message' }).last().getByRole('group', { name: 'Versions' }).textContent()).toContain('2 / 2');
    // Back to the first question: its own answers come with it.
    await page.getByRole('article', { name: 'You message' }).last().getByRole('button', { name: 'Previous version' }).click();
    await expect.poll(() => page.getByRole('article', { name: 'You message' }).last().textContent()).toContain('first question');
  });

  it('Esc cancels an edit, and the edit box fits a long message', async () => {
    const { page } = s;
    const question = page.getByRole('article', { name: 'You message' }).last();
    await question.getByRole('button', { name: 'Edit' }).click();
    const box = question.getByRole('textbox', { name: 'Edit message' });
    expect(Number(await box.getAttribute('rows'))).toBeGreaterThanOrEqual(4);
    await box.press('Escape');
    expect(await question.getByRole('textbox', { name: 'Edit message' }).count()).toBe(0);
  });

  it('searches message text, shows the passage, and opens the conversation with the match marked', async () => {
    const { page } = s;
    await newChat(page);
    await send(page, 'the quokka is a small marsupial');
    await newChat(page);
    await page.getByRole('searchbox', { name: 'Search conversations' }).fill('quokka');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect.poll(() => results.locator('mark').first().textContent()).toMatch(/quokka/i);
    await results.getByRole('button').first().click();
    await expect.poll(() => page.locator('article.highlighted').count()).toBe(1);
    await expect.poll(() => page.evaluate('CSS.highlights.get("search-match")?.size ?? 0')).toBeGreaterThan(0);
    await page.getByRole('searchbox', { name: 'Search conversations' }).fill('no-such-word-anywhere');
    await expect.poll(() => page.getByText('No conversation matches “no-such-word-anywhere”.').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search conversations' }).fill('');
  });

  it('a search match far up a long conversation stays in view (following the bottom does not pull it back)', async () => {
    const { page } = s;
    await newChat(page);
    await send(page, 'the wombat digs a burrow');
    await send(page, Array.from({ length: 120 }, (_, i) => `Line ${i} of a long message.`).join('\n\n'));
    await page.getByRole('searchbox', { name: 'Search conversations' }).fill('wombat');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect.poll(() => results.locator('mark').first().textContent()).toMatch(/wombat/i);
    await results.getByRole('button').first().click();
    const match = page.locator('article.highlighted');
    await expect.poll(() => match.count()).toBe(1);
    const inView = () =>
      match.evaluate((article) => {
        const log = article.closest('[role="log"]')!.getBoundingClientRect();
        const box = article.getBoundingClientRect();
        return box.bottom > log.top && box.top < log.bottom;
      });
    await expect.poll(inView).toBe(true);
    // The messages around the match take their real heights after the jump: still in view after.
    await page.waitForTimeout(500);
    expect(await inView()).toBe(true);
    await page.getByRole('searchbox', { name: 'Search conversations' }).fill('');
  });

  it('Ctrl+K opens the palette: new chat, a conversation, a model, by typing', async () => {
    const { page } = s;
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Search commands and conversations' }).fill('quokka');
    await palette.getByRole('option').first().waitFor();
    expect(await palette.getByRole('option').first().textContent()).toContain('Open conversation');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article', { name: 'You message' }).first().textContent()).toContain('quokka');
    await page.keyboard.press('Control+k');
    await palette.getByRole('combobox').fill('use model Emu-Large');
    await expect.poll(() => palette.getByRole('option').first().textContent()).toBe('Use model: Emu-Large');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('combobox', { name: 'Model' }).inputValue()).toBe('Emu-Large');
  });

  it('reuses an empty new chat instead of piling them up, and Ctrl+N puts the cursor in the message box', async () => {
    const { page } = s;
    await newChat(page);
    const count = await page.getByRole('complementary', { name: 'Conversations' }).getByRole('button', { name: 'New chat', exact: true }).count();
    await page.keyboard.press('Control+n');
    await page.keyboard.press('Control+n');
    expect(await page.getByRole('complementary', { name: 'Conversations' }).getByRole('listitem').filter({ hasText: /^New chat/ }).count()).toBe(1);
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Message');
    expect(count).toBeGreaterThan(0);
  });

  it('deletes a conversation in one click, with Undo that brings it back whole', async () => {
    const { page } = s;
    const list = page.getByRole('complementary', { name: 'Conversations' });
    await list.getByRole('button', { name: /^Delete conversation the quokka/ }).click();
    await expect.poll(() => list.getByRole('button', { name: /^the quokka/ }).count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => list.getByRole('button', { name: /^the quokka/ }).count()).toBe(1);
    await list.getByRole('button', { name: /^the quokka/ }).click();
    await expect.poll(() => page.getByRole('article', { name: 'Assistant message' }).last().textContent()).toContain('marsupial');
  });

  it('exports a conversation from its menu, and imports it back when the file is dropped on the window', async () => {
    const { page } = s;
    const list = page.getByRole('complementary', { name: 'Conversations' });
    await list.getByRole('button', { name: /^the quokka/ }).click();
    await page.getByLabel('Conversation menu').click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as JSON' }).click();
    const text = readFileSync((await (await download).path())!, 'utf8');
    expect(text).toContain('quokka');
    await list.getByRole('button', { name: /^Delete conversation the quokka/ }).click();
    await expect.poll(() => list.getByRole('button', { name: /^the quokka/ }).count()).toBe(0);
    // Scripts run in the page are strings here (this file is type-checked without the DOM).
    await page.evaluate(`((json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], 'quokka.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    })(${JSON.stringify(text)})`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Imported 1 conversation(s) from quokka.json.' }).count()).toBe(1);
    await expect.poll(() => list.getByRole('button', { name: /^the quokka/ }).count()).toBe(1);
  });

  it('refuses an out-of-range temperature with the reason, and labels the system prompt', async () => {
    const { page } = s;
    await page.getByText('System prompt and sampling').click();
    expect(await page.getByRole('textbox', { name: 'System prompt' }).count()).toBe(1);
    await page.getByRole('spinbutton', { name: 'Temperature' }).fill('5');
    await page.getByRole('spinbutton', { name: 'Temperature' }).blur();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Temperature must be a number from 0 to 2' }).count()).toBe(1);
    await page.getByRole('spinbutton', { name: 'Temperature' }).fill('0.5');
    await page.getByRole('spinbutton', { name: 'Temperature' }).blur();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved for this conversation.' }).count()).toBe(1);
  });

  it('follows a long answer to its end while it streams, and stays put once the user scrolls up', async () => {
    const { page } = s;
    await newChat(page);
    const paragraphs = Array.from({ length: 150 }, (_, i) => `Paragraph ${i} of a long answer.`).join('\n\n');
    // A slow machine (8× slower CPU): blocks and off-screen groups then take their real height
    // after the scroll that followed them, which once left the view stuck short of the end.
    const cdp = await page.context().newCDPSession(page);
    const fromBottom = () => page.getByRole('log', { name: 'Messages' }).evaluate((log) => Math.round(log.scrollHeight - log.scrollTop - log.clientHeight));
    try {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
      await send(page, paragraphs);
      await expect.poll(fromBottom, { timeout: 5_000 }).toBeLessThan(80);
    } finally {
      // The page is shared with the next tests: full speed again, whatever failed.
      try {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    }
    await page.getByRole('log', { name: 'Messages' }).hover();
    await page.mouse.wheel(0, -600);
    await expect.poll(fromBottom).toBeGreaterThan(300);
    await send(page, 'one more');
    expect(await fromBottom()).toBeGreaterThan(300);
  });

  it('the right-case fix in the chat changes this conversation, so Retry succeeds', async () => {
    const { page } = s;
    await newChat(page);
    await page.getByRole('combobox', { name: 'Model' }).fill('EMU-small');
    await page.getByRole('combobox', { name: 'Model' }).blur();
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('case test');
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = () => page.getByRole('article', { name: 'Assistant message' }).last();
    await expect.poll(() => answer().getByRole('alert').textContent(), { timeout: 15_000 }).toContain('wrong case');
    await answer().getByRole('button', { name: 'Use the model with the right case' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Model' }).inputValue()).toBe('emu-small');
    await answer().getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => answer().textContent(), { timeout: 15_000 }).toContain(emulatorReply('case test'));
  });

  it('stays inside a narrow window: long lines wrap or scroll in place, the list becomes a drawer', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 800, height: 700 });
    // The list is a drawer now: a new chat from the keyboard.
    await page.keyboard.press('Control+n');
    await expect.poll(() => page.getByRole('log', { name: 'Messages' }).getByRole('article').count()).toBe(0);
    await send(page, `\`\`\`\n${'x'.repeat(400)}\n\`\`\`\n${'y'.repeat(300)}`);
    for (const article of await page.getByRole('article').all()) {
      const box = await article.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(800);
    }
    const drawer = page.getByRole('complementary', { name: 'Conversations' });
    expect((await drawer.boundingBox())!.x + (await drawer.boundingBox())!.width).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Conversations', exact: true }).click();
    await expect.poll(async () => (await drawer.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
