import { TOOL_APPROVALS, type ToolApproval } from '../../shared/tools';
import { splitSecrets, type McpServerInput, type McpTransport } from '../../shared/mcp';
import { asRecord } from '../providers/json';
import { isSecretEnvName, isSecretHeader, serverIdOf, type McpServerSpec } from './server-spec';

/** A server as read from a config file, before its secrets are split from the rest: a spec's settings, the approval only if the file gave one. */
export type FileServer = Pick<McpServerSpec, 'name' | 'type' | 'command' | 'args' | 'cwd' | 'env' | 'url' | 'headers' | 'enabled'> & { approval?: ToolApproval };

/** What a config file held: the servers read, and what could not be read (by server name). */
export interface ParsedConfig {
  servers: FileServer[];
  problems: string[];
}

function strings(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, value] of Object.entries(asRecord(v) ?? {})) if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[k] = String(value);
  return out;
}

// The names other clients use for the transport: Claude Code `http`, Cherry Studio `streamableHttp`, VS Code `http`.
function transportOf(raw: unknown): McpTransport | undefined {
  const t = typeof raw === 'string' ? raw.toLowerCase().replace(/[-_]/g, '') : '';
  if (t === 'stdio') return 'stdio';
  if (t === 'sse') return 'sse';
  if (t === 'http' || t === 'streamablehttp') return 'http';
  return undefined;
}

function readServer(name: string, value: unknown): FileServer | string {
  const entry = asRecord(value);
  if (!entry) return `${name}: not an object`;
  const url = [entry.url, entry.serverUrl, entry.baseUrl].find((u): u is string => typeof u === 'string' && !!u.trim());
  const command = typeof entry.command === 'string' && entry.command.trim() ? entry.command.trim() : undefined;
  const declared = transportOf(entry.type ?? entry.transport);
  if (entry.type !== undefined && !declared && !command && !url) return `${name}: unknown type ${JSON.stringify(entry.type)}`;
  const type: McpTransport = declared ?? (command ? 'stdio' : 'http');
  if (type === 'stdio' && !command) return `${name}: a stdio server needs a "command"`;
  if (type !== 'stdio' && !url) return `${name}: an HTTP server needs a "url"`;
  const args = Array.isArray(entry.args) ? entry.args.filter((a): a is string => typeof a === 'string') : [];
  const approval = TOOL_APPROVALS.find((a) => a === entry.approval);
  return {
    name,
    type,
    ...(type === 'stdio' ? { command: command!, args } : { url: url!.trim(), args: [] }),
    ...(typeof entry.cwd === 'string' ? { cwd: entry.cwd } : {}),
    env: strings(entry.env),
    headers: strings(entry.headers),
    enabled: entry.disabled !== true && entry.isActive !== false && entry.enabled !== false,
    ...(approval ? { approval } : {}),
  } as FileServer;
}

/**
 * Reads the `mcpServers` JSON that Claude Desktop, Cursor, Cherry Studio and Claude Code write
 * (also VS Code's `servers`): `{name: {command, args, env} | {url, headers, type?}}`. Pure.
 */
export function parseMcpConfig(text: string): ParsedConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { servers: [], problems: [`Not JSON: ${(error as Error).message}`] };
  }
  const root = asRecord(json);
  const map = asRecord(root?.mcpServers) ?? asRecord(root?.servers) ?? asRecord(asRecord(root?.mcp)?.servers);
  if (!map) return { servers: [], problems: ['No "mcpServers" object in the file (expected {"mcpServers": {"name": {"command": …} | {"url": …}}}).'] };
  const servers: FileServer[] = [];
  const problems: string[] = [];
  for (const [name, value] of Object.entries(map)) {
    const read = readServer(name, value);
    if (typeof read === 'string') problems.push(read);
    else servers.push(read);
  }
  return { servers, problems };
}

/** A file's server, with its own secrets, ready to start (the command line). Pure. */
export function specOfFileServer(server: FileServer, index: number): McpServerSpec {
  const secretEnv = splitSecrets(server.env, isSecretEnvName).hidden;
  const secretHeaders = splitSecrets(server.headers, isSecretHeader).hidden;
  return {
    id: `${serverIdOf(server.name)}-${index}`,
    name: server.name,
    type: server.type,
    ...(server.command ? { command: server.command } : {}),
    args: server.args,
    ...(server.cwd ? { cwd: server.cwd } : {}),
    env: server.env,
    ...(server.url ? { url: server.url } : {}),
    headers: server.headers,
    approval: server.approval ?? 'ask',
    enabled: server.enabled,
    disabledTools: [],
    allowedTools: [],
    secrets: [...Object.values(secretEnv), ...Object.values(secretHeaders)],
  };
}

/** A file's server as an input for the settings: secret values apart, to go into the vault. Pure. */
export function inputOfFileServer(server: FileServer): McpServerInput {
  const env = splitSecrets(server.env, isSecretEnvName);
  const headers = splitSecrets(server.headers, isSecretHeader);
  return {
    name: server.name,
    type: server.type,
    ...(server.command ? { command: server.command, args: server.args } : {}),
    ...(server.cwd ? { cwd: server.cwd } : {}),
    ...(server.url ? { url: server.url } : {}),
    env: env.plain,
    headers: headers.plain,
    secretEnvValues: env.hidden,
    secretHeaderValues: headers.hidden,
    approval: server.approval ?? 'ask',
    enabled: server.enabled,
  };
}
