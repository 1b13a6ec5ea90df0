/** What the inspector knows about the credential a request carried (never the value). */
export interface AuthSummary {
  /** The header the provider expects (or that carried a key). */
  header: string;
  present: boolean;
  /** Present but carrying nothing usable: `Bearer `, `Bearer undefined`, `null`, `nil`. */
  empty: boolean;
  scheme?: string;
  masked?: string;
  length?: number;
  fingerprint?: string;
}

/** A stream chunk as it arrived: milliseconds since the request started, and its text. */
export interface StreamChunk {
  t: number;
  data: string;
}

/** Why a request was made. */
export type ExchangePurpose = 'chat' | 'models' | 'probe' | 'mcp' | 'other';

/** One HTTP exchange as recorded, already redacted. Safe to send to a window or export. */
export interface Exchange {
  id: string;
  startedAt: number;
  providerId?: string;
  /** The MCP server this request went to (purpose `mcp`). */
  mcpServer?: string;
  purpose: ExchangePurpose;
  method: string;
  url: string;
  request: { headers: Record<string, string>; body?: string; bodyTruncated?: boolean };
  response?: {
    status: number;
    statusText: string;
    headers: Record<string, string>;
    body?: string;
    bodyTruncated?: boolean;
    chunks?: StreamChunk[];
  };
  timing: { ttfbMs?: number; totalMs?: number };
  /** Where the response finally came from, when fetch followed redirects to get there. */
  redirectedTo?: string;
  /** Response bytes received (whole body, also past the cap). */
  size?: number;
  state: 'pending' | 'streaming' | 'done' | 'failed' | 'aborted';
  error?: string;
  auth: AuthSummary;
  /** The proxy the request went through ("http://proxy.corp:3128", credentials never included), when one was used. */
  proxy?: string;
  /** Cause ids from the catalog, filled once the exchange is interpreted. */
  causes?: string[];
}

/** How much the wire log keeps, like gptel's log levels. */
export const LOG_LEVELS = ['off', 'errors', 'info', 'debug'] as const;

/** One of LOG_LEVELS. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Wire log settings: level and the caps that bound its memory. */
export interface NetlogSettings {
  level: LogLevel;
  maxEntries: number;
  maxBodyChars: number;
}

/** Streaming response bodies, by content type: SSE, NDJSON and JSON sequences. Pure. */
export function isStreamingContentType(contentType: string | undefined): boolean {
  return /text\/event-stream|ndjson|application\/json-seq/i.test(contentType ?? '');
}
