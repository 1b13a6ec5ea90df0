import type { CauseId } from './causes';
import type { GenerationOptions } from './provider';
import type { AttachmentRef } from './attachments';
import type { ToolCall, ToolStep } from './tools';

/** Token counts, as reported by the provider. */
export interface Usage {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  reasoningTokens?: number;
  /** Time the model spent generating the output, when the host reports it (Ollama, in ns on the wire). */
  generationMs?: number;
}

export type { ToolCall } from './tools';

/** Why generation stopped, normalised across providers. */
export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'refusal' | 'error' | 'aborted' | 'incomplete' | 'interrupted' | 'unknown';

/** A failed turn, kept with its partial answer: readable message, HTTP status, catalog causes. */
export interface MessageError {
  status?: number;
  message: string;
  causes: CauseId[];
  exchangeId?: string;
}

/** One message in a conversation. */
export interface ChatMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  createdAt: number;
  reasoning?: string;
  status?: 'streaming' | 'done' | 'error' | 'aborted';
  finishReason?: FinishReason;
  usage?: Usage;
  toolCalls?: ToolCall[];
  error?: MessageError;
  providerId?: string;
  model?: string;
  exchangeIds?: string[];
  /** Every version of this turn (regenerated answers, edited questions), oldest first, when there is more than one. */
  siblings?: string[];
  /** Files sent with a question: described here, kept in the data folder by content hash. */
  attachments?: AttachmentRef[];
  /** Rounds of tool calls before the final text (`content`), each with the model's text and the calls' results. */
  steps?: ToolStep[];
  /** Tools were offered, the host said this model takes none, and it answered without them. */
  toolsRefused?: boolean;
}

/** A conversation with its own provider, model and system prompt. */
export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  providerId: string;
  model: string;
  system?: string;
  /** Sampling settings; unset means the provider's defaults. */
  params?: GenerationOptions;
  messages: ChatMessage[];
}

/** A conversation as listed in the sidebar. */
export interface ConversationSummary {
  id: string;
  title: string;
  updatedAt: number;
  providerId: string;
  model: string;
  messageCount: number;
}

/** Streamed text for one message, batched per frame. */
export interface ChatDelta {
  requestId: string;
  conversationId: string;
  messageId: string;
  text?: string;
  reasoning?: string;
}

/** The answer so far, sent whole when a round of tool calls starts or a call changes state. */
export interface ChatStep {
  requestId: string;
  conversationId: string;
  message: ChatMessage;
}

/** The final form of a streamed message. */
export interface ChatDone {
  requestId: string;
  conversationId: string;
  message: ChatMessage;
  /** Set when the answer could not be saved (disk full, read-only folder): it is only on screen. */
  unsaved?: string;
}

/** Ids of a started turn. */
export interface TurnIds {
  requestId: string;
  userMessageId: string;
  assistantMessageId: string;
}

/** The title a conversation has until its first message names it. */
export const NEW_CHAT_TITLE = 'New chat';

/** Marks around the matched text in a search snippet (private-use characters, never in real text). */
export const HIT_START = '\uE000';
/** See HIT_START. */
export const HIT_END = '\uE001';

/** A search result: a conversation whose title matched, or a message in it with the matching passage. */
export interface SearchHit {
  conversationId: string;
  title: string;
  messageId?: string;
  role?: 'user' | 'assistant';
  /** The passage around the match, the match itself between HIT_START and HIT_END. */
  snippet: string;
  at: number;
}

/** A snippet split into plain and matched parts, for display. Pure. */
export function snippetParts(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  for (const [i, piece] of snippet.split(HIT_START).entries()) {
    if (i === 0) {
      if (piece) parts.push({ text: piece, hit: false });
      continue;
    }
    const [hit = '', rest = ''] = piece.split(HIT_END);
    if (hit) parts.push({ text: hit, hit: true });
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}
