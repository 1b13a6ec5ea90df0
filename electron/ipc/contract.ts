/**
 * The one typed contract between windows and the main process: the shared wire types, a request and
 * response type per channel, and a zod schema that validates what arrives. Imports neither node,
 * electron nor the core: only electron/shared and zod.
 */
import * as z from 'zod/mini';
import './zod-setup';
import type { ZodMiniType } from 'zod/mini';
import type { AppInfo, BackupInfo } from '../shared/app-info';
import type { CauseId, CauseInfo } from '../shared/causes';
import type { Conversation, ConversationSummary, SearchHit, TurnIds } from '../shared/chat';
import type { DoctorReport } from '../shared/doctor';
import { LOG_LEVELS, type Exchange, type NetlogSettings } from '../shared/exchange';
import { KEY_FIXES, type KeyFix, type KeyStatus } from '../shared/keys';
import type { ModelList, ProviderView, UrlPreview } from '../shared/provider';
import { PROTOCOLS, type Protocol } from '../shared/protocols';
import type { PushEvents } from '../shared/push';
import type { AttachmentRef } from '../shared/attachments';
import type { Comparison } from '../shared/compare';
import { PROXY_MODES, type ProxyMode, type ProxyView } from '../shared/proxy';
import { LANGUAGES, THEMES, type Preferences, type SavedPrompt } from '../shared/preferences';
import { MCP_TRANSPORTS, type McpCauseInfo, type McpLogEntry, type McpReport, type McpServerInput, type McpServerView } from '../shared/mcp';
import { TOOL_APPROVALS, TOOL_DECISIONS, type ToolApproval, type ToolDecision } from '../shared/tools';
import { lazySchemas } from './lazy-schemas';

/** An error as it crosses the boundary: a value, never a rejected promise. */
export interface IpcError {
  code: string;
  message: string;
  causes?: CauseId[];
}

/** Every handler's answer. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

type Empty = Record<string, never>;

/** Request/response channels. */
export interface Invoke {
  'app:info': { req: Empty; res: AppInfo };
  'providers:list': { req: Empty; res: { providers: ProviderView[] } };
  'providers:update': {
    req: { providerId: string; name?: string; baseUrl?: string; model?: string; protocol?: Protocol | ''; headers?: Record<string, string | null>; timeouts?: { firstByteS?: number; idleS?: number } | '' };
    res: ProviderView;
  };
  /** Defines a provider of any protocol; its id comes from the name. */
  'providers:add': { req: { name: string; protocol: Protocol; baseUrl: string }; res: ProviderView };
  /** Removes a user-defined provider with its settings and key (presets cannot be removed). */
  'providers:remove': { req: { providerId: string }; res: { removed: boolean } };
  /** User-defined providers and changed presets as a file to share: no keys, no header values. */
  'providers:export': { req: Empty; res: { text: string; filename: string } };
  'providers:import': { req: { text: string }; res: { added: number; updated: number } };
  'models:list': { req: { providerId: string; refresh?: boolean }; res: ModelList };
  'keys:set': { req: { providerId: string; key: string; allowWeak?: boolean }; res: KeyStatus };
  'keys:fix': { req: { providerId: string; fix: KeyFix | 'all' }; res: KeyStatus };
  'keys:delete': { req: { providerId: string }; res: KeyStatus };
  'keys:persist-weak': { req: { providerId: string }; res: KeyStatus };
  'providers:test': { req: { providerId: string }; res: DoctorReport };
  'providers:preview': { req: { providerId: string; baseUrl: string; protocol?: Protocol | '' }; res: UrlPreview };
  /** With `withLatest`, the newest conversation comes whole with the list: a window opening on it needs one round trip, not two. */
  'conversations:list': { req: { limit?: number; withLatest?: boolean }; res: { conversations: ConversationSummary[]; total: number; latest?: Conversation } };
  'conversations:search': { req: { query: string }; res: { hits: SearchHit[] } };
  'conversations:export': { req: { id?: string; format: 'json' | 'md' }; res: { text: string; filename: string } };
  'conversations:import': { req: { text: string; format?: 'switchboard' | 'chatgpt' }; res: { imported: number; skipped: number } };
  'conversations:get': { req: { id: string }; res: Conversation };
  'conversations:create': { req: { providerId?: string; model?: string }; res: Conversation };
  'conversations:update': {
    req: { id: string; title?: string; providerId?: string; model?: string; system?: string; params?: { temperature?: number | null; maxTokens?: number | null } };
    res: Conversation;
  };
  'conversations:delete': { req: { id: string }; res: { deleted: boolean } };
  'chat:send': { req: { conversationId: string; text: string; attachments?: AttachmentRef[] }; res: TurnIds };
  /** Adds a file (base64) to the attachment store: checked, kept by hash, prepared; described back. */
  'attachments:add': { req: { name: string; mime: string; data: string }; res: AttachmentRef };
  /** A stored file or its thumbnail, for showing it. */
  'attachments:read': { req: { id: string; variant: 'original' | 'thumb' }; res: { mime: string; base64: string } };
  'chat:abort': { req: { requestId: string }; res: { aborted: boolean } };
  'chat:regenerate': { req: { conversationId: string; messageId: string }; res: TurnIds };
  'chat:edit': { req: { conversationId: string; messageId: string; text: string }; res: TurnIds };
  'chat:switch-branch': { req: { conversationId: string; messageId: string }; res: Conversation };
  'history:backups': { req: Empty; res: { backups: BackupInfo[] } };
  'history:backup-now': { req: Empty; res: BackupInfo };
  'history:restore': { req: { file: string }; res: { keptAs: string } };
  'netlog:list': { req: Empty; res: { entries: Exchange[] } };
  'netlog:get': { req: { id: string }; res: Exchange };
  'netlog:clear': { req: Empty; res: { cleared: number } };
  'netlog:settings': { req: Partial<NetlogSettings>; res: NetlogSettings };
  'netlog:har': { req: { ids?: string[] }; res: { har: string; count: number } };
  /** Redacted curl; with `withKey` the real key goes to the clipboard in main, never back to the window. */
  'netlog:curl': { req: { id: string; withKey?: boolean }; res: { curl?: string; copied: boolean } };
  'causes:catalog': { req: Empty; res: { causes: CauseInfo[]; mcp: McpCauseInfo[] } };
  /** Two exchanges side by side: `b` another exchange, or an entry of a HAR file (`har`, `entry` from 1; by default the one matching `a`). */
  'netlog:compare': { req: { a: string; b?: string; har?: string; entry?: number }; res: { comparison: Comparison; a: Exchange; b: Exchange } };
  /** A diagnostic bundle (no secrets) for a provider and/or exchanges: its text to preview and save. */
  'diagnostics:bundle': { req: { providerId?: string; exchangeIds?: string[] }; res: { text: string; filename: string; summary: string[] } };
  'prefs:get': { req: Empty; res: Preferences };
  'prefs:set': { req: Partial<Preferences>; res: Preferences };
  'prompts:list': { req: Empty; res: { prompts: SavedPrompt[] } };
  /** Adds a prompt (no id) or replaces one (with its id). */
  'prompts:save': { req: Omit<SavedPrompt, 'id'> & { id?: string }; res: SavedPrompt };
  'prompts:delete': { req: { id: string }; res: { deleted: boolean } };
  'proxy:get': { req: Empty; res: ProxyView };
  /** `url` may carry `user:pass@`: the credentials are stored encrypted and never come back. */
  'proxy:set': { req: { mode: ProxyMode; url?: string; bypass?: string }; res: ProxyView };
  /** MCP servers with their state, tools and masked secrets. */
  'mcp:list': { req: Empty; res: { servers: McpServerView[] } };
  /** Adds (no id) or changes a server; secret values are write-only. */
  'mcp:save': { req: McpServerInput; res: { servers: McpServerView[] } };
  'mcp:remove': { req: { id: string }; res: { servers: McpServerView[] } };
  /** Imports an `mcpServers` file (Claude Desktop, Cursor, Cherry Studio). */
  'mcp:import': { req: { text: string }; res: { added: string[]; replaced: string[]; problems: string[]; servers: McpServerView[] } };
  'mcp:start': { req: { id: string }; res: { servers: McpServerView[] } };
  'mcp:stop': { req: { id: string }; res: { servers: McpServerView[] } };
  /** The MCP doctor: one server, or every one. */
  'mcp:test': { req: { id?: string }; res: McpReport };
  'mcp:update': { req: { id: string; approval?: ToolApproval; enabled?: boolean }; res: { servers: McpServerView[] } };
  'mcp:set-tool': { req: { id: string; tool: string; enabled?: boolean; alwaysAllowed?: boolean }; res: { servers: McpServerView[] } };
  'mcp:persist-weak': { req: { id: string }; res: { servers: McpServerView[] } };
  /** Every JSON-RPC message, stderr line and lifecycle event with MCP servers (redacted). */
  'mcp:log': { req: Empty; res: { entries: McpLogEntry[] } };
  'mcp:clear-log': { req: Empty; res: { cleared: boolean } };
  /** The user's answer to a tool call waiting for approval. */
  'tools:decide': { req: { messageId: string; callId: string; decision: ToolDecision }; res: { decided: boolean } };
}

/** Main-to-window events (the core's, see electron/shared/events). */
export type Push = PushEvents;

/** A channel name of Invoke. */
export type InvokeChannel = keyof Invoke;
/** A channel name of Push. */
export type PushChannel = keyof Push;

const id = z.string().check(z.minLength(1), z.maxLength(200));
const providerId = z.string().check(z.minLength(1), z.maxLength(60));
const protocol = z.enum(PROTOCOLS);
const empty = z.strictObject({});
const attachmentId = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const attachmentRef = () =>
  z.strictObject({
    id: attachmentId,
    name: z.string().check(z.minLength(1), z.maxLength(500)),
    mime: z.string().check(z.maxLength(200)),
    size: z.int().check(z.minimum(0)),
    kind: z.enum(['image', 'pdf', 'docx', 'text']),
    width: z.optional(z.int()),
    height: z.optional(z.int()),
    pages: z.optional(z.int()),
    chars: z.optional(z.int()),
    note: z.optional(z.enum(['no-text', 'text-truncated'])),
  });
const headerName = z.string().check(z.regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'not a valid header name'));
const envName = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'not a valid variable name'));
const serverId = z.string().check(z.minLength(1), z.maxLength(48));
const values = <K extends z.ZodMiniString>(key: K) => z.optional(z.record(key, z.string().check(z.maxLength(20_000))));
const mcpServerInput = () =>
  z.strictObject({
    id: z.optional(serverId),
    name: z.string().check(z.minLength(1), z.maxLength(80)),
    type: z.enum(MCP_TRANSPORTS),
    command: z.optional(z.string().check(z.maxLength(4000))),
    args: z.optional(z.array(z.string().check(z.maxLength(4000))).check(z.maxLength(200))),
    cwd: z.optional(z.string().check(z.maxLength(4000))),
    env: values(envName),
    url: z.optional(z.string().check(z.maxLength(4000))),
    headers: values(headerName),
    approval: z.enum(TOOL_APPROVALS),
    enabled: z.boolean(),
    disabledTools: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000))),
    allowedTools: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000))),
    secretEnvValues: values(envName),
    secretHeaderValues: values(headerName),
    keepSecretEnv: z.optional(z.array(envName).check(z.maxLength(200))),
    keepSecretHeaders: z.optional(z.array(headerName).check(z.maxLength(200))),
  });

// Each channel's schema is built when its first call arrives, not when the contract loads: building
// all sixty (zod makes an object per check) held every start of the preview and the app ~10 ms
// before the first call could be answered. Every call is still validated.
/** A schema builder per Invoke channel; a missing one fails to compile. */
const schemaBuilders = {
  'app:info': () => empty,
  'providers:list': () => empty,
  'providers:update': () =>
    z.strictObject({
      providerId,
      name: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
      baseUrl: z.optional(z.string().check(z.maxLength(2000))),
      model: z.optional(z.string().check(z.maxLength(300))),
      protocol: z.optional(z.union([protocol, z.literal('')])),
      // A value sets a header (stored encrypted), null removes it.
      headers: z.optional(z.record(headerName, z.nullable(z.string().check(z.maxLength(4000))))),
      timeouts: z.optional(z.union([z.strictObject({ firstByteS: z.optional(z.number().check(z.positive(), z.maximum(3600))), idleS: z.optional(z.number().check(z.positive(), z.maximum(3600))) }), z.literal('')])),
    }),
  'providers:add': () => z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(80)), protocol, baseUrl: z.string().check(z.maxLength(2000)) }),
  'providers:remove': () => z.strictObject({ providerId }),
  'providers:export': () => empty,
  'providers:import': () => z.strictObject({ text: z.string().check(z.maxLength(5_000_000)) }),
  'models:list': () => z.strictObject({ providerId, refresh: z.optional(z.boolean()) }),
  'keys:set': () => z.strictObject({ providerId, key: z.string().check(z.maxLength(10_000)), allowWeak: z.optional(z.boolean()) }),
  'keys:fix': () => z.strictObject({ providerId, fix: z.enum([...KEY_FIXES, 'all']) }),
  'keys:delete': () => z.strictObject({ providerId }),
  'keys:persist-weak': () => z.strictObject({ providerId }),
  'providers:test': () => z.strictObject({ providerId }),
  'providers:preview': () => z.strictObject({ providerId, baseUrl: z.string().check(z.maxLength(2000)), protocol: z.optional(z.union([protocol, z.literal('')])) }),
  'conversations:list': () => z.strictObject({ limit: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))), withLatest: z.optional(z.boolean()) }),
  'conversations:search': () => z.strictObject({ query: z.string().check(z.maxLength(1000)) }),
  'conversations:export': () => z.strictObject({ id: z.optional(id), format: z.enum(['json', 'md']) }),
  'conversations:import': () => z.strictObject({ text: z.string().check(z.maxLength(500_000_000)), format: z.optional(z.enum(['switchboard', 'chatgpt'])) }),
  'conversations:get': () => z.strictObject({ id }),
  'conversations:create': () => z.strictObject({ providerId: z.optional(providerId), model: z.optional(z.string().check(z.maxLength(300))) }),
  'conversations:update': () =>
    z.strictObject({
      id,
      title: z.optional(z.string().check(z.maxLength(300))),
      providerId: z.optional(providerId),
      model: z.optional(z.string().check(z.maxLength(300))),
      system: z.optional(z.string().check(z.maxLength(100_000))),
      // null clears a setting back to the provider's default.
      params: z.optional(z.strictObject({ temperature: z.optional(z.nullable(z.number().check(z.minimum(0), z.maximum(2)))), maxTokens: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(1_000_000)))) })),
    }),
  'conversations:delete': () => z.strictObject({ id }),
  'chat:send': () => z.strictObject({ conversationId: id, text: z.string().check(z.maxLength(1_000_000)), attachments: z.optional(z.array(attachmentRef()).check(z.maxLength(20))) }),
  // Base64 of the largest allowed file (50 MB) is 4/3 of it.
  'attachments:add': () => z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(500)), mime: z.string().check(z.maxLength(200)), data: z.string().check(z.maxLength(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4)) }),
  'attachments:read': () => z.strictObject({ id: attachmentId, variant: z.enum(['original', 'thumb']) }),
  'chat:abort': () => z.strictObject({ requestId: id }),
  'chat:regenerate': () => z.strictObject({ conversationId: id, messageId: id }),
  'chat:edit': () => z.strictObject({ conversationId: id, messageId: id, text: z.string().check(z.minLength(1), z.maxLength(1_000_000)) }),
  'chat:switch-branch': () => z.strictObject({ conversationId: id, messageId: id }),
  'history:backups': () => empty,
  'history:backup-now': () => empty,
  'history:restore': () => z.strictObject({ file: z.string().check(z.minLength(1), z.maxLength(4000)) }),
  'netlog:list': () => empty,
  'netlog:get': () => z.strictObject({ id }),
  'netlog:clear': () => empty,
  'netlog:settings': () =>
    z.strictObject({
      level: z.optional(z.enum(LOG_LEVELS)),
      maxEntries: z.optional(z.int().check(z.minimum(10), z.maximum(100_000))),
      maxBodyChars: z.optional(z.int().check(z.minimum(0), z.maximum(50_000_000))),
    }),
  'netlog:har': () => z.strictObject({ ids: z.optional(z.array(id).check(z.maxLength(100_000))) }),
  'netlog:curl': () => z.strictObject({ id, withKey: z.optional(z.boolean()) }),
  'causes:catalog': () => empty,
  'netlog:compare': () => z.strictObject({ a: id, b: z.optional(id), har: z.optional(z.string().check(z.maxLength(200_000_000))), entry: z.optional(z.int().check(z.minimum(1))) }),
  'diagnostics:bundle': () => z.strictObject({ providerId: z.optional(providerId), exchangeIds: z.optional(z.array(id).check(z.maxLength(200))) }),
  'prefs:get': () => empty,
  'prefs:set': () => z.strictObject({ theme: z.optional(z.enum(THEMES)), language: z.optional(z.enum(LANGUAGES)) }),
  'prompts:list': () => empty,
  'prompts:save': () =>
    z.strictObject({
      id: z.optional(id),
      name: z.string().check(z.minLength(1), z.maxLength(80)),
      text: z.optional(z.string().check(z.maxLength(100_000))),
      system: z.optional(z.string().check(z.maxLength(100_000))),
      providerId: z.optional(providerId),
      model: z.optional(z.string().check(z.maxLength(300))),
      params: z.optional(z.strictObject({ temperature: z.optional(z.number().check(z.minimum(0), z.maximum(2))), maxTokens: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))) })),
    }),
  'prompts:delete': () => z.strictObject({ id }),
  'proxy:get': () => empty,
  'proxy:set': () => z.strictObject({ mode: z.enum(PROXY_MODES), url: z.optional(z.string().check(z.maxLength(2000))), bypass: z.optional(z.string().check(z.maxLength(4000))) }),
  'mcp:list': () => empty,
  'mcp:save': mcpServerInput,
  'mcp:remove': () => z.strictObject({ id: serverId }),
  'mcp:import': () => z.strictObject({ text: z.string().check(z.maxLength(5_000_000)) }),
  'mcp:start': () => z.strictObject({ id: serverId }),
  'mcp:stop': () => z.strictObject({ id: serverId }),
  'mcp:test': () => z.strictObject({ id: z.optional(serverId) }),
  'mcp:update': () => z.strictObject({ id: serverId, approval: z.optional(z.enum(TOOL_APPROVALS)), enabled: z.optional(z.boolean()) }),
  'mcp:set-tool': () => z.strictObject({ id: serverId, tool: z.string().check(z.minLength(1), z.maxLength(200)), enabled: z.optional(z.boolean()), alwaysAllowed: z.optional(z.boolean()) }),
  'mcp:persist-weak': () => z.strictObject({ id: serverId }),
  'mcp:log': () => empty,
  'mcp:clear-log': () => empty,
  'tools:decide': () => z.strictObject({ messageId: id, callId: z.string().check(z.minLength(1), z.maxLength(300)), decision: z.enum(TOOL_DECISIONS) }),
} satisfies Record<InvokeChannel, () => ZodMiniType>;

/** A schema per Invoke channel, each built on first use. */
export const schemas = lazySchemas(schemaBuilders);

/** Channel names, for registering handlers. */
export const INVOKE_CHANNELS = Object.keys(schemas) as InvokeChannel[];

