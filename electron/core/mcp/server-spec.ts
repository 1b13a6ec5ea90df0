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

export { isSecretEnvName, isSecretHeader } from '../../shared/mcp';

/** A server's name as an id: lower case letters, digits and dashes. Pure. */
export function serverIdOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug || 'server';
}
