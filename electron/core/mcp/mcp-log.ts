import type { McpLogEntry } from '../../shared/mcp';

/** Entries kept: a long session of tool use; the oldest go first. */
export const MCP_LOG_MAX_ENTRIES = 2000;
/** Characters kept of one message: a large tool result is cut here (the model still gets all of it). */
export const MCP_LOG_MAX_TEXT = 64 * 1024;

type Listener = (entry: McpLogEntry) => void;

/** The text of an entry, capped. Pure. */
export function capText(text: string, max = MCP_LOG_MAX_TEXT): { text: string; truncated?: true } {
  return text.length > max ? { text: text.slice(0, max), truncated: true } : { text };
}

/**
 * Every message exchanged with MCP servers (JSON-RPC both ways, stderr, stray stdout, starts and
 * exits), already redacted by whoever adds it, in a bounded ring.
 */
export class McpLog {
  private readonly entries = new Map<string, McpLogEntry>();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly maxEntries = MCP_LOG_MAX_ENTRIES) {}

  /** Adds an entry (or replaces one with the same id) and tells listeners. */
  add(entry: McpLogEntry): void {
    this.entries.set(entry.id, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    for (const listener of this.listeners) listener(entry);
  }

  /** Entries, oldest first; of one server when named. */
  list(serverId?: string): McpLogEntry[] {
    const all = [...this.entries.values()];
    return serverId ? all.filter((e) => e.serverId === serverId) : all;
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
  }

  /** Calls `listener` with each new entry; returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
