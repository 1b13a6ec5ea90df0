import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { specOf, stdioSpec, testMcp } from '../../../../support/mcp';
import { startHttpTestServer, type HttpTestServer } from '../../../../support/mcp-test-server';
import type { McpServerSpec } from '../../../../../electron/core/mcp/server-spec';

async function doctor(spec: McpServerSpec, initTimeoutMs?: number) {
  const { mcp } = testMcp([spec], { ...(initTimeoutMs ? { initTimeoutMs } : {}), pathEnv: '/nowhere/bin:/also/not/here' });
  const report = await mcp.doctor();
  await mcp.closeAll();
  return report.servers[0]!;
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

describe('MCP doctor: each cause from a broken server', () => {
  let tokenServer: HttpTestServer;
  let oauthServer: HttpTestServer;
  beforeAll(async () => {
    tokenServer = await startHttpTestServer({ token: 'sb-canary-right-token-123456' });
    oauthServer = await startHttpTestServer({ token: 'sb-canary-oauth-token-123456', oauth: true });
  });
  afterAll(async () => {
    await tokenServer.close();
    await oauthServer.close();
  });

  it('passes a working server and lists its tools', async () => {
    const report = await doctor(stdioSpec('fine'));
    expect(report.ok).toBe(true);
    expect(report.causes).toEqual([]);
    expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(['start:pass', 'initialize:pass', 'tools:pass']);
    expect(report.checks[1]!.message).toMatch(/test-tools 1\.2\.3 \(protocol \d{4}-\d\d-\d\d\)/);
    expect(report.tools).toEqual(expect.arrayContaining(['echo', 'fail', 'slow', 'big']));
  });

  it('command not found, with the PATH that was used', async () => {
    const report = await doctor(specOf({ name: 'npx-less', command: 'sb-no-such-command-npx', args: ['-y', 'x'] }));
    expect(report).toMatchObject({ ok: false, causes: ['mcp-command-not-found'] });
    expect(report.checks[0]!.message).toContain('/nowhere/bin:/also/not/here');
  });

  it('exits at start, with its stderr', async () => {
    const report = await doctor(stdioSpec('crashes', 'exit'));
    expect(report).toMatchObject({ ok: false, causes: ['mcp-exited-at-start'] });
    expect(report.checks.find((c) => c.id === 'initialize')!.message).toMatch(/exited with code 1[\s\S]*Cannot find module/);
  });

  it('non-JSON on stdout is named as the server bug, though the server works', async () => {
    const report = await doctor(stdioSpec('chatty', 'not-json'));
    expect(report.ok).toBe(true);
    expect(report.causes).toEqual(['mcp-stdout-not-json']);
    expect(report.checks.find((c) => c.id === 'stdout')).toMatchObject({ status: 'warn', message: expect.stringContaining('Weather MCP server v2 starting') });
  });

  it('protocol version mismatch', async () => {
    const report = await doctor(stdioSpec('ancient', 'old-protocol'));
    expect(report).toMatchObject({ ok: false, causes: ['mcp-protocol-mismatch'] });
    expect(report.checks.find((c) => c.id === 'initialize')!.message).toContain('2023-01-01');
  });

  it('initialize timeout', async () => {
    const report = await doctor(stdioSpec('mute', 'silent'), 1500);
    expect(report).toMatchObject({ ok: false, causes: ['mcp-initialize-timeout'] });
  });

  it('401 without a token: token missing', async () => {
    const report = await doctor(specOf({ name: 'no-token', type: 'http', url: `${tokenServer.root}/mcp` }));
    expect(report).toMatchObject({ ok: false, causes: ['mcp-token-missing'] });
  });

  it('401 with a wrong token: token rejected', async () => {
    const report = await doctor(specOf({ name: 'bad-token', type: 'http', url: `${tokenServer.root}/mcp`, headers: { Authorization: 'Bearer sb-canary-wrong-token-99999' }, secrets: ['Bearer sb-canary-wrong-token-99999'] }));
    expect(report).toMatchObject({ ok: false, causes: ['mcp-token-rejected'] });
    expect(JSON.stringify(report)).not.toContain('sb-canary-wrong-token-99999');
  });

  it('401 pointing at an authorization server: OAuth required', async () => {
    const report = await doctor(specOf({ name: 'oauth', type: 'http', url: `${oauthServer.root}/mcp` }));
    expect(report).toMatchObject({ ok: false, causes: ['mcp-oauth-required'] });
  });

  it('404 on both transports: wrong path', async () => {
    const open = await startHttpTestServer();
    try {
      const wrong = await doctor(specOf({ name: 'path', type: 'http', url: `${open.root}/sse` }));
      expect(wrong).toMatchObject({ ok: false, causes: ['mcp-wrong-path'] });
      expect(wrong.checks[0]!.message).toContain('both Streamable HTTP and the older SSE transport');
    } finally {
      await open.close();
    }
  });

  it('nothing listening: unreachable', async () => {
    const report = await doctor(specOf({ name: 'down', type: 'http', url: `http://127.0.0.1:${await closedPort()}/mcp` }));
    expect(report).toMatchObject({ ok: false, causes: ['mcp-unreachable'] });
  });
});
