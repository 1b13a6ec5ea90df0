import type { ToolApproval } from './tools';

/** How Switchboard reaches an MCP server: a child process, Streamable HTTP, or the older HTTP+SSE. */
export const MCP_TRANSPORTS = ['stdio', 'http', 'sse'] as const;
/** One of MCP_TRANSPORTS. */
export type McpTransport = (typeof MCP_TRANSPORTS)[number];

/**
 * An MCP server as the settings keep it. Values of secret environment variables and headers are
 * not here: they live in the vault, encrypted like keys, and only their names are listed.
 */
export interface McpServerConfig {
  id: string;
  name: string;
  type: McpTransport;
  command?: string;
  args?: string[];
  cwd?: string;
  /** Environment variables that are not secret, with their values. */
  env?: Record<string, string>;
  /** Names of environment variables whose values are secret (in the vault). */
  secretEnv?: string[];
  url?: string;
  headers?: Record<string, string>;
  /** Names of headers whose values are secret (in the vault). */
  secretHeaders?: string[];
  /** What happens to a call of this server's tools unless the user said otherwise. */
  approval: ToolApproval;
  enabled: boolean;
  /** Tools not offered to the model. */
  disabledTools?: string[];
  /** Tools the user chose to always allow. */
  allowedTools?: string[];
}

/** A secret value as a window may see it: masked, never the value. */
export interface McpSecretView {
  name: string;
  masked?: string;
  length?: number;
  fingerprint?: string;
  sessionOnly?: boolean;
}

/** Where a server stands in this run. */
export type McpServerState = 'stopped' | 'starting' | 'running' | 'failed';

/** A tool a server offers. */
export interface McpToolInfo {
  name: string;
  description?: string;
  /** The name the model sees (prefixed with the server's name). */
  offeredAs: string;
  enabled: boolean;
  alwaysAllowed: boolean;
  /** The tool's JSON schema for its arguments, as the server described it. */
  inputSchema?: Record<string, unknown>;
}

/** A server for the settings: its configuration, secrets (masked), state and tools. */
export interface McpServerView extends McpServerConfig {
  state: McpServerState;
  /** Why it failed, in one line, with the cause ids the doctor found. */
  problem?: { message: string; causes: string[] };
  secretEnvStatus: McpSecretView[];
  secretHeaderStatus: McpSecretView[];
  tools: McpToolInfo[];
  /** The server's own name and version, from initialize. */
  serverInfo?: { name: string; version: string; protocolVersion?: string };
  /** Lines it wrote to stdout that are not JSON-RPC (a bug of the server, shown even while it works). */
  stdoutNoise?: string[];
}

/** A server to add or change: the configuration plus new secret values (write-only). */
export interface McpServerInput extends Omit<McpServerConfig, 'id' | 'secretEnv' | 'secretHeaders'> {
  id?: string;
  /** Secret environment values to store, by name; an empty string removes one. */
  secretEnvValues?: Record<string, string>;
  secretHeaderValues?: Record<string, string>;
  /** Secret names kept from before (their stored values stay). */
  keepSecretEnv?: string[];
  keepSecretHeaders?: string[];
}

/** What kind of line the MCP log holds. */
export type McpLogKind = 'send' | 'receive' | 'stderr' | 'stdout-noise' | 'lifecycle' | 'error';

/** One entry of the MCP log: a JSON-RPC message, a line of stderr, or a lifecycle event; redacted. */
export interface McpLogEntry {
  id: string;
  serverId: string;
  server: string;
  at: number;
  kind: McpLogKind;
  /** The JSON-RPC method (a request or notification), or the method a response answers. */
  method?: string;
  rpcId?: string;
  /** The message as JSON, or the line, redacted and capped. */
  text: string;
  truncated?: boolean;
  /** For a response: milliseconds since its request. */
  durationMs?: number;
  isError?: boolean;
  /** The chat message whose tool call this was. */
  link?: { conversationId: string; messageId: string; callId: string };
}

/** One check of the MCP doctor. */
export interface McpCheck {
  id: string;
  status: 'pass' | 'warn' | 'fail';
  message: string;
}

/** The MCP doctor's verdict on one server. */
export interface McpServerReport {
  name: string;
  ok: boolean;
  checks: McpCheck[];
  causes: McpCauseId[];
  /** The tools it listed, when it got that far. */
  tools?: string[];
}

/** The MCP doctor's verdict on every server. */
export interface McpReport {
  ok: boolean;
  servers: McpServerReport[];
}

/** Why an MCP server fails, each with a fix (see MCP_CAUSES). */
export const MCP_CAUSE_IDS = [
  'mcp-command-not-found',
  'mcp-exited-at-start',
  'mcp-stdout-not-json',
  'mcp-protocol-mismatch',
  'mcp-initialize-timeout',
  'mcp-token-missing',
  'mcp-token-rejected',
  'mcp-oauth-required',
  'mcp-wrong-path',
  'mcp-unreachable',
  'mcp-tools-failed',
] as const;
/** One of MCP_CAUSE_IDS. */
export type McpCauseId = (typeof MCP_CAUSE_IDS)[number];

/** What the MCP doctor says about a cause: a title, what it means, and the fix. */
export interface McpCauseInfo {
  id: McpCauseId;
  title: string;
  explanation: string;
  fix: string;
}

// Names that say "this is a credential".
const SECRET_NAME = /(key|token|secret|passw|pwd|auth|credential|cookie|session|bearer|private|signature|pat$|^pat_)/i;
// Headers that never carry one; every other header value is treated as secret.
const PLAIN_HEADERS = new Set(['accept', 'content-type', 'user-agent', 'mcp-protocol-version', 'accept-language']);

/** True when an environment variable's name says its value is a credential (kept in the vault). Pure. */
export function isSecretEnvName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** True when a header's value is kept like a key (all but a few plainly harmless headers). Pure. */
export function isSecretHeader(name: string): boolean {
  return !PLAIN_HEADERS.has(name.toLowerCase());
}

/** Splits name/value pairs into those kept plain and those whose name says they go to the vault. Pure. */
export function splitSecrets(values: Readonly<Record<string, string>>, secret: (name: string) => boolean): { plain: Record<string, string>; hidden: Record<string, string> } {
  const plain: Record<string, string> = {};
  const hidden: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) (secret(k) ? hidden : plain)[k] = v;
  return { plain, hidden };
}

/** Names a tool is offered under: letters, digits, `_` and `-`, at most 64 (what every protocol accepts). */
export const TOOL_NAME_PATTERN = /^[a-zA-Z_][a-zA-Z0-9_-]{0,63}$/;
