import type { McpLogEntry } from '../../electron/shared/mcp';
import type { Result } from '../../electron/ipc/contract';
import type { Api } from '../api/client';
import type { McpSlice, Outcome, SliceSet } from './state';

/** Entries the window keeps of the MCP log (the main process keeps its own, larger ring). */
export const MCP_LOG_WINDOW_MAX = 2000;

/** Appends pushed entries, keeping the newest. Pure. */
export function appendLog(prev: readonly McpLogEntry[], batch: readonly McpLogEntry[], max = MCP_LOG_WINDOW_MAX): McpLogEntry[] {
  const next = [...prev, ...batch];
  return next.length > max ? next.slice(next.length - max) : next;
}

const outcome = (r: Result<unknown>): Outcome => (r.ok ? { ok: true } : { ok: false, message: r.error.message });

/** The MCP slice: servers and their state, the doctor's reports, the log (batched per frame), approvals. */
export function createMcpSlice(set: SliceSet, api: Api, schedule: (flush: () => void) => void): McpSlice {
  let queue: McpLogEntry[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = queue;
    queue = [];
    set((s) => ({ mcpLog: appendLog(s.mcpLog, batch) }));
  };
  // Every change answers with the whole list: the state, tools and masked secrets as main sees them.
  const servers = async (r: Result<{ servers: McpSlice['mcpServers'] }>): Promise<Outcome> => {
    if (r.ok) set({ mcpServers: r.value.servers });
    return outcome(r);
  };
  return {
    mcpServers: [],
    mcpReports: {},
    mcpLog: [],
    loadMcp: async () => void (await servers(await api.invoke('mcp:list', {}))),
    saveMcpServer: async (input) => servers(await api.invoke('mcp:save', input)),
    removeMcpServer: async (id) => servers(await api.invoke('mcp:remove', { id })),
    async importMcp(text) {
      const r = await api.invoke('mcp:import', { text });
      if (!r.ok) return outcome(r);
      set({ mcpServers: r.value.servers });
      return { ok: true, added: r.value.added, replaced: r.value.replaced, problems: r.value.problems };
    },
    startMcpServer: async (id) => servers(await api.invoke('mcp:start', { id })),
    stopMcpServer: async (id) => servers(await api.invoke('mcp:stop', { id })),
    async testMcpServer(id) {
      set((s) => ({ mcpReports: { ...s.mcpReports, [id]: 'running' } }));
      const r = await api.invoke('mcp:test', { id });
      set((s) => {
        const { [id]: _old, ...rest } = s.mcpReports;
        return { mcpReports: r.ok && r.value.servers[0] ? { ...rest, [id]: r.value.servers[0] } : rest };
      });
      return outcome(r);
    },
    updateMcpServer: async (change) => servers(await api.invoke('mcp:update', change)),
    setMcpTool: async (change) => servers(await api.invoke('mcp:set-tool', change)),
    persistMcpWeakly: async (id) => servers(await api.invoke('mcp:persist-weak', { id })),
    async loadMcpLog() {
      const r = await api.invoke('mcp:log', {});
      if (r.ok) set({ mcpLog: r.value.entries.slice(-MCP_LOG_WINDOW_MAX) });
    },
    async clearMcpLog() {
      await api.invoke('mcp:clear-log', {});
      queue = [];
      set({ mcpLog: [] });
    },
    receiveMcpLog(entry) {
      queue.push(entry);
      if (!scheduled) {
        scheduled = true;
        schedule(flush);
      }
    },
    decideTool: async (messageId, callId, decision) => outcome(await api.invoke('tools:decide', { messageId, callId, decision })),
  };
}
