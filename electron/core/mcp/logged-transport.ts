import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js';
import type { McpLogEntry } from '../../shared/mcp';

/** What the logged transport records about one message; the owner adds ids, the server and the time. */
export type McpLogRecord = Omit<McpLogEntry, 'id' | 'serverId' | 'server' | 'at'>;

type Link = NonNullable<McpLogEntry['link']>;

/** The method, id and error flag of a JSON-RPC message. Pure. */
export function describeMessage(message: JSONRPCMessage): { method?: string; rpcId?: string; isError?: boolean } {
  const m = message as { method?: unknown; id?: unknown; error?: unknown; result?: { isError?: unknown } };
  return {
    ...(typeof m.method === 'string' ? { method: m.method } : {}),
    ...(typeof m.id === 'string' || typeof m.id === 'number' ? { rpcId: String(m.id) } : {}),
    ...(m.error !== undefined || m.result?.isError === true ? { isError: true } : {}),
  };
}

/**
 * Wraps a transport so every JSON-RPC message both ways is recorded, with a response's method and
 * its time since the request. The SDK's Client installs its callbacks on this wrapper; they are
 * passed through to the real transport.
 */
export class LoggedTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T, extra?: MessageExtraInfo) => void;
  private readonly pending = new Map<string, { method: string; at: number; link?: Link }>();
  private nextLink: Link | undefined;
  /** The id of the last request sent (read right after a call is started, to link it). */
  lastRequestId: string | undefined;

  constructor(
    private readonly inner: Transport,
    private readonly record: (entry: McpLogRecord) => void,
    private readonly now: () => number,
  ) {
    inner.onclose = () => this.onclose?.();
    inner.onerror = (error) => this.onerror?.(error);
    inner.onmessage = (message, extra) => {
      this.received(message);
      this.onmessage?.(message, extra);
    };
  }

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  /** The protocol version initialize settled on. */
  protocolVersion: string | undefined;

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
    this.inner.setProtocolVersion?.(version);
  }

  /** Ties the next request sent to a chat message's tool call (the SDK sends it synchronously). */
  linkNext(link: Link): void {
    this.nextLink = link;
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    const { method, rpcId, isError } = describeMessage(message);
    const link = method && rpcId !== undefined ? this.nextLink : undefined;
    if (method && rpcId !== undefined) {
      this.pending.set(rpcId, { method, at: this.now(), ...(link ? { link } : {}) });
      this.lastRequestId = rpcId;
      this.nextLink = undefined;
    }
    this.record({ kind: 'send', text: JSON.stringify(message), ...(method ? { method } : {}), ...(rpcId !== undefined ? { rpcId } : {}), ...(isError ? { isError } : {}), ...(link ? { link } : {}) });
    return this.inner.send(message, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private received(message: JSONRPCMessage): void {
    const { method, rpcId, isError } = describeMessage(message);
    const request = !method && rpcId !== undefined ? this.pending.get(rpcId) : undefined;
    if (request) this.pending.delete(rpcId!);
    this.record({
      kind: 'receive',
      text: JSON.stringify(message),
      ...(method ? { method } : request ? { method: request.method } : {}),
      ...(rpcId !== undefined ? { rpcId } : {}),
      ...(isError ? { isError } : {}),
      ...(request ? { durationMs: this.now() - request.at } : {}),
      ...(request?.link ? { link: request.link } : {}),
    });
  }
}
