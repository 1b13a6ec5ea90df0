import { AppError } from '../../shared/errors';
import { NEW_CHAT_TITLE, type ChatDelta, type ChatDone, type ChatMessage, type Conversation, type TurnIds } from '../../shared/chat';
import type { GenerationOptions } from '../../shared/provider';
import type { Clock } from '../clock';
import type { RecordingFetch } from '../net/recording-fetch';
import type { ResolvedTarget, WireMessage } from '../providers/types';
import type { ConversationStore } from './conversation-store';
import { DeltaBatcher } from './delta-batcher';
import { streamTurn } from './stream-turn';

/** What the chat service needs from the rest of the core. */
export interface ChatServiceDeps {
  store: ConversationStore;
  http: RecordingFetch;
  resolveTarget(providerId: string, model: string): Promise<ResolvedTarget>;
  /** The host's model ids (cached, or fetched and recorded), for explaining a model error. */
  listModelIds(providerId: string): Promise<readonly string[]>;
  onDelta(delta: ChatDelta): void;
  onDone(event: ChatDone): void;
  newId(): string;
  clock: Clock;
}

/** One running request: what it answers, how to stop it, and when it has finished. */
interface RunningTurn {
  requestId: string;
  conversationId: string;
  messageId: string;
  controller: AbortController;
  finished: Promise<void>;
}

const TITLE_LENGTH = 60;

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
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line || NEW_CHAT_TITLE;
}

function lastUserIndex(messages: readonly ChatMessage[], before: number): number {
  for (let i = before; i >= 0; i--) if (messages[i]!.role === 'user') return i;
  return -1;
}

/**
 * Streaming chat turns: saves the user's message first (a failure never loses it), streams the
 * answer with deltas batched per frame, keeps partial text when a request fails or is stopped.
 */
export class ChatService {
  private readonly turns = new Map<string, RunningTurn>();
  private readonly batcher: DeltaBatcher;

  constructor(private readonly deps: ChatServiceDeps) {
    this.batcher = new DeltaBatcher((d) => deps.onDelta(d));
  }

  /** Starts a turn; the answer arrives as deltas and a final `done`. */
  async send(conversationId: string, text: string): Promise<TurnIds> {
    const conversation = this.idleConversation(conversationId);
    const user: ChatMessage = { id: this.deps.newId(), role: 'user', content: text, createdAt: this.deps.clock.now() };
    if (conversation.messages.length === 0 && (conversation.title === NEW_CHAT_TITLE || !conversation.title)) conversation.title = titleFrom(text);
    conversation.messages.push(user);
    return this.answer(conversation, user.id);
  }

  /** Answers the user message before `messageId` again, replacing that answer and all after it. */
  async regenerate(conversationId: string, messageId: string): Promise<TurnIds> {
    const conversation = this.idleConversation(conversationId);
    const index = conversation.messages.findIndex((m) => m.id === messageId);
    if (index < 0) throw new AppError('not-found', 'That message no longer exists.');
    const userIndex = lastUserIndex(conversation.messages, index);
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

  /** Stops a running request; the partial answer is kept. */
  abort(requestId: string): boolean {
    const turn = this.turns.get(requestId);
    turn?.controller.abort();
    return !!turn;
  }

  /** Stops every request of a conversation (it is being deleted). */
  abortConversation(conversationId: string): void {
    for (const turn of this.turns.values()) if (turn.conversationId === conversationId) turn.controller.abort();
  }

  /** Marks answers left `streaming` by a previous run (crash, quit) as interrupted. */
  reconcile(conversation: Conversation): Conversation {
    for (const m of conversation.messages) {
      if (m.status === 'streaming' && !this.isStreaming(m.id)) {
        m.status = 'aborted';
        m.finishReason = 'aborted';
      }
    }
    return conversation;
  }

  /** Resolves once no request is running (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.turns.size > 0) await Promise.all([...this.turns.values()].map((t) => t.finished));
  }

  private isStreaming(messageId: string): boolean {
    for (const turn of this.turns.values()) if (turn.messageId === messageId) return true;
    return false;
  }

  private idleConversation(conversationId: string): Conversation {
    const conversation = this.deps.store.get(conversationId);
    if (!conversation) throw new AppError('not-found', 'That conversation no longer exists.');
    if (conversation.messages.some((m) => m.status === 'streaming' && this.isStreaming(m.id))) {
      throw new AppError('busy', 'An answer is still streaming in this conversation; stop it first.');
    }
    if (!conversation.model.trim()) throw new AppError('no-model', 'Choose a model for this conversation first (type its id, or load the list from the host).');
    return conversation;
  }

  // Saves the conversation (so the question is never lost), then streams the answer to it.
  private answer(conversation: Conversation, userMessageId: string): TurnIds {
    const { store, newId, clock } = this.deps;
    const assistant: ChatMessage = { id: newId(), role: 'assistant', content: '', createdAt: clock.now(), status: 'streaming', providerId: conversation.providerId, model: conversation.model };
    const wire = toWireMessages(conversation);
    conversation.messages.push(assistant);
    conversation.updatedAt = clock.now();
    store.save(conversation);
    const requestId = newId();
    const controller = new AbortController();
    const turn: RunningTurn = { requestId, conversationId: conversation.id, messageId: assistant.id, controller, finished: Promise.resolve() };
    this.turns.set(requestId, turn);
    turn.finished = this.stream(turn, assistant, wire, conversation.params).finally(() => this.turns.delete(requestId));
    return { requestId, userMessageId, assistantMessageId: assistant.id };
  }

  private async stream(turn: RunningTurn, message: ChatMessage, wire: WireMessage[], params?: GenerationOptions): Promise<void> {
    const { store, onDone, clock } = this.deps;
    const { requestId, conversationId } = turn;
    const final = await streamTurn({
      ...this.deps,
      message,
      wire,
      signal: turn.controller.signal,
      ...(params ? { params } : {}),
      onText: (text) => this.batcher.add({ requestId, conversationId, messageId: message.id, text }),
      onReasoning: (reasoning) => this.batcher.add({ requestId, conversationId, messageId: message.id, reasoning }),
    });
    this.batcher.flush();
    const latest = store.get(conversationId);
    if (latest) {
      const index = latest.messages.findIndex((m) => m.id === message.id);
      if (index >= 0) latest.messages[index] = final;
      else latest.messages.push(final);
      latest.updatedAt = clock.now();
      store.save(latest);
    }
    onDone({ requestId, conversationId, message: final });
  }
}
