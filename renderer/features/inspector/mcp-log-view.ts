import type { McpLogEntry } from '../../../electron/shared/mcp';

/** What the MCP log shows: one server's, or all, matching a text. */
export interface McpLogFilter {
  server: string;
  text: string;
}

/** Entries matching the filter, oldest first. Pure. */
export function filterMcpLog(entries: readonly McpLogEntry[], filter: McpLogFilter): McpLogEntry[] {
  const text = filter.text.trim().toLowerCase();
  return entries.filter((e) => (!filter.server || e.server === filter.server) && (!text || e.text.toLowerCase().includes(text) || (e.method ?? '').toLowerCase().includes(text)));
}

/** The servers that appear in the log, in order of first appearance. Pure. */
export function logServers(entries: readonly McpLogEntry[]): string[] {
  return [...new Set(entries.map((e) => e.server))];
}

/** The entry a tool call card points at: the tools/call request of that call (ids repeat across messages), else anything linked to it. Pure. */
export function entryForCall(entries: readonly McpLogEntry[], messageId: string, callId: string): McpLogEntry | undefined {
  const linked = entries.filter((e) => e.link?.callId === callId && e.link.messageId === messageId);
  return linked.find((e) => e.kind === 'send') ?? linked[0];
}

/** A message as indented JSON when it is JSON, else as it is. Pure. */
export function prettyMessage(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
