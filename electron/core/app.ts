import type { Handlers } from '../ipc/serve';
import type { Push, PushChannel, ProviderView } from '../ipc/contract';
import { ChatService } from './chat/chat-service';
import { ConversationStore } from './chat/conversation-store';
import type { Conversation } from './chat/types';
import { systemClock, randomId, type Clock } from './clock';
import { causeCatalog } from './diagnose/causes';
import { staticCauses } from './diagnose/explain';
import { runDoctor } from './diagnose/doctor';
import { previewUrls } from './providers/preview-urls';
import { AppError } from './errors';
import type { Cipher } from './keys/cipher';
import type { KeyValueStore } from './keys/kv';
import { applyAllKeyFixes, applyKeyFix } from './keys/lint';
import { migrateSettings } from './keys/settings-format';
import { KeyVault } from './keys/vault';
import { RecordingFetch, type FetchLike } from './net/recording-fetch';
import { fetchModelList } from './providers/fetch-models';
import { summarizeExchange } from './net/summary';
import { WireLog } from './net/wire-log';
import { netlogHandlers, readNetlogSettings } from './handlers/netlog-handlers';
import { adapterFor, supportedProtocols } from './providers/protocols';
import { PRESETS } from './providers/registry';
import { ProviderSettings, requirePreset, resolveTarget } from './providers/provider-settings';
import type { GenerationOptions, ProviderPreset, ResolvedTarget } from './providers/types';
import type { ModelList } from '../ipc/contract';

/** Everything the core needs from its host (Electron, the web preview, the CLI, tests). */
export interface CoreDeps {
  fetch: FetchLike;
  cipher: Cipher;
  store: KeyValueStore;
  dataDir: string;
  env: Readonly<Record<string, string | undefined>>;
  transport: 'electron' | 'web' | 'direct';
  version: string;
  push: <C extends PushChannel>(channel: C, payload: Push[C]) => void;
  clock?: Clock;
  newId?: () => string;
  /** Problems found while opening storage (a settings file set aside), shown to the user. */
  startupProblems?: string[];
  /** Main-process clipboard (Electron); without it, curl with the real key is refused. */
  writeClipboard?: (text: string) => void;
}

/** The assembled core: contract handlers plus the services hosts and tests reach directly. */
export interface Core {
  handlers: Handlers;
  wireLog: WireLog;
  http: RecordingFetch;
  vault: KeyVault;
  settings: ProviderSettings;
  chat: ChatService;
  conversations: ConversationStore;
  target(providerId: string, model?: string): Promise<ResolvedTarget>;
  listModels(providerId: string, refresh?: boolean): Promise<ModelList>;
  dispose(): void;
}

/** Builds the core from its seams. Never touches Electron. */
export function createCore(deps: CoreDeps): Core {
  // Before anything reads the settings: bring an older file up to the current format.
  migrateSettings(deps.store);
  const clock = deps.clock ?? systemClock;
  const newId = deps.newId ?? randomId;
  const wireLog = new WireLog(readNetlogSettings(deps.store));
  const http = new RecordingFetch(deps.fetch, wireLog, clock, newId);
  const vault = new KeyVault(deps.cipher, deps.store, deps.env, () => clock.now());
  const settings = new ProviderSettings(deps.store);
  const conversations = new ConversationStore(deps.dataDir, () => Date.now());

  const unsubscribe = wireLog.subscribe((event) => {
    if (event.kind === 'upsert') deps.push('netlog:entry', summarizeExchange(event.exchange));
    else deps.push('netlog:cleared', { at: Date.now() });
  });

  const target = async (providerId: string, model?: string): Promise<ResolvedTarget> => {
    const preset = requirePreset(providerId);
    const { key } = await vault.resolve(providerId, preset.keyEnv);
    return resolveTarget(preset, settings.get(providerId), key, model);
  };

  const modelCache = new Map<string, ModelList>();
  const lastTests = new Map<string, NonNullable<ProviderView['lastTest']>>();

  const chat = new ChatService({
    store: conversations,
    http,
    resolveTarget: (providerId, model) => target(providerId, model),
    listModelIds: async (providerId) => (await listModels(providerId)).models.map((m) => m.id),
    onDelta: (delta) => deps.push('chat:delta', delta),
    onDone: (event) => deps.push('chat:done', event),
    newId,
    now: () => Date.now(),
  });

  const view = async (preset: ProviderPreset): Promise<ProviderView> => {
    const config = settings.get(preset.id);
    const t = await target(preset.id);
    const supported = supportedProtocols().includes(t.protocol);
    const key = await vault.status(preset.id, preset.keyEnv);
    return {
      preset,
      config,
      effective: {
        baseUrl: t.baseUrl,
        protocol: t.protocol,
        model: t.model,
        chatUrl: supported && t.baseUrl ? adapterFor(t.protocol).chatRequest(t, [], true).url : '',
      },
      supported,
      key,
      staticCauses: [...(t.baseUrl ? staticCauses(t) : []), ...(key.envDiffers ? (['key-env-override'] as const) : [])],
      ...(lastTests.has(preset.id) ? { lastTest: lastTests.get(preset.id)! } : {}),
    };
  };

  async function listModels(providerId: string, refresh = false): Promise<ModelList> {
    const cached = modelCache.get(providerId);
    if (cached && !refresh) return { ...cached, cached: true };
    const t = await target(providerId);
    const { models, exchange } = await fetchModelList(http, adapterFor(t.protocol), t);
    const list: ModelList = { models, exchangeId: exchange.id, fetchedAt: Date.now(), cached: false };
    modelCache.set(providerId, list);
    return list;
  }

  const getConversation = (id: string): Conversation => {
    const c = conversations.get(id);
    if (!c) throw new AppError('not-found', 'That conversation no longer exists.');
    return chat.reconcile(c);
  };

  const handlers: Handlers = {
    'app:info': async () => ({
      version: deps.version,
      transport: deps.transport,
      cipherBackend: await deps.cipher.backend(),
      cipherStrength: await deps.cipher.strength(),
      cipherAvailable: await deps.cipher.isAvailable(),
      dataDir: deps.dataDir,
      problems: deps.startupProblems ?? [],
    }),
    'providers:list': async () => ({ providers: await Promise.all(PRESETS.map(view)) }),
    'providers:update': async ({ providerId, ...change }) => {
      settings.update(providerId, change);
      // Another host or protocol has another model list.
      if (change.baseUrl !== undefined || change.protocol !== undefined) modelCache.delete(providerId);
      return view(requirePreset(providerId));
    },
    'models:list': async ({ providerId, refresh }) => listModels(providerId, refresh),
    'keys:set': async ({ providerId, key, allowWeak }) => {
      const preset = requirePreset(providerId);
      if (!key.trim()) throw new AppError('empty-key', 'The key is empty; paste the whole key, or use Delete key to remove it.');
      return vault.set(providerId, key, preset.keyEnv, allowWeak ? { allowWeak } : {});
    },
    'keys:fix': async ({ providerId, fix }) => {
      const preset = requirePreset(providerId);
      const { key, source } = await vault.resolve(providerId, preset.keyEnv);
      if (key === undefined || source === 'env') throw new AppError('no-key', 'There is no stored key to fix; an environment variable has to be fixed where it is set.');
      const fixed = fix === 'all' ? applyAllKeyFixes(key) : applyKeyFix(key, fix);
      return vault.set(providerId, fixed, preset.keyEnv, { allowWeak: source === 'stored' });
    },
    'keys:delete': async ({ providerId }) => vault.delete(providerId, requirePreset(providerId).keyEnv),
    'keys:persist-weak': async ({ providerId }) => vault.persistSession(providerId, requirePreset(providerId).keyEnv),
    'providers:test': async ({ providerId }) => {
      const preset = requirePreset(providerId);
      const t = await target(providerId);
      const report = await runDoctor({ http, adapter: adapterFor(t.protocol), target: t, keyStatus: await vault.status(providerId, preset.keyEnv) });
      lastTests.set(providerId, { ok: report.ok, at: report.at, causes: report.causes });
      return { ...report, exchanges: report.exchanges.map(summarizeExchange) };
    },
    'providers:preview': async ({ providerId, baseUrl, protocol }) => {
      const preset = requirePreset(providerId);
      const t = resolveTarget(preset, { ...settings.get(providerId), baseUrl, ...(protocol ? { protocol } : {}) }, undefined);
      return previewUrls(t);
    },
    'conversations:list': async () => conversations.list(),
    'conversations:get': async ({ id }) => getConversation(id),
    'conversations:create': async ({ providerId, model }) => {
      const preset = requirePreset(providerId ?? 'openai');
      const t = await target(preset.id, model);
      const now = Date.now();
      const conversation: Conversation = { id: newId(), title: 'New chat', createdAt: now, updatedAt: now, providerId: preset.id, model: t.model, messages: [] };
      conversations.save(conversation);
      return conversation;
    },
    'conversations:update': async ({ id, params, ...change }) => {
      const c = getConversation(id);
      if (change.providerId !== undefined) requirePreset(change.providerId);
      Object.assign(c, Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)), { updatedAt: Date.now() });
      if (params) {
        const next = mergeParams(c.params, params);
        if (next) c.params = next;
        else delete c.params;
      }
      conversations.save(c);
      return c;
    },
    'conversations:delete': async ({ id }) => {
      chat.abortConversation(id);
      return { deleted: conversations.delete(id) };
    },
    'chat:send': async ({ conversationId, text }) => chat.send(conversationId, text),
    'chat:abort': async ({ requestId }) => ({ aborted: chat.abort(requestId) }),
    'chat:regenerate': async ({ conversationId, messageId }) => chat.regenerate(conversationId, messageId),
    'chat:edit': async ({ conversationId, messageId, text }) => chat.edit(conversationId, messageId, text),
    ...netlogHandlers({ wireLog, store: deps.store, version: deps.version, target, ...(deps.writeClipboard ? { writeClipboard: deps.writeClipboard } : {}) }),
    'causes:catalog': async () => ({ causes: causeCatalog() }),
  };

  return { handlers, wireLog, http, vault, settings, chat, conversations, target, listModels, dispose: unsubscribe };
}

/** Applies a change to sampling settings: a number sets, null clears, absent keeps. Pure. */
export function mergeParams(current: GenerationOptions | undefined, change: { temperature?: number | null; maxTokens?: number | null }): GenerationOptions | undefined {
  const next: GenerationOptions = { ...current };
  for (const key of ['temperature', 'maxTokens'] as const) {
    const value = change[key];
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return Object.keys(next).length ? next : undefined;
}
