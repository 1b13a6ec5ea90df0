/** A tool call the model asked for. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
  /** Opaque data the provider wants back with the call (Gemini's thoughtSignature). */
  signature?: string;
}

/** What a server does with a tool call before it runs: ask the user, run it, or refuse it. */
export const TOOL_APPROVALS = ['ask', 'allow', 'deny'] as const;
/** One of TOOL_APPROVALS. */
export type ToolApproval = (typeof TOOL_APPROVALS)[number];

/** The user's answer to a tool call waiting for approval. */
export const TOOL_DECISIONS = ['once', 'conversation', 'always', 'deny'] as const;
/** One of TOOL_DECISIONS: allow once, allow for this conversation, always allow this tool, deny. */
export type ToolDecision = (typeof TOOL_DECISIONS)[number];

/** Where a tool call stands. */
export type ToolRunState = 'pending' | 'awaiting-approval' | 'running' | 'done' | 'error' | 'denied' | 'aborted';

/** A tool call the model asked for, and what became of it. */
export interface ToolRun extends ToolCall {
  /** The MCP server's name and the tool's own name there (the model sees a prefixed name). */
  server?: string;
  tool?: string;
  state: ToolRunState;
  /** The text sent back to the model: the tool's output, its error, or why it did not run. */
  result?: string;
  /** Who refused: the user, the server's policy, or nobody was there to ask (a script). */
  deniedBy?: 'user' | 'policy' | 'no-terminal';
  /** Why it ran: the user's answer, a standing permission, the server's default, or the run's (--approve all). */
  approvedBy?: 'once' | 'conversation' | 'always' | 'server' | 'override';
  startedAt?: number;
  durationMs?: number;
  /** The JSON-RPC id of the tools/call request, to find it in the MCP log. */
  rpcId?: string;
}

/** One round of the tool loop: what the model said, the calls it asked for, and their results. */
export interface ToolStep {
  text: string;
  reasoning?: string;
  calls: ToolRun[];
  exchangeId?: string;
}

/** Rounds of tool calls in one answer before the loop stops and says so. */
export const MAX_TOOL_STEPS = 10;

/** A tool call waiting for the user, as the approval card shows it. */
export interface ToolApprovalRequest {
  requestId: string;
  conversationId: string;
  messageId: string;
  callId: string;
  server: string;
  tool: string;
  /** The arguments exactly as the model sent them. */
  arguments: string;
}

/** Arguments as shown to the user: pretty JSON when they parse, the raw text when they do not. Pure. */
export function prettyArguments(raw: string): string {
  if (!raw.trim()) return '{}';
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}
