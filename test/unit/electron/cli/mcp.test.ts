import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../support/cli';
import { makeTempDir } from '../../../support/temp-dir';
import { CANARY_KEY, containsCanary } from '../../../support/canary';
import { startEmulator, type Emulator } from '../../../support/emulator';
import { testServerCommand, writeMcpConfig } from '../../../support/mcp';
import { startHttpTestServer, type HttpTestServer } from '../../../support/mcp-test-server';

const MCP_TOKEN = 'sb-canary-mcp-header-token-0123456789';
let emulator: Emulator;
let remote: HttpTestServer;
let config: string;
let broken: string;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY });
  remote = await startHttpTestServer({ token: MCP_TOKEN });
  const dir = makeTempDir('sb-cli-mcp-');
  config = writeMcpConfig(dir, { local: testServerCommand(), remote: { url: `${remote.root}/mcp`, headers: { Authorization: `Bearer ${MCP_TOKEN}` } } });
  broken = writeMcpConfig(makeTempDir('sb-cli-mcp-'), { local: testServerCommand(), weather: testServerCommand('exit') });
});
afterAll(async () => {
  await emulator.close();
  await remote.close();
});

const chatArgs = (message: string, ...more: string[]) => ['chat', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--message', message, '--mcp-config', config, ...more];
const env = { TOGETHER_API_KEY: CANARY_KEY };

describe('switchboard mcp', () => {
  it('list: each server and its tools, stdio and Streamable HTTP', async () => {
    const r = await cli(['mcp', 'list', '--mcp-config', config, '--json']);
    expect(r.code).toBe(0);
    const { servers } = JSON.parse(r.out) as { servers: { name: string; ok: boolean; tools: { name: string; offeredAs: string }[] }[] };
    expect(servers.map((s) => [s.name, s.ok])).toEqual([
      ['local', true],
      ['remote', true],
    ]);
    expect(servers[1]!.tools.map((t) => t.offeredAs)).toContain('remote__echo');
    expect(containsCanary(r.out) || r.out.includes(MCP_TOKEN)).toBe(false);
    const text = await cli(['mcp', 'list', '--mcp-config', config]);
    expect(text.out).toMatch(/✓ local \(stdio\) — test-tools 1\.2\.3\n\s+local__echo\s+Echoes the text back\./);
  });

  it('doctor --json: the contract shape, exit 1 when a server fails, the cause and its fix', async () => {
    const r = await cli(['mcp', 'doctor', '--mcp-config', broken, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(['ok', 'servers']);
    expect(report.ok).toBe(false);
    expect(report.servers.map((s: { name: string; ok: boolean; causes: string[] }) => [s.name, s.ok, s.causes])).toEqual([
      ['local', true, []],
      ['weather', false, ['mcp-exited-at-start']],
    ]);
    expect(Object.keys(report.servers[0])).toEqual(['name', 'ok', 'checks', 'causes']);
    expect(report.servers[0].checks[0]).toEqual({ id: 'start', status: 'pass', message: expect.any(String) });
    const text = await cli(['mcp', 'doctor', '--mcp-config', broken]);
    expect(text.code).toBe(1);
    expect(text.out).toContain('✗ weather');
    expect(text.out).toContain("Cannot find module '@acme/mcp-weather'");
    expect(text.out).toMatch(/The server exited at start \[mcp-exited-at-start\][\s\S]*Fix: /);
    expect(text.out).toContain('1 of 2 server(s) failed.');
  });

  it('usage errors exit 2', async () => {
    expect((await cli(['mcp', 'list'])).code).toBe(2);
    expect((await cli(['mcp', 'start', '--mcp-config', config])).code).toBe(2);
    expect((await cli(['mcp', 'list', '--mcp-config', '/no/such/file.json'])).code).toBe(2);
    expect((await cli([...chatArgs('x'), '--approve', 'maybe'], env)).code).toBe(2);
    const noConfig = await cli(['chat', '--provider', 'together', '--model', 'm', '--message', 'x', '--approve', 'all'], env);
    expect(noConfig.code).toBe(2);
    expect(noConfig.err).toContain('--approve needs --mcp-config');
  });
});

describe('switchboard chat --mcp-config', () => {
  it('--approve all: runs the calls, sends the results back, records every JSON-RPC message (redacted)', async () => {
    const r = await cli([...chatArgs('call:echo({"text":"over the wire"}) and call:add({"a":1,"b":2})'), '--approve', 'all', '--json'], env);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.text).toBe('The tools said: echo = echo: over the wire | add = 3');
    expect(json.steps[0].calls.map((c: { server: string; state: string }) => `${c.server}:${c.state}`)).toEqual(['local:done', 'local:done']);
    const methods = json.mcp.filter((m: { kind: string }) => m.kind === 'send').map((m: { server: string; method: string }) => `${m.server} ${m.method}`);
    expect(methods).toEqual(expect.arrayContaining(['local initialize', 'local tools/list', 'local tools/call', 'remote initialize', 'remote tools/list']));
    const call = json.mcp.find((m: { kind: string; method?: string }) => m.kind === 'receive' && m.method === 'tools/call');
    expect(call.message.result.content[0].text).toMatch(/^(echo: over the wire|3)$/);
    expect(json.exchanges.some((e: { url: string }) => e.url.startsWith(remote.root))).toBe(true);
    expect(r.out.includes(MCP_TOKEN) || containsCanary(r.out)).toBe(false);
  });

  it('--approve none: the tools are offered and each call is refused back to the model', async () => {
    const r = await cli([...chatArgs('call:echo({"text":"x"})'), '--approve', 'none', '--json'], env);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.steps[0].calls[0]).toMatchObject({ state: 'denied', deniedBy: 'policy' });
    expect(json.text).toMatch(/^The tools said: echo = This tool call was refused/);
  });

  it('--approve ask without a terminal: refused, and said so on stderr', async () => {
    const r = await cli(chatArgs('call:add({"a":2,"b":2})'), env);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/✗ local\/add refused: No one was there to approve/);
    expect(r.out).toContain('The tools said: add = No one was there to approve this tool call');
  });

  it('prints each call as it runs', async () => {
    const r = await cli([...chatArgs('call:add({"a":20,"b":22})'), '--approve', 'all'], env);
    expect(r.err).toMatch(/→ local\/add \{ "a": 20, "b": 22 \}\n← local\/add \(\d+ ms\): 42/);
    expect(r.out).toBe('Let me use a tool.The tools said: add = 42\n');
  });
});
