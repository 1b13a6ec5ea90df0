import type { ToolCall } from '../../shared/chat';
import type { ToolApproval, ToolApprovalRequest, ToolDecision, ToolRun } from '../../shared/tools';
import type { ToolContext, ToolHost } from '../chat/tool-host';
import type { WireTool } from '../providers/types';
import type { McpService, OfferedTool } from './mcp-service';
import type { McpServerSpec } from './server-spec';
import { toolResultText } from './tool-result';
import { SecretSet } from '../net/secret-set';

/** How calls are approved in this run. */
export interface ApprovalMode {
  /** Overrides every server's setting: `allow` runs everything, `deny` refuses everything (the CLI's --approve). */
  override?: Exclude<ToolApproval, 'ask'>;
  /** Asks the user; `no-terminal` when nobody can answer (a script). */
  ask(request: ToolApprovalRequest, signal: AbortSignal): Promise<ToolDecision | 'no-terminal'>;
}

/** What the tool host needs. */
export interface McpToolHostDeps {
  mcp: McpService;
  servers(): Promise<McpServerSpec[]>;
  approval: ApprovalMode;
  /** Remembers "always allow" for a tool (the settings). */
  alwaysAllow(serverId: string, tool: string): Promise<void>;
  now(): number;
}

type Verdict = { run: true; approvedBy: NonNullable<ToolRun['approvedBy']> } | { run: false; deniedBy: NonNullable<ToolRun['deniedBy']>; aborted?: boolean };

const DENIAL: Record<NonNullable<ToolRun['deniedBy']>, string> = {
  user: 'The user denied this tool call.',
  policy: 'This tool call was refused by the user\'s settings for this server; do not try it again in this conversation.',
  'no-terminal': 'No one was there to approve this tool call, so it was refused.',
};

function parseArguments(raw: string): Record<string, unknown> | string {
  try {
    const value: unknown = JSON.parse(raw.trim() || '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : 'The arguments must be a JSON object.';
  } catch (error) {
    return `The arguments are not valid JSON (${(error as Error).message}).`;
  }
}

/**
 * Runs the model's tool calls on MCP servers, after approval: the server's default (ask, allow,
 * deny), tools the user always allows, tools allowed for one conversation, or the user's answer.
 */
export class McpToolHost implements ToolHost {
  private readonly allowedIn = new Map<string, Set<string>>();

  constructor(private readonly deps: McpToolHostDeps) {}

  async offer(): Promise<WireTool[]> {
    return (await this.deps.mcp.offer()).map(({ name, description, parameters }) => ({ name, description, parameters }));
  }

  async run(call: ToolCall, context: ToolContext, update: (run: ToolRun) => void): Promise<ToolRun> {
    const tool = this.deps.mcp.find(call.name);
    if (!tool) return { ...call, state: 'error', result: `No tool named "${call.name}" is available.` };
    const base: ToolRun = { ...call, server: tool.server, tool: tool.tool, state: 'running' };
    const args = parseArguments(call.arguments);
    if (typeof args === 'string') return { ...base, state: 'error', result: args };
    const verdict = await this.approve(tool, base, context, update);
    if (!verdict.run) return verdict.aborted ? { ...base, state: 'aborted' } : { ...base, state: 'denied', deniedBy: verdict.deniedBy, result: DENIAL[verdict.deniedBy] };
    const startedAt = this.deps.now();
    const running: ToolRun = { ...base, state: 'running', startedAt, approvedBy: verdict.approvedBy };
    update(running);
    try {
      const connection = await this.deps.mcp.connection(tool.serverId);
      if (!connection) return { ...running, state: 'error', result: `The server "${tool.server}" is not running.`, durationMs: this.deps.now() - startedAt };
      const { result, rpcId } = await connection.call(tool.tool, args, context.signal, { conversationId: context.conversationId, messageId: context.messageId, callId: call.id });
      // A server's own secrets (its token, its env) never go to the model or into the history, even if a tool echoes them.
      const secrets = new SecretSet(connection.spec.secrets);
      return { ...running, state: result.isError ? 'error' : 'done', result: secrets.scrub(toolResultText(result)), durationMs: this.deps.now() - startedAt, ...(rpcId ? { rpcId } : {}) };
    } catch (error) {
      if (context.signal.aborted) return { ...running, state: 'aborted', durationMs: this.deps.now() - startedAt };
      return { ...running, state: 'error', result: `The tool failed: ${error instanceof Error ? error.message : String(error)}`, durationMs: this.deps.now() - startedAt };
    }
  }

  private async approve(tool: OfferedTool, run: ToolRun, context: ToolContext, update: (run: ToolRun) => void): Promise<Verdict> {
    const spec = (await this.deps.servers()).find((s) => s.id === tool.serverId);
    const key = `${tool.serverId}\u0000${tool.tool}`;
    const { override } = this.deps.approval;
    if (override) return override === 'allow' ? { run: true, approvedBy: 'override' } : { run: false, deniedBy: 'policy' };
    if (!spec || spec.approval === 'deny') return { run: false, deniedBy: 'policy' };
    if (spec.allowedTools.includes(tool.tool)) return { run: true, approvedBy: 'always' };
    if (this.allowedIn.get(context.conversationId)?.has(key)) return { run: true, approvedBy: 'conversation' };
    if (spec.approval === 'allow') return { run: true, approvedBy: 'server' };
    update({ ...run, state: 'awaiting-approval' });
    const request: ToolApprovalRequest = { requestId: context.requestId, conversationId: context.conversationId, messageId: context.messageId, callId: run.id, server: tool.server, tool: tool.tool, arguments: run.arguments };
    const decision = await this.deps.approval.ask(request, context.signal);
    if (context.signal.aborted) return { run: false, deniedBy: 'user', aborted: true };
    if (decision === 'no-terminal') return { run: false, deniedBy: 'no-terminal' };
    if (decision === 'deny') return { run: false, deniedBy: 'user' };
    if (decision === 'conversation') this.allowedIn.set(context.conversationId, new Set([...(this.allowedIn.get(context.conversationId) ?? []), key]));
    if (decision === 'always') await this.deps.alwaysAllow(tool.serverId, tool.tool);
    return { run: true, approvedBy: decision };
  }
}
