import { AppError } from '../../shared/errors';
import { NEW_CHAT_TITLE, type Conversation, type ConversationSummary } from '../../shared/chat';
import type { GenerationOptions } from '../../shared/provider';
import type { StoreProblemView } from '../../shared/app-info';
import type { Clock } from '../clock';
import type { ProviderService } from '../providers/provider-service';
import { requirePreset } from '../providers/provider-settings';
import type { ChatService } from './chat-service';
import type { ConversationStore } from './conversation-store';

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
  store: ConversationStore;
  chat: ChatService;
  providers: ProviderService;
  clock: Clock;
  newId(): string;
}

/** The provider used when a new conversation names none: the last one used, else one with a key, else OpenAI. */
export const FALLBACK_PROVIDER = 'openai';

/** Applies a change to sampling settings: a number sets, null clears, absent keeps. Pure. */
export function mergeParams(current: GenerationOptions | undefined, change: ConversationChange['params'] & object): GenerationOptions | undefined {
  const next: GenerationOptions = { ...current };
  for (const key of ['temperature', 'maxTokens'] as const) {
    const value = change[key];
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return Object.keys(next).length ? next : undefined;
}

/** Conversations: list, open (interrupted answers marked), create, change settings, delete. */
export class ConversationService {
  constructor(private readonly deps: ConversationServiceDeps) {}

  /** Every conversation, newest first, and the files that had to be set aside. */
  list(): { conversations: ConversationSummary[]; problems: StoreProblemView[] } {
    return this.deps.store.list();
  }

  /** One conversation; answers a crash left `streaming` read as interrupted. */
  get(id: string): Conversation {
    const c = this.deps.store.get(id);
    if (!c) throw new AppError('not-found', 'That conversation no longer exists.');
    return this.deps.chat.reconcile(c);
  }

  /** A new, empty conversation on the given provider, or on the one the user last used. */
  async create(request: { providerId?: string; model?: string } = {}): Promise<Conversation> {
    const last = this.deps.store.list().conversations[0];
    const providerId = request.providerId ?? last?.providerId ?? (await this.providerWithKey()) ?? FALLBACK_PROVIDER;
    requirePreset(providerId);
    const model = request.model ?? (!request.providerId && last ? last.model : (await this.deps.providers.target(providerId)).model);
    const now = this.deps.clock.now();
    const conversation: Conversation = { id: this.deps.newId(), title: NEW_CHAT_TITLE, createdAt: now, updatedAt: now, providerId, model, messages: [] };
    this.deps.store.save(conversation);
    return conversation;
  }

  /** Changes a conversation's title, provider, model, system prompt or sampling settings. */
  update(id: string, { params, ...change }: ConversationChange): Conversation {
    const c = this.get(id);
    if (change.providerId !== undefined) requirePreset(change.providerId);
    Object.assign(c, Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)), { updatedAt: this.deps.clock.now() });
    if (params) {
      const next = mergeParams(c.params, params);
      if (next) c.params = next;
      else delete c.params;
    }
    this.deps.store.save(c);
    return c;
  }

  /** Deletes a conversation, stopping its running request first. */
  delete(id: string): boolean {
    this.deps.chat.abortConversation(id);
    return this.deps.store.delete(id);
  }

  private async providerWithKey(): Promise<string | undefined> {
    const views = await this.deps.providers.list();
    return views.find((p) => p.key.source !== 'none' && p.preset.auth.requirement !== 'none')?.preset.id;
  }
}
