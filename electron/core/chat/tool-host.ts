import type { ToolCall } from '../../shared/chat';
import type { ToolRun } from '../../shared/tools';
import type { WireTool } from '../providers/types';

/** The turn a tool call belongs to, and the signal that stops it (Stop, quitting). */
export interface ToolContext {
  requestId: string;
  conversationId: string;
  messageId: string;
  signal: AbortSignal;
}

/**
 * What the chat needs to use tools: the tools to offer, and a way to run one call (asking the user
 * first where the policy says so). The MCP client implements it; tests give a fake.
 */
export interface ToolHost {
  /** The tools to offer now; servers that fail to start are left out (and reported apart). */
  offer(): Promise<WireTool[]>;
  /** Runs one call, reporting each change of state; never throws: a failure is an error result. */
  run(call: ToolCall, context: ToolContext, update: (run: ToolRun) => void): Promise<ToolRun>;
}
