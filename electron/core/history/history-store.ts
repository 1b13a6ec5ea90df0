import { hostname } from 'node:os';
import { NEW_CHAT_TITLE, type ChatMessage, type Conversation, type ConversationSummary } from '../../shared/chat';
import type { Db } from './db';
import type { ConversationTree } from './tree';
import { activePath, childrenOf, latestLeaf } from './paths';
import { conversationFromRow, conversationValues, messageFromRow, metaOf, summaryFromRow, type ConversationRow, type MessageRow } from './rows';

/** A message with where it sits: its conversation and the turn it answers or follows. */
export type StoredMessage = ChatMessage & { conversationId: string; parentId: string | null };

/** How long a `streaming` answer may go untouched before it counts as interrupted (its writer saves twice a second). */
export const STALE_STREAM_MS = 10_000;

/**
 * Conversations and their message trees in SQLite. Every change is one small transaction on the
 * rows it touches, so two processes on one data folder never overwrite each other's turns, and
 * nothing is held in memory beyond what a call returns.
 */
export class HistoryStore {
  /** This process, as it signs the answers it streams. */
  readonly writer = `${hostname()}:${process.pid}`;

  constructor(
    readonly db: Db,
    private readonly now: () => number,
  ) {}

  /** The most recently changed conversations, and how many there are in all. */
  list(limit = 500): { conversations: ConversationSummary[]; total: number } {
    const rows = this.db.all<ConversationRow>('SELECT id, title, updated_at, provider_id, model, message_count FROM conversations ORDER BY updated_at DESC LIMIT ?', [limit]);
    const total = Number(this.db.get<{ n: number }>('SELECT count(*) AS n FROM conversations')?.n ?? 0);
    return { conversations: rows.map(summaryFromRow), total };
  }

  /** A conversation with the messages of its active branch, each with its versions. */
  get(id: string): Conversation | undefined {
    const row = this.db.get<ConversationRow>('SELECT * FROM conversations WHERE id = ?', [id]);
    if (!row) return undefined;
    const messages = this.db.all<MessageRow>('SELECT * FROM messages WHERE conversation_id = ? ORDER BY seq', [id]).map((r) => ({ ...messageFromRow(r), parentId: r.parent_id }));
    return { ...conversationFromRow(row), messages: activePath(messages, row.current_leaf) };
  }

  /** A conversation with every message of every branch, and the leaf it shows (for export). */
  tree(id: string): ConversationTree | undefined {
    const row = this.db.get<ConversationRow>('SELECT * FROM conversations WHERE id = ?', [id]);
    if (!row) return undefined;
    const messages = this.db.all<MessageRow>('SELECT * FROM messages WHERE conversation_id = ? ORDER BY seq', [id]).map((r) => ({ ...messageFromRow(r), parentId: r.parent_id }));
    return { ...conversationFromRow(row), messages, currentLeaf: row.current_leaf };
  }

  /** Every conversation id, newest first. */
  ids(): string[] {
    return this.db.all<{ id: string }>('SELECT id FROM conversations ORDER BY updated_at DESC').map((r) => r.id);
  }

  /** One message with its place in the tree. */
  message(id: string): StoredMessage | undefined {
    const row = this.db.get<MessageRow>('SELECT * FROM messages WHERE id = ?', [id]);
    return row ? { ...messageFromRow(row), conversationId: row.conversation_id, parentId: row.parent_id } : undefined;
  }

  /** Saves a new, empty conversation. */
  create(c: Omit<Conversation, 'messages'>): void {
    this.db.tx(() => this.db.run('INSERT INTO conversations (id, title, created_at, updated_at, provider_id, model, system, params) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [c.id, ...conversationValues(c)]));
  }

  /** Saves a conversation's own fields (title, provider, model, system prompt, sampling). */
  update(c: Omit<Conversation, 'messages'>): void {
    this.db.tx(() => this.db.run('UPDATE conversations SET title = ?, created_at = ?, updated_at = ?, provider_id = ?, model = ?, system = ?, params = ? WHERE id = ?', [...conversationValues(c), c.id]));
  }

  /** Deletes a conversation and all its messages. */
  delete(id: string): boolean {
    return this.db.tx(() => this.db.run('DELETE FROM conversations WHERE id = ?', [id]) > 0);
  }

  /** Adds a message under `parentId` and makes it the end of the branch shown; names an untitled conversation. */
  append(conversationId: string, message: ChatMessage, parentId: string | null, title?: string): void {
    const now = this.now();
    this.db.tx(() => {
      this.db.run('INSERT INTO messages (id, conversation_id, parent_id, role, content, created_at, status, touched_at, writer, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        message.id,
        conversationId,
        parentId,
        message.role,
        message.content,
        message.createdAt,
        message.status ?? null,
        now,
        message.status === 'streaming' ? this.writer : null,
        metaOf(message),
      ]);
      const changed = this.db.run(`UPDATE conversations SET current_leaf = ?, updated_at = ?, message_count = message_count + 1${title ? ', title = CASE WHEN title = ? THEN ? ELSE title END' : ''} WHERE id = ?`, title ? [message.id, now, NEW_CHAT_TITLE, title, conversationId] : [message.id, now, conversationId]);
      if (!changed) throw new Error(`No conversation ${conversationId}`);
    });
  }

  /** Saves a message's text, state and details as they are now (while streaming, and at the end). */
  save(message: ChatMessage): void {
    this.db.tx(() => this.db.run('UPDATE messages SET content = ?, status = ?, touched_at = ?, writer = ?, meta = ? WHERE id = ?', [message.content, message.status ?? null, this.now(), message.status === 'streaming' ? this.writer : null, metaOf(message), message.id]));
  }

  /** Shows the branch through `messageId`, continuing at its newest leaf. */
  selectBranch(conversationId: string, messageId: string): void {
    const nodes = this.db.all<{ id: string; parentId: string | null }>('SELECT id, parent_id AS parentId FROM messages WHERE conversation_id = ? ORDER BY seq', [conversationId]);
    if (!nodes.some((n) => n.id === messageId)) throw new Error(`No message ${messageId} in ${conversationId}`);
    const leaf = latestLeaf(messageId, childrenOf(nodes));
    this.db.tx(() => this.db.run('UPDATE conversations SET current_leaf = ? WHERE id = ?', [leaf, conversationId]));
  }

  /**
   * Answers left `streaming` by a process that is gone (a crash, a kill) are marked interrupted, text
   * kept. A writer on this machine is gone when its process is; one elsewhere (a shared folder)
   * when it has not touched the answer for STALE_STREAM_MS (a live writer saves every second).
   */
  interruptStale(conversationId: string, isLive: (messageId: string) => boolean): number {
    const streaming = this.db.all<{ id: string; touched_at: number; writer: string | null }>("SELECT id, touched_at, writer FROM messages WHERE conversation_id = ? AND status = 'streaming'", [conversationId]);
    const stale = streaming.filter((m) => !isLive(m.id) && (writerGone(m.writer, this.writer) || m.touched_at < this.now() - STALE_STREAM_MS));
    if (!stale.length) return 0;
    this.db.tx(() => {
      for (const { id } of stale) this.db.run("UPDATE messages SET status = 'aborted', meta = json_set(coalesce(meta, '{}'), '$.finishReason', 'interrupted') WHERE id = ?", [id]);
    });
    return stale.length;
  }
}

/** True when a `host:pid` writer ran on this machine and its process has ended (or is this one, not streaming). Pure but for the process check. */
export function writerGone(writer: string | null, self: string): boolean {
  if (!writer) return true;
  const at = writer.lastIndexOf(':');
  const [host, pid] = [writer.slice(0, at), Number(writer.slice(at + 1))];
  if (host !== self.slice(0, self.lastIndexOf(':'))) return false;
  if (writer === self) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}
