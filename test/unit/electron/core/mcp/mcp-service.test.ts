import { afterEach, describe, expect, it } from 'vitest';
import { specOf, stdioSpec, testMcp } from '../../../../support/mcp';
import { startHttpTestServer, type HttpTestServer } from '../../../../support/mcp-test-server';
import type { McpService } from '../../../../../electron/core/mcp/mcp-service';

const CANARY_TOKEN = 'sb-canary-mcp-token-0123456789abcdef';

describe('McpService', () => {
  const open: McpService[] = [];
  const servers: HttpTestServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((m) => m.closeAll()));
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  const track = <T extends { mcp: McpService }>(t: T) => (open.push(t.mcp), t);

  it('starts a stdio server on demand, offers its tools under prefixed names, and calls them', async () => {
    const { mcp, log } = track(testMcp([stdioSpec('Test Tools')]));
    const tools = await mcp.offer();
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['Test_Tools__echo', 'Test_Tools__add', 'Test_Tools__slow']));
    const echo = tools.find((t) => t.tool === 'echo')!;
    expect(echo.parameters).toMatchObject({ type: 'object', properties: { text: { type: 'string' } } });
    const connection = await mcp.connection('Test Tools');
    const { result, rpcId } = await connection!.call('add', { a: 2, b: 3 }, new AbortController().signal, { conversationId: 'c', messageId: 'm', callId: 'k' });
    expect(result.content).toEqual([{ type: 'text', text: '5' }]);
    const entries = log.list();
    expect(entries.map((e) => e.method)).toEqual(expect.arrayContaining(['initialize', 'notifications/initialized', 'tools/list', 'tools/call']));
    const response = entries.find((e) => e.kind === 'receive' && e.rpcId === rpcId)!;
    expect(response).toMatchObject({ method: 'tools/call', link: { messageId: 'm', callId: 'k' } });
    expect(response.durationMs).toBeGreaterThanOrEqual(0);
    expect(entries.some((e) => e.kind === 'stderr' && e.text === 'test-tools: ready')).toBe(true);
  });

  it('stops a slow tool when the turn is stopped', async () => {
    const { mcp, log } = track(testMcp([stdioSpec('t')]));
    await mcp.offer();
    const stop = new AbortController();
    const call = (await mcp.connection('t'))!.call('slow', { ms: 30_000 }, stop.signal, { conversationId: 'c', messageId: 'm', callId: 'k' });
    setTimeout(() => stop.abort(), 100);
    await expect(call).rejects.toThrow();
    await expect.poll(() => log.list().some((e) => e.method === 'notifications/cancelled')).toBe(true);
  });

  it('speaks Streamable HTTP with a secret header that never reaches a log', async () => {
    const server = await startHttpTestServer({ token: CANARY_TOKEN });
    servers.push(server);
    const spec = specOf({ name: 'remote', type: 'http', url: `${server.root}/mcp`, headers: { Authorization: `Bearer ${CANARY_TOKEN}` }, secrets: [`Bearer ${CANARY_TOKEN}`] });
    const { mcp, log, wire } = track(testMcp([spec]));
    expect((await mcp.offer()).length).toBeGreaterThan(3);
    const exchanges = wire.list();
    expect(exchanges.length).toBeGreaterThan(1);
    expect(exchanges.every((e) => e.purpose === 'mcp' && e.mcpServer === 'remote')).toBe(true);
    expect(exchanges[0]!.auth.present).toBe(true);
    expect(JSON.stringify(exchanges) + JSON.stringify(log.list())).not.toContain(CANARY_TOKEN);
  });

  it('falls back to the older SSE transport when Streamable HTTP is refused', async () => {
    const server = await startHttpTestServer({ sseOnly: true });
    servers.push(server);
    const { mcp, log } = track(testMcp([specOf({ name: 'old', type: 'http', url: `${server.root}/sse` })]));
    expect((await mcp.offer()).map((t) => t.tool)).toContain('echo');
    expect(log.list().some((e) => e.kind === 'lifecycle' && /older HTTP\+SSE/.test(e.text))).toBe(true);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['POST /sse', 'GET /sse', 'POST /messages']));
  });

  it('leaves a failing server out of the offer and keeps its problem', async () => {
    const { mcp } = track(testMcp([stdioSpec('good'), stdioSpec('broken', 'exit')]));
    const tools = await mcp.offer();
    expect(new Set(tools.map((t) => t.server))).toEqual(new Set(['good']));
    const status = (await mcp.statuses()).get('broken')!;
    expect(status.state).toBe('failed');
    expect(status.problem?.causes).toEqual(['mcp-exited-at-start']);
    expect(status.problem?.message).toContain("Cannot find module '@acme/mcp-weather'");
  });

  it('does not offer tools the user turned off', async () => {
    const { mcp } = track(testMcp([stdioSpec('t', 'ok', { disabledTools: ['big', 'env'] })]));
    const names = (await mcp.offer()).map((t) => t.tool);
    expect(names).toContain('echo');
    expect(names).not.toContain('big');
    expect(names).not.toContain('env');
  });
});

describe('a server that fails to start', () => {
  it('is not waited for again by every chat, but Start tries it at once', async () => {
    const { mcp, log } = testMcp([stdioSpec('broken', 'exit')]);
    try {
      await mcp.offer();
      const starts = () => log.list().filter((e) => e.kind === 'lifecycle' && e.text.startsWith('Starting')).length;
      expect(starts()).toBe(1);
      await mcp.offer();
      expect(starts()).toBe(1);
      await mcp.restart('broken');
      expect(starts()).toBe(2);
    } finally {
      await mcp.closeAll();
    }
  });
});
