import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, McpError, ToolListChangedNotificationSchema, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import type { McpLogEntry, McpServerState } from '../../shared/mcp';
import type { RecordingFetch } from '../net/recording-fetch';
import { LoggedTransport, type McpLogRecord } from './logged-transport';
import { mcpFetch } from './mcp-fetch';
import type { McpServerSpec } from './server-spec';
import { addNoise, addStderr, newEvidence, type StartEvidence } from './start-evidence';
import { StdioTransport } from './stdio-transport';

/** What a connection needs from its service. */
export interface ConnectionDeps {
  http: RecordingFetch;
  /** The PATH to start stdio servers with (the login shell's on macOS and Linux). */
  pathEnv(): Promise<string>;
  /** Adds a line to the MCP log (the service fills in ids, the server and the time, and redacts). */
  record(entry: McpLogRecord): void;
  now(): number;
  initTimeoutMs: number;
  clientVersion: string;
  /** The state changed (started, failed, exited). */
  changed(): void;
}

/** How long one tool call may run (each progress notification restarts the clock). */
export const TOOL_TIMEOUT_MS = 5 * 60_000;

/** A start that failed, with what was seen on the way. */
export class McpStartError extends Error {
  constructor(
    message: string,
    readonly evidence: StartEvidence,
  ) {
    super(message);
    this.name = 'McpStartError';
  }
}

// Streamable HTTP refused with a 4xx the spec names: the server may speak the older HTTP+SSE transport.
function refusedAsOldServer(error: unknown): boolean {
  return error instanceof StreamableHTTPError && (error.code === 400 || error.code === 404 || error.code === 405);
}

/** One server: started on demand, its tools, its calls, stopped on request. */
export class McpConnection {
  state: McpServerState = 'stopped';
  tools: Tool[] = [];
  evidence: StartEvidence = newEvidence();
  private client: Client | undefined;
  private transport: LoggedTransport | undefined;
  private starting: Promise<void> | undefined;
  private stopping = false;

  constructor(
    readonly spec: McpServerSpec,
    private readonly deps: ConnectionDeps,
  ) {}

  /** Starts the server and lists its tools; resolves at once when it runs. Throws McpStartError. */
  start(): Promise<void> {
    if (this.state === 'running') return Promise.resolve();
    this.starting ??= this.connect().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async connect(): Promise<void> {
    this.evidence = newEvidence();
    this.stopping = false;
    this.setState('starting');
    this.deps.record({ kind: 'lifecycle', text: this.spec.type === 'stdio' ? `Starting ${[this.spec.command, ...this.spec.args].join(' ')}` : `Connecting to ${this.spec.url}` });
    try {
      await this.open();
      await this.listTools();
      this.setState('running');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.evidence.initError ??= message;
      if (error instanceof McpError && error.code === ErrorCode.RequestTimeout) this.evidence.timedOut = true;
      const version = /protocol version is not supported: (\S+)/.exec(message)?.[1];
      if (version) this.evidence.unsupportedVersion = version;
      await this.shut();
      this.setState('failed');
      this.deps.record({ kind: 'error', text: `Could not start: ${message}` });
      throw new McpStartError(message, this.evidence);
    }
  }

  private async open(): Promise<void> {
    const { spec } = this;
    if (spec.type === 'stdio') {
      const env = { ...getDefaultEnvironment(), PATH: await this.deps.pathEnv(), ...spec.env };
      this.evidence.pathUsed = env.PATH;
      this.evidence.transport = 'stdio';
      const watch = {
        stderr: (line: string) => {
          addStderr(this.evidence, line);
          this.deps.record({ kind: 'stderr', text: line });
        },
        noise: (line: string) => {
          addNoise(this.evidence, line);
          this.deps.record({ kind: 'stdout-noise', text: line });
        },
        exit: (code: number | null, signal: string | null) => this.exited(code, signal),
      };
      const transport = new StdioTransport({ command: spec.command ?? '', args: spec.args, env, ...(spec.cwd ? { cwd: spec.cwd } : {}) }, watch);
      return this.handshake(transport).catch((error: unknown) => {
        const e = error as NodeJS.ErrnoException;
        if (e?.syscall?.startsWith('spawn')) this.evidence.spawnError = { ...(e.code ? { code: e.code } : {}), message: e.message };
        throw error;
      });
    }
    const url = new URL(spec.url ?? '');
    const fetch = mcpFetch(this.deps.http, spec, (e) => this.evidence.http.push(e));
    const requestInit = { headers: spec.headers };
    if (spec.type === 'sse') {
      this.evidence.transport = 'sse';
      return this.handshake(new SSEClientTransport(url, { fetch, requestInit, eventSourceInit: { fetch } }));
    }
    try {
      this.evidence.transport = 'http';
      await this.handshake(new StreamableHTTPClientTransport(url, { fetch, requestInit }));
    } catch (error) {
      if (!refusedAsOldServer(error)) throw error;
      this.deps.record({ kind: 'lifecycle', text: `Streamable HTTP refused (${(error as StreamableHTTPError).code}); trying the older HTTP+SSE transport` });
      this.evidence.transport = 'sse';
      this.evidence.fellBack = true;
      await this.handshake(new SSEClientTransport(url, { fetch, requestInit, eventSourceInit: { fetch } }));
    }
  }

  private async handshake(inner: Transport): Promise<void> {
    const transport = new LoggedTransport(inner, (entry) => this.deps.record(entry), this.deps.now);
    const client = new Client({ name: 'Switchboard', version: this.deps.clientVersion }, { capabilities: {} });
    client.onclose = () => this.closed(client);
    this.client = client;
    this.transport = transport;
    await client.connect(transport, { timeout: this.deps.initTimeoutMs });
    const version = client.getServerVersion();
    if (version) this.evidence.serverInfo = { name: version.name, version: version.version };
    if (transport.protocolVersion) this.evidence.protocolVersion = transport.protocolVersion;
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => void this.listTools().then(() => this.deps.changed(), () => undefined));
  }

  private async listTools(): Promise<void> {
    const client = this.client!;
    const tools: Tool[] = [];
    try {
      let cursor: string | undefined;
      do {
        const page = await client.listTools(cursor ? { cursor } : undefined, { timeout: this.deps.initTimeoutMs });
        tools.push(...page.tools);
        cursor = page.nextCursor;
      } while (cursor);
    } catch (error) {
      this.evidence.toolsError = error instanceof Error ? error.message : String(error);
      throw error;
    }
    this.tools = tools;
  }

  /** Calls a tool; the JSON-RPC id of the request comes back with the result (to find it in the log). */
  async call(tool: string, args: Record<string, unknown>, signal: AbortSignal, link: NonNullable<McpLogEntry['link']>): Promise<{ result: CallToolResult; rpcId?: string }> {
    await this.start();
    const client = this.client!;
    const transport = this.transport!;
    transport.linkNext(link);
    // The SDK sends the request before its first await: the id read right after is this call's.
    const pending = client.callTool({ name: tool, arguments: args }, undefined, { signal, timeout: TOOL_TIMEOUT_MS, resetTimeoutOnProgress: true });
    const rpcId = transport.lastRequestId;
    const result = (await pending) as CallToolResult;
    return { result, ...(rpcId ? { rpcId } : {}) };
  }

  /** Stops the server (the process is ended; an HTTP session is closed). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.starting?.catch(() => undefined);
    await this.shut();
    if (this.state !== 'failed') this.setState('stopped');
  }

  private async shut(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.transport = undefined;
    await client?.close().catch(() => undefined);
  }

  private exited(code: number | null, signal: string | null): void {
    this.evidence.exit = { code, signal };
    this.deps.record({ kind: 'lifecycle', text: `Exited${code !== null ? ` with code ${code}` : ''}${signal ? ` (${signal})` : ''}`, ...(code ? { isError: true } : {}) });
  }

  private closed(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.transport = undefined;
    // Closed while running and not asked to: the server went away; the next use starts it again.
    if (this.state === 'running' && !this.stopping) {
      this.setState('failed');
      this.deps.record({ kind: 'error', text: 'The server closed the connection.' });
    }
  }

  private setState(state: McpServerState): void {
    if (this.state === state) return;
    this.state = state;
    this.deps.changed();
  }
}
