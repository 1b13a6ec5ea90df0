import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY } from '../support/canary';
import { configureProvider, openPreviewSession, type PreviewSession, saveKey } from '../support/preview-session';
import { axeViolations } from '../support/axe';
import { testServerCommand } from '../support/mcp';

// Every control needs an accessible name: screen readers announce it, and these tests select by it.
const CONTROL = /^\s*- (button|textbox|combobox|checkbox|radio|link|spinbutton|searchbox|slider|switch|tab|menuitem|listbox|option)\b(.*)$/;

function unnamed(snapshot: string): string[] {
  return snapshot
    .split('\n')
    .filter((line) => {
      const m = CONTROL.exec(line);
      if (!m) return false;
      if (m[1] === 'option') return false; // options are named by their text, which may be empty for "All"
      return !/^\s*"[^"]+"/.test(m[2] ?? '');
    });
}

describe('accessible names', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession();
    await configureProvider(s.page, 'Together AI', s.emulator.baseUrl, 'emu-small');
    const form = await saveKey(s.page, 'Together AI', ` ${CANARY_KEY}`);
    await form.getByRole('button', { name: 'Test', exact: true }).click();
    await form.getByRole('region', { name: 'Test result' }).waitFor();
  });
  afterAll(() => s?.close());

  it('every control in settings, chat and the network tab has one', async () => {
    const { page } = s;
    const problems: string[] = [];
    problems.push(...unnamed(await page.locator('body').ariaSnapshot()).map((l) => `settings: ${l}`));
    await page.keyboard.press('Control+Comma');
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'New chat', exact: true }).first().click();
    await page.getByRole('combobox', { name: 'Provider' }).selectOption('together');
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('Write `code`:\n```js\nlet a = 1;\n```');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('article', { name: 'Assistant message' }).last().getByRole('alert').waitFor();
    problems.push(...unnamed(await page.locator('body').ariaSnapshot()).map((l) => `chat: ${l}`));
    await page.getByRole('link', { name: 'Network' }).click();
    await page.getByRole('list', { name: 'Exchanges' }).getByRole('button').first().click();
    await page.getByRole('region', { name: 'Exchange detail' }).getByRole('status', { name: 'Auth' }).waitFor();
    problems.push(...unnamed(await page.locator('body').ariaSnapshot()).map((l) => `network: ${l}`));
    expect(problems).toEqual([]);
  });

  it('Ctrl+, opens the settings', async () => {
    await s.page.keyboard.press('Control+Comma');
    await expect.poll(() => s.page.url()).toContain('#/settings');
  });
});

describe('WCAG AA in both themes (axe-core)', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession();
    await configureProvider(s.page, 'Together AI', s.emulator.baseUrl, 'emu-small');
    await saveKey(s.page, 'Together AI', CANARY_KEY);
    await s.page.getByRole('link', { name: 'Chat' }).click();
    await s.page.getByRole('button', { name: 'New chat', exact: true }).first().click();
    await s.page.getByRole('textbox', { name: 'Message', exact: true }).fill('A table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```ts\nconst x = 1; // note\n```\n\n> quoted');
    await s.page.getByRole('button', { name: 'Send' }).click();
    await s.page.getByRole('article', { name: 'Assistant message' }).last().getByRole('region', { name: 'Table' }).waitFor();
  });
  afterAll(() => s?.close());

  for (const theme of ['Light', 'Dark'] as const) {
    it(`finds no violations in the chat, settings and network views, ${theme.toLowerCase()}`, async () => {
      const { page } = s;
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Appearance and language' }).click();
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
      await expect.poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe(theme.toLowerCase());
      const problems: string[] = [];
      const check = async (view: string) => problems.push(...(await axeViolations(page)).map((v) => `${view}: ${v.rule} (${v.impact}) at ${v.targets.join(', ')}`));
      await check('settings');
      await page.getByRole('button', { name: 'Together AI', exact: true }).click();
      await check('provider settings');
      await page.getByRole('link', { name: 'Chat' }).click();
      await page.getByRole('article', { name: 'Assistant message' }).last().locator('code.hljs').waitFor();
      await check('chat');
      await page.getByRole('link', { name: 'Network' }).click();
      await page.getByRole('list', { name: 'Exchanges' }).getByRole('button').first().click();
      await page.getByRole('region', { name: 'Exchange detail' }).getByRole('status', { name: 'Auth' }).waitFor();
      await check('network');
      expect(problems).toEqual([]);
    });
  }
});

describe('the tools views: names and WCAG AA', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession();
    await configureProvider(s.page, 'Together AI', s.emulator.baseUrl, 'emu-small');
    await saveKey(s.page, 'Together AI', CANARY_KEY);
    await s.page.getByRole('button', { name: 'Tools (MCP)' }).click();
    const section = s.page.getByRole('region', { name: 'Tools (MCP servers)' });
    await section.getByText('Import from Claude Desktop, Cursor or Cherry Studio…').click();
    await section.getByLabel('Or paste its JSON').fill(JSON.stringify({ mcpServers: { tools: testServerCommand(), broken: testServerCommand('exit') } }));
    await section.getByRole('button', { name: 'Import', exact: true }).click();
    await section.getByRole('article', { name: 'MCP server tools' }).getByRole('button', { name: 'Start' }).click();
    await section.getByRole('table', { name: 'Tools of tools' }).waitFor();
    await section.getByRole('article', { name: 'MCP server broken' }).getByRole('button', { name: 'Test' }).click();
    await section.getByRole('region', { name: 'Test result of broken' }).waitFor();
    await s.page.getByRole('link', { name: 'Chat' }).click();
    await s.page.getByRole('button', { name: 'New chat', exact: true }).first().click();
    await s.page.getByRole('textbox', { name: 'Message', exact: true }).fill('call:echo({"text":"a11y"})');
    await s.page.getByRole('button', { name: 'Send' }).click();
    await s.page.getByRole('group', { name: 'Approve tools / echo' }).waitFor();
  });
  afterAll(() => s?.close());

  for (const theme of ['Light', 'Dark'] as const) {
    it(`every control is named and axe finds nothing: tools settings, approval card, MCP log, ${theme.toLowerCase()}`, async () => {
      const { page } = s;
      const problems: string[] = [];
      const check = async (view: string) => {
        problems.push(...unnamed(await page.locator('body').ariaSnapshot()).map((l) => `${view}: ${l}`));
        problems.push(...(await axeViolations(page)).map((v) => `${view}: ${v.rule} (${v.impact}) at ${v.targets.join(', ')}`));
      };
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Appearance and language' }).click();
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
      await page.getByRole('button', { name: 'Tools (MCP)' }).click();
      await page.getByRole('region', { name: 'Test result of broken' }).waitFor();
      await check('tools settings');
      await page.getByRole('link', { name: 'Chat' }).click();
      await page.getByRole('group', { name: 'Approve tools / echo' }).waitFor();
      await check('approval card');
      await page.getByRole('link', { name: 'Network' }).click();
      await page.getByRole('button', { name: 'MCP messages' }).click();
      await page.getByRole('list', { name: 'Messages with MCP servers' }).getByRole('button').first().click();
      await page.getByRole('region', { name: 'MCP message' }).waitFor();
      await check('MCP log');
      expect(problems).toEqual([]);
    });
  }
});
