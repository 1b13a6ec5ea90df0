import { describe, expect, it } from 'vitest';
import { fieldsOf, inputOf, parsePairs } from '../../../../../renderer/features/tools/mcp-form';
import type { McpServerView } from '../../../../../electron/shared/mcp';

const server: McpServerView = {
  id: 'github',
  name: 'GitHub',
  type: 'stdio',
  command: 'docker',
  args: ['run', '-i', 'ghcr.io/github/github-mcp-server'],
  env: { LOG_LEVEL: 'info' },
  secretEnv: ['GITHUB_PERSONAL_ACCESS_TOKEN', 'OTHER_TOKEN'],
  approval: 'ask',
  enabled: true,
  state: 'stopped',
  secretEnvStatus: [],
  secretHeaderStatus: [],
  tools: [],
};

describe('the MCP server form', () => {
  it('shows plain values only, one argument per line', () => {
    expect(fieldsOf(server)).toMatchObject({ name: 'GitHub', command: 'docker', args: 'run\n-i\nghcr.io/github/github-mcp-server', env: 'LOG_LEVEL=info' });
    expect(fieldsOf(undefined)).toMatchObject({ type: 'stdio', approval: 'ask', name: '' });
  });

  it('sends secret-looking values to the vault, keeps stored secrets unless removed', () => {
    const input = inputOf({ ...fieldsOf(server), env: 'LOG_LEVEL=debug\nBRAVE_API_KEY=sb-canary-brave' }, server, ['env:OTHER_TOKEN']);
    expect(input).toMatchObject({ id: 'github', env: { LOG_LEVEL: 'debug' }, secretEnvValues: { BRAVE_API_KEY: 'sb-canary-brave' }, keepSecretEnv: ['GITHUB_PERSONAL_ACCESS_TOKEN'], args: ['run', '-i', 'ghcr.io/github/github-mcp-server'] });
  });

  it('keeps headers for an HTTP server, secret except the harmless ones', () => {
    const input = inputOf({ ...fieldsOf(undefined), name: 'remote', type: 'http', url: ' https://x.example/mcp ', headers: 'Authorization: Bearer sb-canary\nAccept: application/json' }, undefined, []);
    expect(input).toMatchObject({ url: 'https://x.example/mcp', headers: { Accept: 'application/json' }, secretHeaderValues: { Authorization: 'Bearer sb-canary' } });
    expect(input).not.toHaveProperty('command');
  });

  it('names the line it cannot read', () => {
    expect(parsePairs('A=1\nnot a pair', '=')).toEqual({ error: 'not a pair' });
    expect(inputOf({ ...fieldsOf(undefined), headers: 'X-Key value', type: 'http' }, undefined, [])).toEqual({ error: 'headers', line: 'X-Key value' });
  });
});
