import type { Core } from '../../core/app';
import type { Handlers } from '../serve';

type McpChannels = 'mcp:list' | 'mcp:save' | 'mcp:remove' | 'mcp:import' | 'mcp:start' | 'mcp:stop' | 'mcp:test' | 'mcp:update' | 'mcp:set-tool' | 'mcp:persist-weak' | 'mcp:log' | 'mcp:clear-log' | 'tools:decide';

/** MCP servers, their log, and the answers to tool calls waiting for approval. */
export function mcpHandlers(core: Core): Pick<Handlers, McpChannels> {
  const { mcp } = core;
  return {
    'mcp:list': async () => ({ servers: await mcp.servers() }),
    'mcp:save': async (input) => ({ servers: await mcp.save(input) }),
    'mcp:remove': async ({ id }) => ({ servers: await mcp.remove(id) }),
    'mcp:import': ({ text }) => mcp.importFile(text),
    'mcp:start': async ({ id }) => ({ servers: await mcp.start(id) }),
    'mcp:stop': async ({ id }) => ({ servers: await mcp.stop(id) }),
    'mcp:test': ({ id }) => mcp.test(id),
    'mcp:update': async ({ id, ...change }) => ({ servers: await mcp.update(id, change) }),
    'mcp:set-tool': async ({ id, tool, ...change }) => ({ servers: await mcp.setTool(id, tool, change) }),
    'mcp:persist-weak': async ({ id }) => ({ servers: await mcp.persistWeakly(id) }),
    'mcp:log': async () => ({ entries: mcp.log() }),
    'mcp:clear-log': async () => {
      mcp.clearLog();
      return { cleared: true };
    },
    'tools:decide': async ({ messageId, callId, decision }) => ({ decided: mcp.decide(messageId, callId, decision) }),
  };
}
