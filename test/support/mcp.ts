import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { McpLog } from '../../electron/core/mcp/mcp-log';
import { McpService } from '../../electron/core/mcp/mcp-service';
import type { McpServerSpec } from '../../electron/core/mcp/server-spec';
import { RecordingFetch } from '../../electron/core/net/recording-fetch';
import { WireLog } from '../../electron/core/net/wire-log';
import { systemClock } from '../../electron/core/clock';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The tsx loader by URL, so the test server starts from any working folder. */
const TSX = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
const MAIN = join(root, 'test/support/mcp-server-main.ts');

/** Ways the test server can misbehave on stdio (see mcp-server-main.ts). */
export type McpTestMode = 'ok' | 'not-json' | 'exit' | 'silent' | 'old-protocol';

/** The command and arguments that start the test MCP server on stdio. */
export function testServerCommand(mode: McpTestMode = 'ok'): { command: string; args: string[] } {
  return { command: process.execPath, args: ['--import', TSX, MAIN, '--mode', mode] };
}

/** A server spec with the defaults filled in. */
export function specOf(over: Partial<McpServerSpec> & Pick<McpServerSpec, 'name'>): McpServerSpec {
  return { id: over.name, type: 'stdio', args: [], env: {}, headers: {}, approval: 'ask', enabled: true, disabledTools: [], allowedTools: [], secrets: [], ...over };
}

/** A stdio spec for the test server. */
export function stdioSpec(name: string, mode: McpTestMode = 'ok', over: Partial<McpServerSpec> = {}): McpServerSpec {
  return specOf({ name, ...testServerCommand(mode), ...over });
}

/** An McpService over the given servers, with its own wire log and MCP log. */
export function testMcp(servers: McpServerSpec[], over: { initTimeoutMs?: number; pathEnv?: string } = {}): { mcp: McpService; log: McpLog; wire: WireLog } {
  const log = new McpLog();
  const wire = new WireLog();
  let n = 0;
  const newId = () => `id-${++n}`;
  const http = new RecordingFetch((input, init) => fetch(input, init), wire, systemClock, newId);
  const mcp = new McpService({ servers: async () => servers, http, log, clock: systemClock, newId, pathEnv: async () => over.pathEnv ?? process.env.PATH ?? '', clientVersion: 'test', ...(over.initTimeoutMs ? { initTimeoutMs: over.initTimeoutMs } : {}) });
  return { mcp, log, wire };
}

/** Writes an `mcpServers` config file (Claude Desktop's shape) and returns its path. */
export function writeMcpConfig(dir: string, servers: Record<string, object>): string {
  const file = join(dir, 'mcp.json');
  writeFileSync(file, JSON.stringify({ mcpServers: servers }, null, 2));
  return file;
}
