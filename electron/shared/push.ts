import type { ChatDelta, ChatDone, ChatStep } from './chat';
import type { Exchange } from './exchange';
import type { McpLogEntry } from './mcp';

/** Events the core pushes to every window: channel name to payload. */
export interface PushEvents {
  'chat:delta': ChatDelta;
  'chat:done': ChatDone;
  'chat:step': ChatStep;
  'mcp:log': McpLogEntry;
  /** An MCP server started, stopped, failed or changed its tools: read the list again. */
  'mcp:changed': { at: number };
  'netlog:entry': Exchange;
  'netlog:cleared': { at: number };
}

/** Sends one event to every window (the host decides how). */
export type PushSink = <C extends keyof PushEvents>(channel: C, payload: PushEvents[C]) => void;
