import { AppError } from '../../shared/errors';
import { NEW_CHAT_TITLE, type Conversation, type ConversationSummary, type SearchHit } from '../../shared/chat';
import type { GenerationOptions } from '../../shared/provider';
import type { Clock } from '../clock';
import { storageError } from '../history/db';
import type { HistoryService } from '../history/history-service';
import type { ProviderService } from '../providers/provider-service';
import type { ChatService } from './chat-service';


/** A change to a conversation's settings; `params` values of null clear back to the provider's default. */
export interface ConversationChange {
  title?: string;
  providerId?: string;
  model?: string;
  system?: string;
  params?: { temperature?: number | null; maxTokens?: number | null };
}

/** What the conversation service needs. */
export interface ConversationServiceDeps {
  history: HistoryService;
  chat: ChatService;
  providers: ProviderService;
  clock: Clock;
  newId(): string;
}

/** The provider a new conversation starts on when nothing was used yet and no key is set anywhere. */
export const FALLBACK_PROVIDER = 'openai';

/** Applies a change to sampling settings: a number sets, null clears, absent keeps. Pure. */
export function mergeParams(current: GenerationOptions | undefined, change: NonNullable<ConversationChange['params']>): GenerationOptions | undefined {
  const next: GenerationOptions = { ...current };
  for (const key of ['temperature', 'maxTokens'] as const) {
    const value = change[key];
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return Object.keys(next).length ? next : undefined;
}

/** Conversations: list, open (interrupted answers marked), create, change settings, delete, search. */
export class ConversationService {
  constructor(private readonly deps: ConversationServiceDeps) {}

  private get store() {
    return this.deps.history.store;
  }

  private write<T>(fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw error instanceof AppError ? error : storageError(error);
    }
  }

  /** The most recently changed conversations, and how many there are. */
  list(limit?: number): { conversations: ConversationSummary[]; total: number } {
    return this.store.list(limit);
  }

  /** One conversation on its active branch; answers a crash left `streaming` read as interrupted. */
  get(id: string): Conversation {
    return this.write(() => this.deps.history.open(id, (messageId) => this.deps.chat.isStreaming(messageId)));
  }

  /**
   * A new conversation, on the given provider, else on the provider and model of the latest
   * conversation that was used (messages sent) and can still be used, else on a provider with a key.
   * An empty conversation among the recent ones is reused (and comes to the top) rather than piling up another.
   */
  async create(request: { providerId?: string; model?: string } = {}): Promise<Conversation> {
    const recent = this.store.list(20).conversations;
    const choice = request.providerId ? { providerId: request.providerId, model: request.model } : await this.startingPoint(recent);
    this.deps.providers.preset(choice.providerId);
    const model = request.model ?? choice.model ?? (await this.deps.providers.target(choice.providerId)).model;
    const now = this.deps.clock.now();
    const emptyOne = recent.find((c) => c.messageCount === 0);
    const empty = emptyOne ? this.get(emptyOne.id) : undefined;
    if (empty) {
      const reused: Conversation = { ...empty, providerId: choice.providerId, model, updatedAt: now };
      this.write(() => this.store.update(reused));
      return reused;
    }
    const conversation: Conversation = { id: this.deps.newId(), title: NEW_CHAT_TITLE, createdAt: now, updatedAt: now, providerId: choice.providerId, model, messages: [] };
    this.write(() => this.store.create(conversation));
    return conversation;
  }

  // Where a new chat starts: the last provider and model actually used, if that provider still has
  // its key (or needs none); else the first provider with a key; else the fallback.
  private async startingPoint(recent: readonly ConversationSummary[]): Promise<{ providerId: string; model?: string }> {
    const views = await this.deps.providers.list();
    const usable = (id: string) => {
      const v = views.find((p) => p.preset.id === id);
      return !!v && (v.key.source !== 'none' || v.preset.auth.requirement !== 'required');
    };
    const used = recent.find((c) => c.messageCount > 0 && usable(c.providerId));
    if (used) return { providerId: used.providerId, model: used.model };
    const withKey = views.find((p) => p.key.source !== 'none' && p.preset.auth.requirement !== 'none');
    return { providerId: withKey?.preset.id ?? FALLBACK_PROVIDER };
  }

  /** Changes a conversation's title, provider, model, system prompt or sampling settings. */
  update(id: string, { params, ...change }: ConversationChange): Conversation {
    const c = this.get(id);
    if (change.providerId !== undefined) this.deps.providers.preset(change.providerId);
    const next: Conversation = { ...c, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)), updatedAt: this.deps.clock.now() };
    if (params) {
      const merged = mergeParams(c.params, params);
      if (merged) next.params = merged;
      else delete next.params;
    }
    this.write(() => this.store.update(next));
    return next;
  }

  /** Deletes a conversation, stopping its running request first. */
  delete(id: string): boolean {
    this.deps.chat.abortConversation(id);
    return this.write(() => this.store.delete(id));
  }

  /** Titles and message text matching a query, with the passage around each match. */
  search(query: string): SearchHit[] {
    return this.write(() => this.deps.history.search(query));
  }

  /** One conversation (or all, for JSON) as a file: Markdown shows the branch on screen, JSON keeps every branch. */
  export(id: string | undefined, format: 'json' | 'md'): { text: string; filename: string } {
    return this.write(() => this.deps.history.export(id, format, (one) => this.deps.chat.isStreaming(one)));
  }

  /** Adds conversations from a Switchboard export or ChatGPT's conversations.json; ones already here are skipped. */
  import(text: string, format?: 'switchboard' | 'chatgpt'): { imported: number; skipped: number } {
    return this.write(() => this.deps.history.import(text, format, this.deps.newId));
  }
}
