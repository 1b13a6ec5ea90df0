import { existsSync } from 'node:fs';
import type { AppInfo, Transport } from '../shared/app-info';
import type { PushSink } from '../shared/push';
import { describeApp } from './app-info';
import { ChatService } from './chat/chat-service';
import { ConversationService } from './chat/conversation-service';
import { HistoryService } from './history/history-service';
import { randomId, systemClock, type Clock } from './clock';
import type { Cipher } from './keys/cipher';
import { KeyService } from './keys/key-service';
import { KeyVault } from './keys/vault';
import { HeaderSecrets } from './keys/header-secrets';
import { NetlogService, readNetlogSettings } from './net/netlog-service';
import { RecordingFetch, type FetchLike, type NetworkRoute } from './net/recording-fetch';
import { ProxyService } from './net/proxy-service';
import { PreferencesService } from './settings/preferences-service';
import { AttachmentService } from './attachments/attachment-service';
import { ProxyState } from './net/proxy-state';
import { SYSTEM_PROXY } from './net/proxy';
import type { ProxyView } from '../shared/proxy';
import { summarizeExchange } from './net/summary';
import { WireLog } from './net/wire-log';
import { ProviderService } from './providers/provider-service';
import { ProviderSettings } from './providers/provider-settings';
import { ProviderCatalog } from './providers/catalog';
import type { KeyValueStore } from './settings/kv';
import { migrateSettings } from './settings/settings-format';
import { McpLog } from './mcp/mcp-log';
import { McpService } from './mcp/mcp-service';
import { McpSettings } from './mcp/mcp-settings';
import { McpAdmin } from './mcp/mcp-admin';
import { ApprovalBroker } from './mcp/approval-broker';
import { McpToolHost } from './mcp/mcp-tool-host';

/** Everything the core needs from its host (Electron, the web preview, the CLI, tests). */
export interface CoreDeps {
  fetch: FetchLike;
  cipher: Cipher;
  store: KeyValueStore;
  dataDir: string;
  env: Readonly<Record<string, string | undefined>>;
  transport: Transport;
  version: string;
  push: PushSink;
  clock?: Clock;
  newId?: () => string;
  /** Problems found while opening storage (a settings file set aside), shown to the user. */
  startupProblems?: string[];
  /** Main-process clipboard (Electron); without it, curl with the real key is refused. */
  writeClipboard?: (text: string) => void;
  /** The proxy in effect, shared with the transport; and which proxy each request takes. */
  network?: { state: ProxyState; route: NetworkRoute; systemMeans: ProxyView['systemMeans'] };
  /** The PATH stdio MCP servers start with (the desktop app reads the login shell's); default: env PATH. */
  pathEnv?: () => Promise<string>;
  /** How long an MCP server may take to answer initialize. */
  mcpInitTimeoutMs?: number;
}

/** The assembled core: the services the transports' handlers call. */
export interface Core {
  info(): Promise<AppInfo>;
  providers: ProviderService;
  keys: KeyService;
  conversations: ConversationService;
  chat: ChatService;
  netlog: NetlogService;
  wireLog: WireLog;
  http: RecordingFetch;
  vault: KeyVault;
  history: HistoryService;
  proxy: ProxyService;
  preferences: PreferencesService;
  attachments: AttachmentService;
  mcp: McpAdmin;
  /** Stops running answers (saving what arrived), then closes the history. */
  close(): Promise<void>;
}

/**
 * The daily backup, started on the next turn of the event loop (a large history is copied on a
 * thread of its own, so the first calls are answered meanwhile); none is taken if the core closes
 * first or its data folder was removed meanwhile (the snapshot would create the folder again).
 * `done` settles once it is over, or at once when cancelled.
 */
function deferBackup(history: HistoryService, dataDir: string): { done: Promise<void>; cancel(): void } {
  let settle: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (settle = resolve));
  const timer = setImmediate(() => {
    if (existsSync(dataDir)) void history.backupIfDue().then(settle);
    else settle();
  });
  return {
    done,
    cancel() {
      clearImmediate(timer);
      settle();
    },
  };
}

/** Wires the core's services from their seams. Never touches Electron or a transport. */
export function createCore(deps: CoreDeps): Core {
  // Before anything reads the settings: bring an older file up to the current format.
  migrateSettings(deps.store);
  const clock = deps.clock ?? systemClock;
  const newId = deps.newId ?? randomId;
  const wireLog = new WireLog(readNetlogSettings(deps.store));
  const http = new RecordingFetch(deps.fetch, wireLog, clock, newId, deps.network?.route);
  const vault = new KeyVault(deps.cipher, deps.store, deps.env, () => clock.now());
  const proxy = new ProxyService({ store: deps.store, vault, state: deps.network?.state ?? new ProxyState(), systemMeans: deps.network?.systemMeans ?? 'env' });
  // A proxy setting that cannot be read must not stop the app: it falls back to the system's.
  void proxy.load().catch(() => deps.network?.state.set(SYSTEM_PROXY));
  const headerSecrets = new HeaderSecrets(vault);
  const catalog = new ProviderCatalog(deps.store);
  const providers = new ProviderService({ catalog, settings: new ProviderSettings(deps.store, catalog), vault, headers: headerSecrets, http, clock });
  const history = new HistoryService(deps.dataDir, () => clock.now());
  const attachments = new AttachmentService(deps.dataDir);
  // The daily snapshot (a few ms of copying) waits for the event loop's next turn, so the calls the
  // window makes first are not held behind it; app:info, which reports a failed backup, awaits it.
  const backup = deferBackup(history, deps.dataDir);
  const mcpSettings = new McpSettings(deps.store, vault);
  const mcp = new McpService({
    servers: () => mcpSettings.specs(),
    http,
    log: new McpLog(),
    clock,
    newId,
    pathEnv: deps.pathEnv ?? (async () => deps.env.PATH ?? ''),
    clientVersion: deps.version,
    ...(deps.mcpInitTimeoutMs ? { initTimeoutMs: deps.mcpInitTimeoutMs } : {}),
    changed: () => deps.push('mcp:changed', { at: clock.now() }),
  });
  const approvals = new ApprovalBroker();
  const tools = new McpToolHost({
    mcp,
    servers: () => mcpSettings.specs(),
    approval: { ask: (request, signal) => approvals.ask(request, signal) },
    alwaysAllow: async (id, tool) => void mcpSettings.update(id, { allowedTools: [...new Set([...(mcpSettings.get(id).allowedTools ?? []), tool])] }),
    now: () => clock.now(),
  });
  const stopMcpLog = mcp.log.subscribe((entry) => deps.push('mcp:log', entry));
  const chat = new ChatService({
    history: () => history.store,
    http,
    resolveTarget: (providerId, model) => providers.target(providerId, model),
    listModelIds: (providerId) => providers.modelIds(providerId),
    onDelta: (delta) => deps.push('chat:delta', delta),
    onDone: (event) => deps.push('chat:done', event),
    onStep: (event) => deps.push('chat:step', event),
    tools,
    newId,
    clock,
    partOf: (ref, protocol) => attachments.part(ref, protocol),
  });
  const conversations = new ConversationService({ history, chat, providers, clock, newId });
  const netlog = new NetlogService({ wireLog, store: deps.store, version: deps.version, target: (id) => providers.target(id), ...(deps.writeClipboard ? { writeClipboard: deps.writeClipboard } : {}) });
  const unsubscribe = wireLog.subscribe((event) => {
    if (event.kind === 'upsert') deps.push('netlog:entry', summarizeExchange(event.exchange));
    else deps.push('netlog:cleared', { at: clock.now() });
  });
  return {
    info: async () => (await backup.done, describeApp({ version: deps.version, transport: deps.transport, cipher: deps.cipher, dataDir: deps.dataDir, problems: [...(deps.startupProblems ?? []), ...history.problems] })),
    providers,
    keys: new KeyService(vault, headerSecrets, (id) => providers.headerNames(id), (id) => providers.preset(id)),
    conversations,
    chat,
    history,
    proxy,
    preferences: new PreferencesService(deps.store, newId),
    attachments,
    mcp: new McpAdmin(mcpSettings, mcp, approvals),
    netlog,
    wireLog,
    http,
    vault,
    async close() {
      backup.cancel();
      await chat.abortAll();
      await mcp.closeAll();
      stopMcpLog();
      unsubscribe();
      await history.closeAfterCopies();
    },
  };
}
