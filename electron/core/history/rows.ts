import type { ChatMessage, Conversation, ConversationSummary } from '../../shared/chat';
import type { GenerationOptions } from '../../shared/provider';
import type { SqlValue } from './db';

/** A conversations row. */
export interface ConversationRow {
  id: string;
  title: string;
  created_at: number;
  updated_at: number;
  provider_id: string;
  model: string;
  system: string | null;
  params: string | null;
  current_leaf: string | null;
  message_count: number;
}

/** A messages row. */
export interface MessageRow {
  seq: number;
  id: string;
  conversation_id: string;
  parent_id: string | null;
  role: 'user' | 'assistant';
  content: string;
  created_at: number;
  status: string | null;
  touched_at: number;
  /** `host:pid` of the process streaming into the message. */
  writer: string | null;
  meta: string | null;
}

// Fields of a message kept in the `meta` JSON column: everything that is not a column of its own.
type Meta = Omit<ChatMessage, 'id' | 'role' | 'content' | 'createdAt' | 'status' | 'siblings'>;

function parseJson<T>(text: string | null): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** A message as the app sees it, from its row. Pure. */
export function messageFromRow(row: MessageRow): ChatMessage {
  const meta = parseJson<Meta>(row.meta) ?? {};
  return { ...meta, id: row.id, role: row.role, content: row.content, createdAt: row.created_at, ...(row.status ? { status: row.status as ChatMessage['status'] } : {}) };
}

/** The `meta` column of a message. Pure. */
export function metaOf(message: ChatMessage): string | null {
  const { id: _i, role: _r, content: _c, createdAt: _t, status: _s, siblings: _v, ...meta } = message;
  return Object.keys(meta).length ? JSON.stringify(meta) : null;
}

/** A conversation without its messages, from its row. Pure. */
export function conversationFromRow(row: ConversationRow): Omit<Conversation, 'messages'> {
  const params = parseJson<GenerationOptions>(row.params);
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    providerId: row.provider_id,
    model: row.model,
    ...(row.system ? { system: row.system } : {}),
    ...(params ? { params } : {}),
  };
}

/** A sidebar summary, from its row. Pure. */
export function summaryFromRow(row: Pick<ConversationRow, 'id' | 'title' | 'updated_at' | 'provider_id' | 'model' | 'message_count'>): ConversationSummary {
  return { id: row.id, title: row.title, updatedAt: row.updated_at, providerId: row.provider_id, model: row.model, messageCount: row.message_count };
}

/** The values to bind for a conversation's columns, in table order after the id. Pure. */
export function conversationValues(c: Omit<Conversation, 'messages'>): SqlValue[] {
  return [c.title, c.createdAt, c.updatedAt, c.providerId, c.model, c.system ?? null, c.params ? JSON.stringify(c.params) : null];
}
