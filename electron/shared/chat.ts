import type { CauseId } from './causes';
import type { GenerationOptions } from './provider';

/** Token counts, as reported by the provider. */
export interface Usage {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  reasoningTokens?: number;
  /** Time the model spent generating the output, when the host reports it (Ollama, in ns on the wire). */
  generationMs?: number;
}

/** A tool call the model asked for. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** Why generation stopped, normalised across providers. */
export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'refusal' | 'error' | 'aborted' | 'incomplete' | 'unknown';

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

/** The final form of a streamed message. */
export interface ChatDone {
  requestId: string;
  conversationId: string;
  message: ChatMessage;
}

/** Ids of a started turn. */
export interface TurnIds {
  requestId: string;
  userMessageId: string;
  assistantMessageId: string;
}

/** The title a conversation has until its first message names it. */
export const NEW_CHAT_TITLE = 'New chat';
