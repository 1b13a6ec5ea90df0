import type { McpLogEntry, McpReport, McpServerInput, McpServerView } from '../../shared/mcp';
import type { ToolDecision } from '../../shared/tools';
import type { ApprovalBroker } from './approval-broker';
import type { McpService } from './mcp-service';
import type { McpSettings } from './mcp-settings';

/**
 * What the settings and the Network tab do with MCP: list servers with their state and tools, add,
 * change, import, test, stop and remove them, read the MCP log, and answer approvals.
 */
export class McpAdmin {
  constructor(
    private readonly settings: McpSettings,
    private readonly mcp: McpService,
    private readonly approvals: ApprovalBroker,
  ) {}

  /** Every server with its state, problem, tools and (masked) secrets. */
  async servers(): Promise<McpServerView[]> {
    const statuses = await this.mcp.statuses();
    return Promise.all(
      this.settings.list().map(async (config) => {
        const status = statuses.get(config.id) ?? { state: 'stopped' as const, tools: [] };
        const secrets = await this.settings.secretViews(config);
        return { ...config, ...status, secretEnvStatus: secrets.env, secretHeaderStatus: secrets.headers };
      }),
    );
  }

  /** Adds or changes a server; a running one is stopped so the next use starts it with the new settings. */
  async save(input: McpServerInput): Promise<McpServerView[]> {
    const saved = await this.settings.save(input);
    await this.mcp.stop(saved.id);
    return this.servers();
  }

  /** Removes a server (stopping it first). */
  async remove(id: string): Promise<McpServerView[]> {
    await this.mcp.stop(id);
    await this.settings.remove(id);
    return this.servers();
  }

  /** Imports an mcpServers file (Claude Desktop, Cursor, Cherry Studio). */
  async importFile(text: string): Promise<{ added: string[]; replaced: string[]; problems: string[]; servers: McpServerView[] }> {
    const result = await this.settings.importFile(text);
    for (const s of this.settings.list()) if ([...result.added, ...result.replaced].includes(s.name)) await this.mcp.stop(s.id);
    return { ...result, servers: await this.servers() };
  }

  /** Starts a server now (to see its tools); a failure is in its state and problem. */
  async start(id: string): Promise<McpServerView[]> {
    this.settings.get(id);
    await this.mcp.restart(id);
    return this.servers();
  }

  /** Stops a running server. */
  async stop(id: string): Promise<McpServerView[]> {
    await this.mcp.stop(id);
    return this.servers();
  }

  /** The doctor on one server (or all): a fresh start, each check, the causes. */
  test(id?: string): Promise<McpReport> {
    if (id) this.settings.get(id);
    return this.mcp.doctor(id ? [id] : undefined);
  }

  /** Turns a server on or off, or changes its approval default. */
  async update(id: string, change: Parameters<McpSettings['update']>[1]): Promise<McpServerView[]> {
    this.settings.update(id, change);
    return this.servers();
  }

  /** Offers a tool to the model or not; always allows it or asks again. */
  async setTool(id: string, tool: string, change: { enabled?: boolean; alwaysAllowed?: boolean }): Promise<McpServerView[]> {
    const s = this.settings.get(id);
    const toggle = (list: readonly string[] | undefined, on: boolean) => (on ? [...new Set([...(list ?? []), tool])] : (list ?? []).filter((t) => t !== tool));
    this.settings.update(id, {
      ...(change.enabled !== undefined ? { disabledTools: toggle(s.disabledTools, !change.enabled) } : {}),
      ...(change.alwaysAllowed !== undefined ? { allowedTools: toggle(s.allowedTools, change.alwaysAllowed) } : {}),
    });
    return this.servers();
  }

  /** Keeps secrets held for this run only, with the weaker protection the user accepted. */
  async persistWeakly(id: string): Promise<McpServerView[]> {
    await this.settings.persistWeakly(id);
    return this.servers();
  }

  /** The MCP log, oldest first. */
  log(): McpLogEntry[] {
    return this.mcp.log.list();
  }

  /** Empties the MCP log. */
  clearLog(): void {
    this.mcp.log.clear();
  }

  /** The user's answer to a tool call waiting for approval. */
  decide(messageId: string, callId: string, decision: ToolDecision): boolean {
    return this.approvals.decide(messageId, callId, decision);
  }
}
