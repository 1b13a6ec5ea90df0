import type { CauseId } from '../diagnose/causes';
import type { FinishReason, GenerationOptions, ToolCall, Usage } from '../providers/types';

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
