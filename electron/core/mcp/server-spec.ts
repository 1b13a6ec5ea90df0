import type { McpTransport } from '../../shared/mcp';
import type { ToolApproval } from '../../shared/tools';

/** A server ready to start: its configuration with every secret value filled in. Main process only. */
export interface McpServerSpec {
  id: string;
  name: string;
  type: McpTransport;
  command?: string;
  args: string[];
  cwd?: string;
  /** Every variable to set, secret ones included. */
  env: Record<string, string>;
  url?: string;
  /** Every header to send, secret ones included. */
  headers: Record<string, string>;
  approval: ToolApproval;
  enabled: boolean;
  disabledTools: string[];
  allowedTools: string[];
  /** Values to keep out of everything recorded or shown (secret env and header values). */
  secrets: string[];
}

// Names that say "this is a credential".
const SECRET_NAME = /(key|token|secret|passw|pwd|auth|credential|cookie|session|bearer|private|signature|pat$|^pat_)/i;
// Headers that never carry one; every other header value is treated as secret.
const PLAIN_HEADERS = new Set(['accept', 'content-type', 'user-agent', 'mcp-protocol-version', 'accept-language']);

/** True when an environment variable's name says its value is a credential. Pure. */
export function isSecretEnvName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** True when a header's value is to be kept like a key (all but a few plainly harmless headers). Pure. */
export function isSecretHeader(name: string): boolean {
  return !PLAIN_HEADERS.has(name.toLowerCase());
}

/** A server's name as an id: lower case letters, digits and dashes. Pure. */
export function serverIdOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug || 'server';
}
