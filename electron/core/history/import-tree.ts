import type { ChatMessage } from '../../shared/chat';
import type { ConversationTree } from './tree';
import type { HistoryStore } from './history-store';
import { metaOf } from './rows';

/**
 * Writes whole conversations in one transaction; ones already there (same id) are left alone, so
 * importing twice, or by two processes, adds nothing twice. Returns how many were added.
 */
export function importConversations(store: HistoryStore, conversations: readonly ConversationTree[]): number {
  const { db } = store;
  return db.tx(() => {
    let added = 0;
    for (const c of conversations) {
      if (db.get('SELECT 1 AS x FROM conversations WHERE id = ?', [c.id])) continue;
      db.run('INSERT INTO conversations (id, title, created_at, updated_at, provider_id, model, system, params, current_leaf, message_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        c.id,
        c.title,
        c.createdAt,
        c.updatedAt,
        c.providerId,
        c.model,
        c.system ?? null,
        c.params ? JSON.stringify(c.params) : null,
        c.currentLeaf,
        c.messages.length,
      ]);
      for (const m of c.messages) {
        // A message id taken by another conversation (an export imported twice under new ids) is skipped.
        db.run('INSERT OR IGNORE INTO messages (id, conversation_id, parent_id, role, content, created_at, status, touched_at, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [m.id, c.id, m.parentId, m.role, m.content, m.createdAt, m.status ?? null, m.createdAt, metaOf(m)]);
      }
      added++;
    }
    return added;
  });
}

/** A linear list of messages as a chain (each the child of the one before). Pure. */
export function asChain(messages: readonly ChatMessage[]): (ChatMessage & { parentId: string | null })[] {
  return messages.map((m, i) => ({ ...m, parentId: i === 0 ? null : messages[i - 1]!.id }));
}
