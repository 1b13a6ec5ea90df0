import type { ProxyView } from '../../electron/shared/proxy';
import type { AttachmentRef } from '../../electron/shared/attachments';
import type { Preferences, SavedPrompt } from '../../electron/shared/preferences';
import type { AppInfo, BackupInfo } from '../../electron/shared/app-info';
import type { CauseInfo } from '../../electron/shared/causes';
import type { ChatDelta, ChatDone, Conversation, ConversationSummary, SearchHit } from '../../electron/shared/chat';
import type { DoctorReport } from '../../electron/shared/doctor';
import type { Exchange, NetlogSettings } from '../../electron/shared/exchange';
import type { KeyFix } from '../../electron/shared/keys';
import type { ProviderView, UrlPreview } from '../../electron/shared/provider';
import type { Protocol } from '../../electron/shared/protocols';
import type { Invoke } from '../../electron/ipc/contract';
import type { ChatStep } from '../../electron/shared/chat';
import type { McpLogEntry, McpReport, McpServerInput, McpServerView } from '../../electron/shared/mcp';
import type { ToolDecision } from '../../electron/shared/tools';

/**
 * The shape of the window's store, one slice per domain. Each slice's actions are built in its own
 * module (app-slice, providers-slice, chat-slice, netlog-slice); this file holds only the types, so
 * the slices depend on it and never on each other.
 */

/** What the app is and the cause catalog. */
export interface AppSlice {
  info: AppInfo | undefined;
  /** The cause catalog (providers' and MCP servers'), by id. */
  causes: Record<string, Omit<CauseInfo, 'id'> & { id: string }>;
  /** A failure that keeps the window from working (the bridge is gone). */
  fatal: string | undefined;
  loadApp(): Promise<void>;
  /** The proxy setting (never its credentials). */
  proxy: ProxyView | undefined;
  loadProxy(): Promise<void>;
  saveProxy(change: Invoke['proxy:set']['req']): Promise<Outcome>;
  /** Theme and language; undefined until loaded. */
  preferences: Preferences | undefined;
  loadPreferences(): Promise<void>;
  setPreferences(change: Partial<Preferences>): Promise<Outcome>;
  /** The prompt library, by name. */
  prompts: SavedPrompt[];
  loadPrompts(): Promise<void>;
  savePrompt(prompt: Invoke['prompts:save']['req']): Promise<Outcome>;
  deletePrompt(id: string): Promise<Outcome>;
}

/** An action's outcome for a view to show: done, or the error with its causes. */
export type Outcome = { ok: true } | { ok: false; message: string; causes?: string[] };

/** A host's model list as the window keeps it: the ids, or why there are none. */
export interface ModelChoice {
  ids: string[];
  /** The host lists none (type the id), or the list could not be had (with the reason). */
  note?: { kind: 'empty' } | { kind: 'failed'; message: string };
}

/** Providers, their keys, model lists and Test results. */
export interface ProvidersSlice {
  providers: ProviderView[];
  modelChoices: Record<string, ModelChoice>;
  testReports: Record<string, DoctorReport | 'running'>;
  refreshProviders(): Promise<void>;
  updateProvider(change: Invoke['providers:update']['req']): Promise<Outcome>;
  previewUrls(providerId: string, baseUrl: string, protocol: Protocol | ''): Promise<UrlPreview | undefined>;
  loadModels(providerId: string, refresh: boolean): Promise<ModelChoice>;
  testProvider(providerId: string): Promise<Outcome>;
  setKey(providerId: string, key: string): Promise<Outcome>;
  fixKey(providerId: string, fix: KeyFix | 'all'): Promise<Outcome>;
  deleteKey(providerId: string): Promise<Outcome>;
  persistKeyWeakly(providerId: string): Promise<Outcome>;
  /** Defines a provider; the outcome carries its id. */
  addProvider(input: Invoke['providers:add']['req']): Promise<Outcome & { id?: string }>;
  removeProvider(providerId: string): Promise<Outcome>;
  exportProviders(): Promise<{ text: string; filename: string } | { error: string }>;
  importProviders(text: string): Promise<Outcome & { added?: number; updated?: number }>;
}

/** A change to the open conversation's settings. */
export type ConversationChange = Omit<Invoke['conversations:update']['req'], 'id'>;

/** Conversations, the open one, and the turn streaming in it. */
export interface ChatSlice {
  summaries: ConversationSummary[];
  current: Conversation | undefined;
  activeRequestId: string | undefined;
  chatError: string | undefined;
  /** Lists the conversations; with `openLatest`, also opens the newest (in the same call) unless one is open by then. */
  loadConversations(openLatest?: boolean): Promise<ConversationSummary[]>;
  openConversation(id: string): Promise<void>;
  newConversation(): Promise<void>;
  renameConversation(id: string, title: string): Promise<void>;
  searchConversations(query: string): Promise<SearchHit[]>;
  exportConversation(id: string | undefined, format: 'json' | 'md'): Promise<{ text: string; filename: string } | { error: string }>;
  switchBranch(messageId: string): Promise<void>;
  /** Set when the last answer could not be saved: it is only on screen. */
  unsaved: string | undefined;
  deleteConversation(id: string): Promise<void>;
  changeConversation(change: ConversationChange): Promise<Outcome>;
  /** Sends the text with the files added in the composer; they leave the composer once accepted. */
  send(text: string): Promise<boolean>;
  regenerate(messageId: string): Promise<void>;
  editAndResend(messageId: string, text: string): Promise<void>;
  stop(): void;
  dismissChatError(): void;
  receiveDelta(delta: ChatDelta): void;
  receiveDone(done: ChatDone): void;
  /** A round of tool calls started or a call changed state: the message so far, whole. */
  receiveStep(step: ChatStep): void;
}

/** MCP servers, their log, and tool calls waiting for the user. */
export interface McpSlice {
  mcpServers: McpServerView[];
  /** The doctor's last report per server id (or running). */
  mcpReports: Record<string, McpReport['servers'][number] | 'running'>;
  mcpLog: McpLogEntry[];
  loadMcp(): Promise<void>;
  saveMcpServer(input: McpServerInput): Promise<Outcome>;
  removeMcpServer(id: string): Promise<Outcome>;
  importMcp(text: string): Promise<Outcome & { added?: string[]; replaced?: string[]; problems?: string[] }>;
  startMcpServer(id: string): Promise<Outcome>;
  stopMcpServer(id: string): Promise<Outcome>;
  testMcpServer(id: string): Promise<Outcome>;
  updateMcpServer(change: Invoke['mcp:update']['req']): Promise<Outcome>;
  setMcpTool(change: Invoke['mcp:set-tool']['req']): Promise<Outcome>;
  persistMcpWeakly(id: string): Promise<Outcome>;
  loadMcpLog(): Promise<void>;
  clearMcpLog(): Promise<void>;
  /** Queues a pushed log entry; queued ones are applied once per frame. */
  receiveMcpLog(entry: McpLogEntry): void;
  /** Answers a tool call waiting for approval. */
  decideTool(messageId: string, callId: string, decision: ToolDecision): Promise<Outcome>;
}

/** The wire log as the window sees it. */
export interface NetlogSlice {
  exchanges: Exchange[];
  netlogSettings: NetlogSettings | undefined;
  loadNetlog(): Promise<void>;
  clearNetlog(): Promise<void>;
  changeNetlogSettings(change: Partial<NetlogSettings>): Promise<void>;
  /** Queues a pushed exchange; queued ones are applied together once per frame. */
  receiveExchange(exchange: Exchange): void;
  /** One exchange with its bodies and stream chunks. */
  getExchange(id: string): Promise<{ exchange?: Exchange; error?: string }>;
  /** The chosen exchanges (or all) as HAR text. */
  exportHar(ids?: string[]): Promise<string | undefined>;
  /** A curl command: redacted (returned), or with the real key (to the main-process clipboard only). */
  copyCurl(id: string, withKey: boolean): Promise<{ text?: string; copied: boolean; error?: string }>;
  /** Two exchanges (or one and a HAR entry) side by side. */
  compare(req: Invoke['netlog:compare']['req']): Promise<Invoke['netlog:compare']['res'] | { error: string }>;
  /** A diagnostic bundle's text, to preview before saving. */
  makeBundle(req: Invoke['diagnostics:bundle']['req']): Promise<Invoke['diagnostics:bundle']['res'] | { error: string }>;
}

/** The history's snapshots, export and import. */
export interface HistorySlice {
  backups: BackupInfo[];
  loadBackups(): Promise<void>;
  backupNow(): Promise<Outcome>;
  restoreBackup(file: string): Promise<Outcome>;
  importHistory(text: string): Promise<Outcome & { imported?: number }>;
}

/** The whole store. */
/** A file in the composer: its local preview while it is added, then its reference, or why it was refused. */
export interface PendingAttachment {
  key: string;
  name: string;
  size: number;
  /** A blob URL of the file itself, for an image's chip. */
  previewUrl?: string;
  ref?: AttachmentRef;
  error?: string;
}

/** A short message with an optional action (Undo), shown at the bottom of the window. */
export interface Toast {
  text: string;
  action?: { label: string; run(): void };
}

/** Window-only state (never sent to main). */
export interface UiSlice {
  paletteOpen: boolean;
  promptsOpen: boolean;
  /** Below 900 px the conversation list is a drawer; this is whether it is out. */
  sidebarOpen: boolean;
  /** A search match to scroll to and mark in the open conversation. */
  highlight: { conversationId: string; query: string } | undefined;
  toast: Toast | undefined;
  /** The user chose to chat (a new chat, an opened conversation): the first-run setup steps aside. */
  firstRunDone: boolean;
  leaveFirstRun(): void;
  /** The provider whose settings have unsaved edits, if any: leaving asks first. */
  settingsUnsaved: string | undefined;
  setSettingsUnsaved(provider: string | undefined): void;
  /** A message to scroll to and mark (from the Network tab's MCP log). */
  focusMessage: { conversationId: string; messageId: string } | undefined;
  setFocusMessage(focus: UiSlice['focusMessage']): void;
  /** An exchange pinned to compare with the next one opened. */
  comparePin: string | undefined;
  setComparePin(id: string | undefined): void;
  /** What the conversation list searches for (set by the palette's "Search messages"). */
  searchQuery: string;
  setSearchQuery(query: string): void;
  /** Bumped to ask the composer to take the focus. */
  composerFocus: number;
  /** Text to put into the composer (a saved prompt), numbered so the same text twice still arrives. */
  composerInsert: { text: string; n: number } | undefined;
  setPaletteOpen(open: boolean): void;
  setPromptsOpen(open: boolean): void;
  setSidebarOpen(open: boolean): void;
  setHighlight(highlight: UiSlice['highlight']): void;
  showToast(toast: Toast | undefined): void;
  focusComposer(): void;
  insertIntoComposer(text: string): void;
}

/** Files: the composer's, and stored ones to show. */
export interface AttachmentsSlice {
  /** Files waiting in the composer for the next message: being added, added, or refused. */
  pending: PendingAttachment[];
  attachFiles(files: readonly File[]): Promise<void>;
  removePending(key: string): void;
  /** A stored file or its thumbnail as a URL the page can show (cached). */
  attachmentUrl(id: string, variant: 'original' | 'thumb'): Promise<string | undefined>;
}

export type AppState = AppSlice & ProvidersSlice & ChatSlice & NetlogSlice & HistorySlice & UiSlice & AttachmentsSlice & McpSlice;

/** Sets part of the state (zustand's `set`, narrowed to partial objects and updaters). */
export type SliceSet = (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;

/** Reads the current state. */
export type SliceGet = () => AppState;
