import { createInterface } from 'node:readline';
import { writeFileSync } from 'node:fs';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { buildTestServer, startHttpTestServer } from './mcp-test-server';

/**
 * The test MCP server as a process (run with `node --import tsx`). `--mode` picks a misbehaviour
 * for the doctor's tests: `not-json` prints a banner on stdout first, `exit` dies at start with a
 * message on stderr, `silent` never answers, `old-protocol` answers initialize with a version from
 * before MCP existed. `--http` serves HTTP instead and prints its root URL.
 */
const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? '') : undefined;
};
const mode = flag('mode') ?? 'ok';
// Lets a test check that the app stopped the server (it quit, the process is gone).
if (process.env.MCP_TEST_PID_FILE) writeFileSync(process.env.MCP_TEST_PID_FILE, String(process.pid));

function oldProtocol(): void {
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const message = JSON.parse(line) as { id?: number; method?: string };
    if (message.method === 'initialize') process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id: message.id, result: { protocolVersion: '2023-01-01', capabilities: {}, serverInfo: { name: 'ancient', version: '0.0.1' } } })}\n`);
  });
}

if (argv.includes('--http')) {
  const server = await startHttpTestServer({ ...(flag('token') ? { token: flag('token')! } : {}), oauth: argv.includes('--oauth'), sseOnly: argv.includes('--sse-only') });
  process.stdout.write(`MCP test server: ${server.root}\n`);
} else if (mode === 'exit') {
  process.stderr.write("Error: Cannot find module '@acme/mcp-weather'\n");
  process.exit(1);
} else if (mode === 'silent') {
  process.stdin.resume();
} else if (mode === 'old-protocol') {
  oldProtocol();
} else {
  if (mode === 'not-json') process.stdout.write('Weather MCP server v2 starting on stdio...\n');
  process.stderr.write('test-tools: ready\n');
  await buildTestServer().connect(new StdioServerTransport());
}
