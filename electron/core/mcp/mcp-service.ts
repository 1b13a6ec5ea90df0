import type { McpLogEntry, McpReport, McpServerReport, McpServerState, McpToolInfo } from '../../shared/mcp';
import type { Clock } from '../clock';
import { SecretSet } from '../net/secret-set';
import type { RecordingFetch } from '../net/recording-fetch';
import type { WireTool } from '../providers/types';
import type { McpLogRecord } from './logged-transport';
import type { McpConnection } from './mcp-connection';
import { diagnoseStart } from './mcp-diagnosis';
import { capText, type McpLog } from './mcp-log';
import type { McpServerSpec } from './server-spec';
import { offeredNames } from './tool-names';

/** What the MCP client needs from its host. */
export interface McpServiceDeps {
  /** The servers as configured now, secrets filled in. */
  servers(): Promise<McpServerSpec[]>;
  http: RecordingFetch;
  log: McpLog;
  clock: Clock;
  newId(): string;
  /** The PATH stdio servers start with. */
  pathEnv(): Promise<string>;
  clientVersion: string;
  /** How long a server may take to answer initialize (and tools/list). */
  initTimeoutMs?: number;
  /** A server's state or tools changed. */
  changed?(): void;
}

/** A tool as offered: the model's name for it, and where it lives. */
export interface OfferedTool extends WireTool {
  serverId: string;
  server: string;
  tool: string;
}

/** Where a server stands, for the settings. */
export interface McpServerStatus {
  state: McpServerState;
  problem?: { message: string; causes: string[] };
  tools: McpToolInfo[];
  serverInfo?: { name: string; version: string; protocolVersion?: string };
  stdoutNoise?: string[];
}

/** Enough for a slow first `npx` download of a small server, short enough to say something is wrong. */
export const DEFAULT_INIT_TIMEOUT_MS = 30_000;
/** A server that failed to start is not tried again by chats for this long (Start, Test or a change do). */
export const RETRY_AFTER_MS = 5 * 60_000;

/**
 * The MCP client: servers started on demand (each once, shared by every chat), their tools offered
 * under prefixed names, calls routed to their server, failures diagnosed, everything logged.
 */
export class McpService {
  private readonly connections = new Map<string, { spec: string; connection: McpConnection; failedAt?: number }>();
  private readonly problems = new Map<string, { message: string; causes: string[] }>();
  private offered = new Map<string, OfferedTool>();

  constructor(private readonly deps: McpServiceDeps) {}

  /** The log of every message exchanged with servers. */
  get log(): McpLog {
    return this.deps.log;
  }

  /**
   * Starts every enabled server not yet running and returns the tools to offer. A server that failed
   * to start keeps its problem and is left out; chats do not wait for it again for RETRY_AFTER_MS.
   */
  async offer(): Promise<OfferedTool[]> {
    const specs = (await this.deps.servers()).filter((s) => s.enabled);
    const started = await Promise.all(specs.map(async (spec) => ((await this.ensure(spec, { backOff: true })) ? spec : undefined)));
    const pairs = started.flatMap((spec) => (spec ? this.connectionOf(spec.id)!.tools.filter((t) => !spec.disabledTools.includes(t.name)).map((tool) => ({ spec, tool })) : []));
    const names = offeredNames(pairs.map((p) => ({ server: p.spec.name, tool: p.tool.name })));
    const offered = pairs.map(({ spec, tool }, i): OfferedTool => ({ name: names[i]!, description: tool.description ?? tool.title ?? tool.name, parameters: tool.inputSchema as Record<string, unknown>, serverId: spec.id, server: spec.name, tool: tool.name }));
    this.offered = new Map(offered.map((t) => [t.name, t]));
    return offered;
  }

  /** The tool offered under this name in the last offer. */
  find(offeredName: string): OfferedTool | undefined {
    return this.offered.get(offeredName);
  }

  /** The running connection of a server (started when needed). */
  async connection(serverId: string): Promise<McpConnection | undefined> {
    const spec = (await this.deps.servers()).find((s) => s.id === serverId);
    if (!spec || !(await this.ensure(spec))) return undefined;
    return this.connectionOf(serverId);
  }

  /** Each server's state, problem and tools. */
  async statuses(): Promise<Map<string, McpServerStatus>> {
    const out = new Map<string, McpServerStatus>();
    for (const spec of await this.deps.servers()) {
      const connection = this.connectionOf(spec.id);
      const names = offeredNames((connection?.tools ?? []).map((t) => ({ server: spec.name, tool: t.name })));
      const e = connection?.evidence;
      out.set(spec.id, {
        state: connection?.state ?? 'stopped',
        ...(this.problems.get(spec.id) && connection?.state === 'failed' ? { problem: this.problems.get(spec.id)! } : {}),
        tools: (connection?.tools ?? []).map((t, i) => ({ name: t.name, ...(t.description ? { description: t.description } : {}), offeredAs: names[i]!, enabled: !spec.disabledTools.includes(t.name), alwaysAllowed: spec.allowedTools.includes(t.name), inputSchema: t.inputSchema as Record<string, unknown> })),
        ...(e?.serverInfo ? { serverInfo: { ...e.serverInfo, ...(e.protocolVersion ? { protocolVersion: e.protocolVersion } : {}) } } : {}),
        ...(e?.noise.length ? { stdoutNoise: [...e.noise] } : {}),
      });
    }
    return out;
  }

  /** Starts a server (again) now, e.g. after its settings changed. */
  async restart(serverId: string): Promise<void> {
    await this.stop(serverId);
    await this.connection(serverId);
  }

  /** Stops a server; its next use starts it again. */
  async stop(serverId: string): Promise<void> {
    const entry = this.connections.get(serverId);
    this.connections.delete(serverId);
    this.problems.delete(serverId);
    await entry?.connection.stop();
    this.deps.changed?.();
  }

  /** Stops every server (quitting). */
  async closeAll(): Promise<void> {
    const all = [...this.connections.values()];
    this.connections.clear();
    await Promise.all(all.map((e) => e.connection.stop()));
  }

  /** Starts each server afresh (apart from the running ones) and reports what works and what does not. */
  async doctor(serverIds?: readonly string[]): Promise<McpReport> {
    const specs = (await this.deps.servers()).filter((s) => !serverIds || serverIds.includes(s.id));
    const servers = await Promise.all(specs.map((spec) => this.check(spec)));
    return { ok: servers.every((s) => s.ok), servers };
  }

  private async check(spec: McpServerSpec): Promise<McpServerReport> {
    const connection = await this.create(spec);
    try {
      await connection.start();
    } catch {
      // The evidence says why; the report reads it.
    } finally {
      await connection.stop();
    }
    const e = connection.evidence;
    return diagnoseStart(spec, e, { initialized: !!e.serverInfo, ...(e.serverInfo && !e.toolsError ? { toolNames: connection.tools.map((t) => t.name) } : {}) });
  }

  private connectionOf(serverId: string): McpConnection | undefined {
    return this.connections.get(serverId)?.connection;
  }

  // The server's connection, started; a changed configuration replaces it. False when it failed.
  private async ensure(spec: McpServerSpec, options: { backOff?: boolean } = {}): Promise<boolean> {
    const key = JSON.stringify(spec);
    let entry = this.connections.get(spec.id);
    if (entry && entry.spec !== key) {
      await entry.connection.stop();
      entry = undefined;
    }
    if (options.backOff && entry?.failedAt !== undefined && this.deps.clock.now() - entry.failedAt < RETRY_AFTER_MS) return false;
    if (!entry) {
      entry = { spec: key, connection: await this.create(spec) };
      this.connections.set(spec.id, entry);
    }
    try {
      await entry.connection.start();
      this.problems.delete(spec.id);
      delete entry.failedAt;
      return true;
    } catch {
      entry.failedAt = this.deps.clock.now();
      const report = diagnoseStart(spec, entry.connection.evidence, { initialized: !!entry.connection.evidence.serverInfo });
      const failed = report.checks.find((c) => c.status === 'fail');
      this.problems.set(spec.id, { message: failed?.message ?? 'The server did not start.', causes: report.causes });
      this.deps.changed?.();
      return false;
    }
  }

  private async create(spec: McpServerSpec): Promise<McpConnection> {
    // Loaded on first use: the SDK is not needed until a server starts.
    const { McpConnection } = await import('./mcp-connection');
    const secrets = new SecretSet(spec.secrets);
    const record = (entry: McpLogRecord) => {
      const capped = capText(secrets.scrub(entry.text));
      const full: McpLogEntry = { ...entry, ...capped, id: this.deps.newId(), serverId: spec.id, server: spec.name, at: this.deps.clock.now() };
      this.deps.log.add(full);
    };
    return new McpConnection(spec, {
      http: this.deps.http,
      pathEnv: this.deps.pathEnv,
      record,
      now: () => this.deps.clock.now(),
      initTimeoutMs: this.deps.initTimeoutMs ?? DEFAULT_INIT_TIMEOUT_MS,
      clientVersion: this.deps.clientVersion,
      changed: () => this.deps.changed?.(),
    });
  }
}
