import { AppError } from '../errors';
import type { RecordingFetch } from '../net/recording-fetch';
import { adapterFor } from '../providers/protocols';
import type { GenerationOptions, ResolvedTarget, WireMessage } from '../providers/types';
import type { ConversationStore } from './conversation-store';
import { DeltaBatcher, type ChatDelta } from './delta-batcher';
import { runChat } from './run-chat';
import { refineModelCauses } from './refine-model-causes';
import type { ChatMessage, Conversation } from './types';

/** What the chat service needs from the rest of the core. */
export interface ChatServiceDeps {
  store: ConversationStore;
  http: RecordingFetch;
  resolveTarget(providerId: string, model: string): Promise<ResolvedTarget>;
  /** The host's model ids (cached, or fetched and recorded), for explaining a model error. */
  listModelIds(providerId: string): Promise<readonly string[]>;
  onDelta(delta: ChatDelta): void;
  onDone(event: { requestId: string; conversationId: string; message: ChatMessage }): void;
  newId(): string;
  now(): number;
}

const TITLE_LENGTH = 60;

/** Ids of a started turn. */
export interface TurnIds {
  requestId: string;
  userMessageId: string;
  assistantMessageId: string;
}

function findLastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

/** The messages a provider sees for a conversation: system prompt, then every finished turn. Pure. */
export function toWireMessages(conversation: Conversation): WireMessage[] {
  const out: WireMessage[] = [];
  if (conversation.system?.trim()) out.push({ role: 'system', content: conversation.system });
  for (const m of conversation.messages) {
    if (m.role === 'assistant' && (m.status === 'streaming' || (m.status === 'error' && !m.content))) continue;
    out.push({ role: m.role, content: m.content });
  }
  return out;
}

/** A title from the first user message. Pure. */
export function titleFrom(text: string): string {
  const line = text.trim().split(/\r?\n/)[0] ?? '';
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line || 'New chat';
}

/**
 * Streaming chat sessions: saves the user's message first (a failure never loses it), streams the
 * answer with deltas batched per frame, keeps partial text when a request fails or is stopped.
 */
export class ChatService {
  private readonly running = new Map<string, AbortController>();
  private readonly batcher: DeltaBatcher;

  constructor(private readonly deps: ChatServiceDeps) {
    this.batcher = new DeltaBatcher((d) => deps.onDelta(d));
  }

  /** Starts a turn; the answer arrives as deltas and a final `done`. */
  async send(conversationId: string, text: string): Promise<TurnIds> {
    const conversation = this.idleConversation(conversationId);
    const user: ChatMessage = { id: this.deps.newId(), role: 'user', content: text, createdAt: this.deps.now() };
    if (conversation.messages.length === 0 && (conversation.title === 'New chat' || !conversation.title)) conversation.title = titleFrom(text);
    conversation.messages.push(user);
    return this.answer(conversation, user.id);
  }

  /** Answers the user message before `messageId` again, replacing that answer and all after it. */
  async regenerate(conversationId: string, messageId: string): Promise<TurnIds> {
    const conversation = this.idleConversation(conversationId);
    const index = conversation.messages.findIndex((m) => m.id === messageId);
    if (index < 0) throw new AppError('not-found', 'That message no longer exists.');
    const userIndex = conversation.messages[index]!.role === 'user' ? index : findLastIndex(conversation.messages.slice(0, index), (m) => m.role === 'user');
    if (userIndex < 0) throw new AppError('bad-request', 'There is no question before this answer to ask again.');
    conversation.messages = conversation.messages.slice(0, userIndex + 1);
    return this.answer(conversation, conversation.messages[userIndex]!.id);
  }

  /** Replaces a user message's text, drops everything after it, and asks again. */
  async edit(conversationId: string, messageId: string, text: string): Promise<TurnIds> {
    const conversation = this.idleConversation(conversationId);
    const index = conversation.messages.findIndex((m) => m.id === messageId);
    if (index < 0 || conversation.messages[index]!.role !== 'user') throw new AppError('bad-request', 'Only your own messages can be edited.');
    conversation.messages = conversation.messages.slice(0, index + 1);
    conversation.messages[index] = { ...conversation.messages[index]!, content: text };
    return this.answer(conversation, messageId);
  }

  private idleConversation(conversationId: string): Conversation {
    const conversation = this.deps.store.get(conversationId);
    if (!conversation) throw new AppError('not-found', 'That conversation no longer exists.');
    if (conversation.messages.some((m) => m.status === 'streaming' && this.isRunning(m.id))) {
      throw new AppError('busy', 'An answer is still streaming in this conversation; stop it first.');
    }
    if (!conversation.model.trim()) throw new AppError('no-model', 'Choose a model for this conversation first (type its id, or load the list from the host).');
    return conversation;
  }

  // Saves the conversation (so the question is never lost), then streams the answer to it.
  private answer(conversation: Conversation, userMessageId: string): TurnIds {
    const { store, newId, now } = this.deps;
    const assistant: ChatMessage = {
      id: newId(),
      role: 'assistant',
      content: '',
      createdAt: now(),
      status: 'streaming',
      providerId: conversation.providerId,
      model: conversation.model,
    };
    const wire = toWireMessages(conversation);
    conversation.messages.push(assistant);
    conversation.updatedAt = now();
    store.save(conversation);
    const requestId = newId();
    const controller = new AbortController();
    this.running.set(requestId, controller);
    this.runningMessages.set(assistant.id, requestId);
    this.requestConversation.set(requestId, conversation.id);
    void this.stream(requestId, conversation.id, assistant, wire, controller.signal, conversation.params).finally(() => {
      this.running.delete(requestId);
      this.runningMessages.delete(assistant.id);
      this.requestConversation.delete(requestId);
    });
    return { requestId, userMessageId, assistantMessageId: assistant.id };
  }

  /** Stops a running request; the partial answer is kept. */
  abort(requestId: string): boolean {
    const controller = this.running.get(requestId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  /** Marks answers left `streaming` by a previous run (crash, quit) as interrupted. */
  reconcile(conversation: Conversation): Conversation {
    for (const m of conversation.messages) {
      if (m.status === 'streaming' && !this.isRunning(m.id)) {
        m.status = 'aborted';
        m.finishReason = 'aborted';
      }
    }
    return conversation;
  }

  /** Waits until no request is running (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await new Promise((r) => setTimeout(r, 5));
  }

  private readonly runningMessages = new Map<string, string>();
  private readonly requestConversation = new Map<string, string>();

  /** Stops every request of a conversation (it is being deleted). */
  abortConversation(conversationId: string): void {
    for (const [requestId, id] of this.requestConversation) if (id === conversationId) this.abort(requestId);
  }

  private isRunning(messageId: string): boolean {
    return this.runningMessages.has(messageId);
  }

  private async stream(requestId: string, conversationId: string, message: ChatMessage, wire: WireMessage[], signal: AbortSignal, params?: GenerationOptions): Promise<void> {
    const { store, http, resolveTarget, onDone, now } = this.deps;
    const final: ChatMessage = { ...message };
    try {
      const target = await resolveTarget(message.providerId ?? '', message.model ?? '');
      const raw = await runChat({
        http,
        adapter: adapterFor(target.protocol),
        target,
        messages: wire,
        stream: true,
        signal,
        ...(params ? { options: params } : {}),
        onEvent: (event) => {
          if (event.type === 'text') this.batcher.add({ requestId, conversationId, messageId: message.id, text: event.text });
          else if (event.type === 'reasoning') this.batcher.add({ requestId, conversationId, messageId: message.id, reasoning: event.text });
        },
      });
      const outcome = await refineModelCauses(raw, target.model, () => this.deps.listModelIds(target.providerId));
      if (outcome.exchange && outcome.error) http.annotate(outcome.exchange, outcome.error.causes);
      final.content = outcome.text;
      if (outcome.reasoning) final.reasoning = outcome.reasoning;
      if (outcome.toolCalls.length) final.toolCalls = outcome.toolCalls;
      if (outcome.usage) final.usage = outcome.usage;
      final.finishReason = outcome.finishReason ?? (outcome.error ? 'error' : 'stop');
      if (outcome.exchange) final.exchangeIds = [outcome.exchange.id];
      if (outcome.error) final.error = outcome.error;
      final.status = signal.aborted ? 'aborted' : outcome.error ? 'error' : 'done';
    } catch (error) {
      final.status = 'error';
      final.finishReason = 'error';
      final.error = {
        message: error instanceof Error ? error.message : String(error),
        causes: error instanceof AppError && error.causes ? error.causes : [],
      };
    }
    this.batcher.flush();
    const latest = store.get(conversationId);
    if (latest) {
      const index = latest.messages.findIndex((m) => m.id === message.id);
      if (index >= 0) latest.messages[index] = final;
      else latest.messages.push(final);
      latest.updatedAt = now();
      store.save(latest);
    }
    onDone({ requestId, conversationId, message: final });
  }
}
