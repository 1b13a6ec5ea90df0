/**
 * The one typed contract between windows and the main process: the shared wire types, a request and
 * response type per channel, and a zod schema that validates what arrives. Imports neither node,
 * electron nor the core: only electron/shared and zod.
 */
import * as z from 'zod';
import type { ZodType } from 'zod';
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

const id = z.string().min(1).max(200);
const providerId = z.string().min(1).max(60);
const protocol = z.enum(PROTOCOLS);
const empty = z.object({}).strict();
const attachmentId = z.string().regex(/^[0-9a-f]{64}$/);
const attachmentRef = () =>
  z
    .object({
      id: attachmentId,
      name: z.string().min(1).max(500),
      mime: z.string().max(200),
      size: z.number().int().min(0),
      kind: z.enum(['image', 'pdf', 'docx', 'text']),
      width: z.number().int().optional(),
      height: z.number().int().optional(),
      pages: z.number().int().optional(),
      chars: z.number().int().optional(),
      note: z.enum(['no-text', 'text-truncated']).optional(),
    })
    .strict();
const headerName = z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'not a valid header name');
const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'not a valid variable name');
const serverId = z.string().min(1).max(48);
const values = <K extends z.ZodString>(key: K) => z.record(key, z.string().max(20_000)).optional();
const mcpServerInput = () =>
  z
    .object({
      id: serverId.optional(),
      name: z.string().min(1).max(80),
      type: z.enum(MCP_TRANSPORTS),
      command: z.string().max(4000).optional(),
      args: z.array(z.string().max(4000)).max(200).optional(),
      cwd: z.string().max(4000).optional(),
      env: values(envName),
      url: z.string().max(4000).optional(),
      headers: values(headerName),
      approval: z.enum(TOOL_APPROVALS),
      enabled: z.boolean(),
      disabledTools: z.array(z.string().max(200)).max(1000).optional(),
      allowedTools: z.array(z.string().max(200)).max(1000).optional(),
      secretEnvValues: values(envName),
      secretHeaderValues: values(headerName),
      keepSecretEnv: z.array(envName).max(200).optional(),
      keepSecretHeaders: z.array(headerName).max(200).optional(),
    })
    .strict();

// Each channel's schema is built when its first call arrives, not when the contract loads: building
// all sixty (zod makes an object per check) held every start of the preview and the app ~10 ms
// before the first call could be answered. Every call is still validated.
/** A schema builder per Invoke channel; a missing one fails to compile. */
const schemaBuilders = {
  'app:info': () => empty,
  'providers:list': () => empty,
  'providers:update': () =>
    z
      .object({
        providerId,
        name: z.string().min(1).max(80).optional(),
        baseUrl: z.string().max(2000).optional(),
        model: z.string().max(300).optional(),
        protocol: z.union([protocol, z.literal('')]).optional(),
        // A value sets a header (stored encrypted), null removes it.
        headers: z.record(headerName, z.string().max(4000).nullable()).optional(),
        timeouts: z.union([z.object({ firstByteS: z.number().positive().max(3600).optional(), idleS: z.number().positive().max(3600).optional() }).strict(), z.literal('')]).optional(),
      })
      .strict(),
  'providers:add': () => z.object({ name: z.string().min(1).max(80), protocol, baseUrl: z.string().max(2000) }).strict(),
  'providers:remove': () => z.object({ providerId }).strict(),
  'providers:export': () => empty,
  'providers:import': () => z.object({ text: z.string().max(5_000_000) }).strict(),
  'models:list': () => z.object({ providerId, refresh: z.boolean().optional() }).strict(),
  'keys:set': () => z.object({ providerId, key: z.string().max(10_000), allowWeak: z.boolean().optional() }).strict(),
  'keys:fix': () => z.object({ providerId, fix: z.enum([...KEY_FIXES, 'all']) }).strict(),
  'keys:delete': () => z.object({ providerId }).strict(),
  'keys:persist-weak': () => z.object({ providerId }).strict(),
  'providers:test': () => z.object({ providerId }).strict(),
  'providers:preview': () => z.object({ providerId, baseUrl: z.string().max(2000), protocol: z.union([protocol, z.literal('')]).optional() }).strict(),
  'conversations:list': () => z.object({ limit: z.number().int().min(1).max(100_000).optional(), withLatest: z.boolean().optional() }).strict(),
  'conversations:search': () => z.object({ query: z.string().max(1000) }).strict(),
  'conversations:export': () => z.object({ id: id.optional(), format: z.enum(['json', 'md']) }).strict(),
  'conversations:import': () => z.object({ text: z.string().max(500_000_000), format: z.enum(['switchboard', 'chatgpt']).optional() }).strict(),
  'conversations:get': () => z.object({ id }).strict(),
  'conversations:create': () => z.object({ providerId: providerId.optional(), model: z.string().max(300).optional() }).strict(),
  'conversations:update': () =>
    z
      .object({
        id,
        title: z.string().max(300).optional(),
        providerId: providerId.optional(),
        model: z.string().max(300).optional(),
        system: z.string().max(100_000).optional(),
        // null clears a setting back to the provider's default.
        params: z.object({ temperature: z.number().min(0).max(2).nullable().optional(), maxTokens: z.number().int().min(1).max(1_000_000).nullable().optional() }).strict().optional(),
      })
      .strict(),
  'conversations:delete': () => z.object({ id }).strict(),
  'chat:send': () => z.object({ conversationId: id, text: z.string().max(1_000_000), attachments: z.array(attachmentRef()).max(20).optional() }).strict(),
  // Base64 of the largest allowed file (50 MB) is 4/3 of it.
  'attachments:add': () => z.object({ name: z.string().min(1).max(500), mime: z.string().max(200), data: z.string().max(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4) }).strict(),
  'attachments:read': () => z.object({ id: attachmentId, variant: z.enum(['original', 'thumb']) }).strict(),
  'chat:abort': () => z.object({ requestId: id }).strict(),
  'chat:regenerate': () => z.object({ conversationId: id, messageId: id }).strict(),
  'chat:edit': () => z.object({ conversationId: id, messageId: id, text: z.string().min(1).max(1_000_000) }).strict(),
  'chat:switch-branch': () => z.object({ conversationId: id, messageId: id }).strict(),
  'history:backups': () => empty,
  'history:backup-now': () => empty,
  'history:restore': () => z.object({ file: z.string().min(1).max(4000) }).strict(),
  'netlog:list': () => empty,
  'netlog:get': () => z.object({ id }).strict(),
  'netlog:clear': () => empty,
  'netlog:settings': () =>
    z
      .object({
        level: z.enum(LOG_LEVELS).optional(),
        maxEntries: z.number().int().min(10).max(100_000).optional(),
        maxBodyChars: z.number().int().min(0).max(50_000_000).optional(),
      })
      .strict(),
  'netlog:har': () => z.object({ ids: z.array(id).max(100_000).optional() }).strict(),
  'netlog:curl': () => z.object({ id, withKey: z.boolean().optional() }).strict(),
  'causes:catalog': () => empty,
  'netlog:compare': () => z.object({ a: id, b: id.optional(), har: z.string().max(200_000_000).optional(), entry: z.number().int().min(1).optional() }).strict(),
  'diagnostics:bundle': () => z.object({ providerId: providerId.optional(), exchangeIds: z.array(id).max(200).optional() }).strict(),
  'prefs:get': () => empty,
  'prefs:set': () => z.object({ theme: z.enum(THEMES).optional(), language: z.enum(LANGUAGES).optional() }).strict(),
  'prompts:list': () => empty,
  'prompts:save': () =>
    z
      .object({
        id: id.optional(),
        name: z.string().min(1).max(80),
        text: z.string().max(100_000).optional(),
        system: z.string().max(100_000).optional(),
        providerId: providerId.optional(),
        model: z.string().max(300).optional(),
        params: z.object({ temperature: z.number().min(0).max(2).optional(), maxTokens: z.number().int().min(1).max(1_000_000).optional() }).strict().optional(),
      })
      .strict(),
  'prompts:delete': () => z.object({ id }).strict(),
  'proxy:get': () => empty,
  'proxy:set': () => z.object({ mode: z.enum(PROXY_MODES), url: z.string().max(2000).optional(), bypass: z.string().max(4000).optional() }).strict(),
  'mcp:list': () => empty,
  'mcp:save': mcpServerInput,
  'mcp:remove': () => z.object({ id: serverId }).strict(),
  'mcp:import': () => z.object({ text: z.string().max(5_000_000) }).strict(),
  'mcp:start': () => z.object({ id: serverId }).strict(),
  'mcp:stop': () => z.object({ id: serverId }).strict(),
  'mcp:test': () => z.object({ id: serverId.optional() }).strict(),
  'mcp:update': () => z.object({ id: serverId, approval: z.enum(TOOL_APPROVALS).optional(), enabled: z.boolean().optional() }).strict(),
  'mcp:set-tool': () => z.object({ id: serverId, tool: z.string().min(1).max(200), enabled: z.boolean().optional(), alwaysAllowed: z.boolean().optional() }).strict(),
  'mcp:persist-weak': () => z.object({ id: serverId }).strict(),
  'mcp:log': () => empty,
  'mcp:clear-log': () => empty,
  'tools:decide': () => z.object({ messageId: id, callId: z.string().min(1).max(300), decision: z.enum(TOOL_DECISIONS) }).strict(),
} satisfies Record<InvokeChannel, () => ZodType>;

/** A schema per Invoke channel, each built on first use. */
export const schemas = lazySchemas(schemaBuilders);

/** Channel names, for registering handlers. */
export const INVOKE_CHANNELS = Object.keys(schemas) as InvokeChannel[];

