import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY } from '../support/canary';
import { configureProvider, openPreviewSession, type PreviewSession, saveKey } from '../support/preview-session';
import { testServerCommand } from '../support/mcp';

// What a user has in Claude Desktop's claude_desktop_config.json: a working server and a broken one.
const claudeConfig = () =>
  JSON.stringify({
    mcpServers: {
      tools: { ...testServerCommand(), env: { TOOLS_API_TOKEN: 'sb-canary-env-token-0123456789' } },
      weather: testServerCommand('exit'),
    },
  });

describe('tools: MCP servers, approval, and the MCP log, end to end', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreviewSession();
    await configureProvider(s.page, 'Together AI', s.emulator.baseUrl, 'emu-small');
    const form = await saveKey(s.page, 'Together AI', CANARY_KEY);
    await form.getByRole('status', { name: 'Key status' }).filter({ hasText: 'Stored' }).waitFor();
  });
  afterAll(() => s?.close());

  const chat = () => s.page.getByRole('log');
  const send = async (text: string) => {
    await s.page.getByRole('textbox', { name: 'Message' }).fill(text);
    await s.page.getByRole('button', { name: 'Send', exact: true }).click();
  };
  const lastAnswer = () => chat().getByRole('article', { name: 'Assistant message' }).last();

  it('imports a Claude Desktop config; a broken server is explained, not reported as running', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Tools (MCP)' }).click();
    const section = page.getByRole('region', { name: 'Tools (MCP servers)' });
    await section.getByText('Import from Claude Desktop, Cursor or Cherry Studio…').click();
    await section.getByLabel('Or paste its JSON').fill(claudeConfig());
    await section.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => section.getByRole('status').filter({ hasText: 'Added' }).textContent()).toBe('Added 2, replaced 0.');
    const weather = section.getByRole('article', { name: 'MCP server weather' });
    await weather.getByRole('button', { name: 'Test' }).click();
    const report = weather.getByRole('region', { name: 'Test result of weather' });
    await expect.poll(() => report.textContent(), { timeout: 20_000 }).toContain('The server does not work.');
    expect(await report.textContent()).toContain("Cannot find module '@acme/mcp-weather'");
    expect(await report.locator('[data-cause="mcp-exited-at-start"]').count()).toBe(1);
    await weather.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => weather.getByRole('status').textContent()).toBe('Failed');
    const tools = section.getByRole('article', { name: 'MCP server tools' });
    await tools.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => tools.getByRole('status').textContent(), { timeout: 20_000 }).toBe('Running');
    await tools.getByRole('table', { name: 'Tools of tools' }).waitFor();
    // The token from the file is stored encrypted and shown masked, never in plain text.
    expect(await tools.textContent()).not.toContain('sb-canary-env-token-0123456789');
  });

  it('asks before a call, shows the full arguments, runs it on "Allow once", and gets the answer', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('button', { name: 'New chat' }).first().click();
    await send('Please call:echo({"text":"from the browser","nested":{"deep":[1,2,3]}})');
    const card = chat().getByRole('region', { name: 'Tool call tools / echo' });
    await card.getByRole('group', { name: 'Approve tools / echo' }).waitFor();
    const args = await card.getByLabel('Arguments of tools / echo').textContent();
    expect(JSON.parse(args!)).toEqual({ text: 'from the browser', nested: { deep: [1, 2, 3] } });
    expect(await card.textContent()).toContain('Needs your approval');
    await card.getByRole('button', { name: 'Allow once' }).click();
    await expect.poll(() => lastAnswer().textContent(), { timeout: 20_000 }).toContain('The tools said: echo = echo: from the browser');
    expect(await card.textContent()).toContain('Done');
  });

  it('"Always allow this tool" runs it without asking from then on, and the settings say so', async () => {
    await send('call:add({"a":1,"b":2})');
    const first = chat().getByRole('region', { name: 'Tool call tools / add' }).last();
    await first.getByRole('button', { name: 'Always allow this tool' }).click();
    // A tool runs in a child process: on a loaded machine a round takes seconds, as in the first test.
    await expect.poll(() => lastAnswer().textContent(), { timeout: 20_000 }).toContain('The tools said: add = 3');
    await send('call:add({"a":40,"b":2})');
    await expect.poll(() => lastAnswer().textContent(), { timeout: 20_000 }).toContain('The tools said: add = 42');
    expect(await lastAnswer().getByRole('group', { name: /^Approve/ }).count()).toBe(0);
    await s.page.getByRole('link', { name: 'Settings' }).click();
    await s.page.getByRole('button', { name: 'Tools (MCP)' }).click();
    await expect.poll(() => s.page.getByRole('checkbox', { name: 'Always allow add' }).isChecked()).toBe(true);
    await s.page.getByRole('link', { name: 'Chat' }).click();
  });

  it('a denial goes back to the model as a refusal', async () => {
    await send('call:env({"name":"HOME"})');
    const card = chat().getByRole('region', { name: 'Tool call tools / env' }).last();
    await card.getByRole('button', { name: 'Deny' }).click();
    await expect.poll(() => lastAnswer().textContent(), { timeout: 20_000 }).toContain('The tools said: env = The user denied this tool call.');
    expect(await card.textContent()).toContain('Denied');
  });

  it('"Allow for this conversation" allows that tool in this conversation only', async () => {
    await send('call:echo({"text":"one"})');
    await chat().getByRole('region', { name: 'Tool call tools / echo' }).last().getByRole('button', { name: 'Allow for this conversation' }).click();
    await expect.poll(() => lastAnswer().textContent(), { timeout: 20_000 }).toContain('echo: one');
    await send('call:echo({"text":"two"})');
    await expect.poll(() => lastAnswer().textContent(), { timeout: 20_000 }).toContain('echo: two');
    await s.page.getByRole('button', { name: 'New chat' }).first().click();
    await send('call:echo({"text":"three"})');
    await chat().getByRole('region', { name: 'Tool call tools / echo' }).getByRole('group', { name: 'Approve tools / echo' }).waitFor();
    await chat().getByRole('button', { name: 'Allow once' }).click();
    await expect.poll(() => lastAnswer().textContent(), { timeout: 20_000 }).toContain('echo: three');
  });

  it('shows every message with the server in the Network tab, linked to the chat message', async () => {
    const { page } = s;
    await chat().getByRole('region', { name: 'Tool call tools / echo' }).last().getByRole('button', { name: 'Show the messages with the server' }).click();
    const detail = page.getByRole('region', { name: 'MCP message' });
    await detail.waitFor();
    const message = JSON.parse((await detail.getByLabel('The message').textContent())!);
    expect(message).toMatchObject({ method: 'tools/call', params: { name: 'echo', arguments: { text: 'three' } } });
    const list = page.getByRole('list', { name: 'Messages with MCP servers' });
    for (const method of ['initialize', 'notifications/initialized', 'tools/list', 'tools/call']) expect(await list.getByText(method, { exact: true }).count()).toBeGreaterThan(0);
    expect(await list.textContent()).toContain('test-tools: ready');
    await detail.getByRole('button', { name: 'Go to the chat message' }).click();
    await expect.poll(() => page.locator('article.highlighted').count()).toBe(1);
    expect(s.leaks()).toEqual([]);
  });

  it('Stop aborts a running tool and keeps the rounds so far', async () => {
    await send('call:slow({"ms":30000})');
    const card = chat().getByRole('region', { name: 'Tool call tools / slow' }).last();
    await card.getByRole('button', { name: 'Allow once' }).click();
    await expect.poll(() => card.textContent()).toContain('Running');
    await s.page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => card.textContent()).toContain('Stopped');
  });
});
