import { readFileSync } from 'node:fs';
import { parseMcpConfig, specOfFileServer } from '../core/mcp/config-file';
import { McpLog } from '../core/mcp/mcp-log';
import { McpService } from '../core/mcp/mcp-service';
import { McpToolHost } from '../core/mcp/mcp-tool-host';
import type { McpServerSpec } from '../core/mcp/server-spec';
import type { RecordingFetch } from '../core/net/recording-fetch';
import { randomId, systemClock } from '../core/clock';
import type { CliArgs } from './args';
import type { CliIo } from './context';
import { UsageError } from './usage';

/** The MCP servers of an --mcp-config file, ready to start (their secrets stay in memory). */
export function readMcpConfig(file: string, io: CliIo, command: string): McpServerSpec[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read --mcp-config: ${(error as Error).message}`, command);
  }
  const { servers, problems } = parseMcpConfig(text);
  for (const problem of problems) io.err(`--mcp-config: ${problem}\n`);
  if (!servers.length) throw new UsageError(`--mcp-config ${file} has no server Switchboard can use.`, command);
  return servers.map(specOfFileServer);
}

/** The MCP client of one CLI run, on the run's recording network. */
export function cliMcp(specs: McpServerSpec[], http: RecordingFetch, io: CliIo): { mcp: McpService; log: McpLog } {
  const log = new McpLog();
  const mcp = new McpService({ servers: async () => specs, http, log, clock: systemClock, newId: randomId, pathEnv: async () => io.env.PATH ?? '', clientVersion: io.version ?? '0.0.0' });
  return { mcp, log };
}

/** The tool host of `chat --mcp-config`: --approve all runs every call, none refuses them, ask asks the terminal. */
export function cliToolHost(args: CliArgs, specs: McpServerSpec[], mcp: McpService, io: CliIo): McpToolHost {
  const override = args.approve === 'all' ? 'allow' : args.approve === 'none' ? 'deny' : undefined;
  return new McpToolHost({
    mcp,
    servers: async () => specs,
    approval: { ...(override ? { override } : {}), ask: async (request) => (io.askTool ? io.askTool(request) : 'no-terminal') },
    // "Always" lasts for this run: the file is the user's, not ours to rewrite.
    alwaysAllow: async (serverId, tool) => void specs.find((s) => s.id === serverId)?.allowedTools.push(tool),
    now: () => systemClock.now(),
  });
}

/** The MCP log as `chat --json` prints it: each JSON-RPC message parsed, redacted as recorded. Pure. */
export function mcpLogJson(entries: ReturnType<McpLog['list']>) {
  return entries.map((e) => {
    let message: unknown = e.text;
    if (e.kind === 'send' || e.kind === 'receive') {
      try {
        message = JSON.parse(e.text);
      } catch {
        // Cut at the log's cap: kept as text.
      }
    }
    return { server: e.server, kind: e.kind, ...(e.method ? { method: e.method } : {}), ...(e.rpcId ? { id: e.rpcId } : {}), ...(e.durationMs !== undefined ? { durationMs: Math.round(e.durationMs) } : {}), message };
  });
}
