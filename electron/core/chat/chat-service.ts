import { AppError } from '../../shared/errors';
import { NEW_CHAT_TITLE, type ChatDelta, type ChatDone, type ChatMessage, type ChatStep, type Conversation, type TurnIds } from '../../shared/chat';
import type { GenerationOptions } from '../../shared/provider';
import type { Clock } from '../clock';
import { storageError } from '../history/db';
import type { HistoryStore } from '../history/history-store';
import type { RecordingFetch } from '../net/recording-fetch';
import type { ResolvedTarget, WirePart } from '../providers/types';
import type { AttachmentRef } from '../../shared/attachments';
import type { Protocol } from '../../shared/protocols';
import type { TurnMessage } from './stream-turn';
import { DeltaBatcher } from './delta-batcher';
import { streamTurn } from './stream-turn';
import type { ToolHost } from './tool-host';
import { stepWire } from './tool-wire';

/** What the chat service needs from the rest of the core. */
export interface ChatServiceDeps {
  /** The history store (a getter: restoring a backup replaces it). */
  history(): HistoryStore;
  http: RecordingFetch;
  resolveTarget(providerId: string, model: string): Promise<ResolvedTarget>;
  /** The host's model ids (cached, or fetched and recorded), for explaining a model error. */
  listModelIds(providerId: string): Promise<readonly string[]>;
  onDelta(delta: ChatDelta): void;
  onDone(event: ChatDone): void;
  /** A round of tool calls started or a call changed state: the whole message so far. */
  onStep?(event: ChatStep): void;
  /** The tools offered to the model (MCP); without them none are. */
  tools?: ToolHost;
  newId(): string;
  clock: Clock;
  /** How often a streaming answer is saved: it is never more than this behind on disk. */
  saveEveryMs?: number;
  /** An attachment as a protocol's part (the image, the PDF, or a document's text). */
  partOf?(ref: AttachmentRef, protocol: Protocol): WirePart;
}

/** How a turn is asked. */
export interface TurnOptions {
  /** Ask for a streamed answer (the default). */
  stream?: boolean;
  /** Files sent with the question (already added to the attachment store). */
  attachments?: AttachmentRef[];
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

/** How often a streaming answer is saved: twice a second keeps it well under a second behind. */
export const SAVE_EVERY_MS = 500;

/** The messages a provider sees for a conversation: system prompt, then every finished turn. Pure. */
export function toWireMessages(conversation: Pick<Conversation, 'system' | 'messages'>): TurnMessage[] {
  const out: TurnMessage[] = [];
  if (conversation.system?.trim()) out.push({ role: 'system', content: conversation.system });
  for (const m of conversation.messages) {
    if (m.role === 'assistant' && m.status === 'streaming') continue;
    // Rounds of tool calls go back as they happened: the calls, their results, then the answer.
    if (m.role === 'assistant') for (const step of m.steps ?? []) out.push(...stepWire(step));
    if (m.role === 'assistant' && !m.content) continue;
    out.push({ role: m.role, content: m.content, ...(m.attachments?.length ? { attachments: m.attachments } : {}) });
  }
  return out;
}

/** A title from the first user message. Pure. */
export function titleFrom(text: string): string {
  const line = text.trim().split(/\r?\n/)[0] ?? '';
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line || NEW_CHAT_TITLE;
}

function lastUserIndex(messages: readonly ChatMessage[], atOrBefore: number): number {
  for (let i = atOrBefore; i >= 0; i--) if (messages[i]!.role === 'user') return i;
  return -1;
}

/**
 * Streaming chat turns. The user's message is committed before the request starts; the answer is
 * saved while it streams (never more than a second behind) and kept when a request fails or is
 * stopped. Regenerate and Edit add versions beside the old ones (branches) instead of replacing.
 */
export class ChatService {
  private readonly turns = new Map<string, RunningTurn>();
  private readonly batcher: DeltaBatcher;

  constructor(private readonly deps: ChatServiceDeps) {
    this.batcher = new DeltaBatcher((d) => deps.onDelta(d));
  }

  /** Starts a turn; the answer arrives as deltas and a final `done` (one delta when `stream` is false). */
  async send(conversationId: string, text: string, options: TurnOptions = {}): Promise<TurnIds> {
    const conversation = this.idleConversation(conversationId);
    if (!text.trim() && !options.attachments?.length) throw new AppError('bad-request', 'Type a message or attach a file to send.');
    const user: ChatMessage = { ...this.newMessage('user', text), ...(options.attachments?.length ? { attachments: options.attachments } : {}) };
    const untitled = conversation.messages.length === 0 && (conversation.title === NEW_CHAT_TITLE || !conversation.title);
    this.write(() => this.deps.history().append(conversation.id, user, conversation.messages.at(-1)?.id ?? null, untitled ? titleFrom(text) : undefined));
    return this.answer(conversation, [...conversation.messages, user], user.id, options);
  }

  /** Answers the question before (or at) `messageId` again; the earlier answer stays as a version. */
  async regenerate(conversationId: string, messageId: string): Promise<TurnIds> {
    const conversation = this.idleConversation(conversationId);
    const index = conversation.messages.findIndex((m) => m.id === messageId);
    if (index < 0) throw new AppError('not-found', 'That message no longer exists.');
    const userIndex = lastUserIndex(conversation.messages, index);
    if (userIndex < 0) throw new AppError('bad-request', 'There is no question before this answer to ask again.');
    return this.answer(conversation, conversation.messages.slice(0, userIndex + 1), conversation.messages[userIndex]!.id);
  }

  /** Asks an edited version of a question; the original and its answers stay as a version. */
  async edit(conversationId: string, messageId: string, text: string): Promise<TurnIds> {
    const conversation = this.idleConversation(conversationId);
    const index = conversation.messages.findIndex((m) => m.id === messageId);
    if (index < 0 || conversation.messages[index]!.role !== 'user') throw new AppError('bad-request', 'Only your own messages can be edited.');
    // The edited question keeps the files of the original.
    const original = conversation.messages[index]!;
    const edited: ChatMessage = { ...this.newMessage('user', text), ...(original.attachments?.length ? { attachments: original.attachments } : {}) };
    this.write(() => this.deps.history().append(conversation.id, edited, conversation.messages[index - 1]?.id ?? null));
    return this.answer(conversation, [...conversation.messages.slice(0, index), edited], edited.id);
  }

  /** Shows another version of a turn; the conversation continues from there. */
  switchBranch(conversationId: string, messageId: string): void {
    this.idleConversation(conversationId, { needsModel: false });
    this.write(() => this.deps.history().selectBranch(conversationId, messageId));
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

  /** Stops every request (quitting); resolves once each has saved what arrived. */
  async abortAll(): Promise<void> {
    for (const turn of this.turns.values()) turn.controller.abort();
    await this.idle();
  }

  /** True while this process streams into the message. */
  isStreaming(messageId: string): boolean {
    for (const turn of this.turns.values()) if (turn.messageId === messageId) return true;
    return false;
  }

  /** Resolves once no request is running (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.turns.size > 0) await Promise.all([...this.turns.values()].map((t) => t.finished));
  }

  private newMessage(role: ChatMessage['role'], content: string): ChatMessage {
    return { id: this.deps.newId(), role, content, createdAt: this.deps.clock.now() };
  }

  // A write the user is waiting on: a storage failure becomes a readable error, and nothing was sent.
  private write<T>(fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw error instanceof AppError ? error : storageError(error);
    }
  }

  private idleConversation(conversationId: string, options = { needsModel: true }): Conversation {
    const conversation = this.deps.history().get(conversationId);
    if (!conversation) throw new AppError('not-found', 'That conversation no longer exists.');
    for (const turn of this.turns.values()) if (turn.conversationId === conversationId) throw new AppError('busy', 'An answer is still streaming in this conversation; stop it first.');
    if (options.needsModel && !conversation.model.trim()) throw new AppError('no-model', 'Choose a model for this conversation first (type its id, or load the list from the host).');
    return conversation;
  }

  // Commits the empty answer, then streams into it.
  private answer(conversation: Conversation, history: ChatMessage[], parentId: string, options: TurnOptions = {}): TurnIds {
    const assistant: ChatMessage = { ...this.newMessage('assistant', ''), status: 'streaming', providerId: conversation.providerId, model: conversation.model };
    this.write(() => this.deps.history().append(conversation.id, assistant, parentId));
    const requestId = this.deps.newId();
    const turn: RunningTurn = { requestId, conversationId: conversation.id, messageId: assistant.id, controller: new AbortController(), finished: Promise.resolve() };
    this.turns.set(requestId, turn);
    turn.finished = this.stream(turn, assistant, toWireMessages({ ...conversation, messages: history }), conversation.params, options.stream ?? true).finally(() => this.turns.delete(requestId));
    return { requestId, userMessageId: parentId, assistantMessageId: assistant.id };
  }

  private async stream(turn: RunningTurn, message: ChatMessage, wire: TurnMessage[], params: GenerationOptions | undefined, stream: boolean): Promise<void> {
    const { requestId, conversationId } = turn;
    const live: ChatMessage = { ...message };
    let unsaved: string | undefined;
    // Never throws: a failed write (disk full, read-only folder) is reported, and the text stays on screen.
    const persist = (m: ChatMessage) => {
      try {
        this.deps.history().save(m);
        unsaved = undefined;
      } catch (error) {
        unsaved = storageError(error).message;
      }
    };
    const timer = setInterval(() => persist(live), this.deps.saveEveryMs ?? SAVE_EVERY_MS);
    const final = await streamTurn({
      ...this.deps,
      message,
      wire,
      stream,
      signal: turn.controller.signal,
      ...(params ? { params } : {}),
      onText: (text) => {
        live.content += text;
        this.batcher.add({ requestId, conversationId, messageId: message.id, text });
      },
      onReasoning: (reasoning) => {
        live.reasoning = (live.reasoning ?? '') + reasoning;
        this.batcher.add({ requestId, conversationId, messageId: message.id, reasoning });
      },
      ...(this.deps.tools ? { tools: this.deps.tools } : {}),
      turn: { requestId, conversationId },
      onStep: (steps) => {
        // What streamed so far belongs to the last round; the next round's text starts empty.
        this.batcher.flush();
        live.steps = structuredClone([...steps]);
        live.content = '';
        delete live.reasoning;
        this.deps.onStep?.({ requestId, conversationId, message: structuredClone(live) });
      },
    });
    clearInterval(timer);
    this.batcher.flush();
    persist(final);
    this.deps.onDone({ requestId, conversationId, message: final, ...(unsaved ? { unsaved } : {}) });
  }
}
