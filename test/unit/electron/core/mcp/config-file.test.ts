import { describe, expect, it } from 'vitest';
import { inputOfFileServer, parseMcpConfig, specOfFileServer } from '../../../../../electron/core/mcp/config-file';
import { isSecretEnvName, isSecretHeader } from '../../../../../electron/core/mcp/server-spec';

const claudeDesktop = JSON.stringify({
  mcpServers: {
    filesystem: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/Users/me/Desktop'] },
    github: { command: 'docker', args: ['run', '-i', '--rm', 'ghcr.io/github/github-mcp-server'], env: { GITHUB_PERSONAL_ACCESS_TOKEN: 'ghp_canary0000000000000000', LOG_LEVEL: 'info' } },
    remote: { url: 'https://mcp.example.com/mcp', headers: { Authorization: 'Bearer sb-canary-remote', Accept: 'application/json' } },
    legacy: { type: 'sse', url: 'https://old.example.com/sse' },
    cherry: { type: 'streamableHttp', baseUrl: 'https://cherry.example.com/mcp', isActive: false },
  },
});

describe('reading an mcpServers file', () => {
  it('reads stdio and HTTP servers the way Claude Desktop, Cursor, Claude Code and Cherry Studio write them', () => {
    const { servers, problems } = parseMcpConfig(claudeDesktop);
    expect(problems).toEqual([]);
    expect(servers.map((s) => [s.name, s.type, s.enabled])).toEqual([
      ['filesystem', 'stdio', true],
      ['github', 'stdio', true],
      ['remote', 'http', true],
      ['legacy', 'sse', true],
      ['cherry', 'http', false],
    ]);
    expect(servers[0]).toMatchObject({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/Users/me/Desktop'] });
  });

  it('reads VS Code\'s "servers" too, and says what it could not read', () => {
    const { servers, problems } = parseMcpConfig(JSON.stringify({ servers: { a: { type: 'http', url: 'https://a.example/mcp' }, b: { type: 'stdio' }, c: 'nope' } }));
    expect(servers.map((s) => s.name)).toEqual(['a']);
    expect(problems).toEqual(['b: a stdio server needs a "command"', 'c: not an object']);
    expect(parseMcpConfig('{ nope').problems[0]).toMatch(/^Not JSON/);
    expect(parseMcpConfig('{"other": {}}').problems[0]).toMatch(/No "mcpServers"/);
  });

  it('splits secrets from plain values for the settings', () => {
    const github = parseMcpConfig(claudeDesktop).servers[1]!;
    expect(inputOfFileServer(github)).toMatchObject({ env: { LOG_LEVEL: 'info' }, secretEnvValues: { GITHUB_PERSONAL_ACCESS_TOKEN: 'ghp_canary0000000000000000' } });
    const remote = parseMcpConfig(claudeDesktop).servers[2]!;
    expect(inputOfFileServer(remote)).toMatchObject({ headers: { Accept: 'application/json' }, secretHeaderValues: { Authorization: 'Bearer sb-canary-remote' } });
    expect(specOfFileServer(remote, 0).secrets).toEqual(['Bearer sb-canary-remote']);
  });

  it('knows a credential by its name', () => {
    for (const name of ['GITHUB_PERSONAL_ACCESS_TOKEN', 'OPENAI_API_KEY', 'BRAVE_API_KEY', 'DB_PASSWORD', 'SLACK_BOT_TOKEN', 'CLIENT_SECRET']) expect(isSecretEnvName(name), name).toBe(true);
    for (const name of ['LOG_LEVEL', 'NODE_ENV', 'ALLOWED_DIRS', 'PORT']) expect(isSecretEnvName(name), name).toBe(false);
    expect(isSecretHeader('X-Api-Key')).toBe(true);
    expect(isSecretHeader('Accept')).toBe(false);
  });
});
