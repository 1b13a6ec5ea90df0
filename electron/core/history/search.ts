import { HIT_END, HIT_START, type SearchHit } from '../../shared/chat';
import type { Db } from './db';

// LIKE with the query taken literally.
function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A passage of `text` around the first match of `query`, the match marked. Pure. */
export function snippetAround(text: string, query: string, radius = 60): string {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0) return text.slice(0, radius * 2);
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + query.length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, at)}${HIT_START}${text.slice(at, at + query.length)}${HIT_END}${text.slice(at + query.length, end)}${end < text.length ? '…' : ''}`;
}

interface MessageHitRow {
  conversation_id: string;
  title: string;
  id: string;
  role: 'user' | 'assistant';
  created_at: number;
  content?: string;
}

// FTS5's own BM25 over every match of a common phrase costs hundreds of milliseconds in a
// million-message history, so the candidates are the newest RANK_WINDOW matches (found in a few
// milliseconds by walking the index backwards) and they are ranked here.
const RANK_WINDOW = 500;

/** How well a text matches: occurrences of the query, per length, slightly favouring newer ones. Pure. */
export function matchScore(text: string, query: string, recency: number): number {
  const hay = text.toLowerCase();
  const needle = query.toLowerCase();
  let count = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) count++;
  return count / Math.log2(8 + hay.length / 64) + recency * 0.1;
}

function rankedMatches(db: Db, query: string, limit: number): MessageHitRow[] {
  const rows = db.all<MessageHitRow>(
    `SELECT m.conversation_id, c.title, m.id, m.role, m.created_at, m.content
     FROM (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?) hits
     JOIN messages m ON m.seq = hits.rowid JOIN conversations c ON c.id = m.conversation_id`,
    [`"${query.replace(/"/g, '""')}"`, RANK_WINDOW],
  );
  return rows
    .map((r, i) => ({ r, score: matchScore(r.content ?? '', query, 1 - i / rows.length) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((x) => x.r);
}

/**
 * Searches titles and message text. Three characters or more go through the trigram index (ranked
 * among the newest matches, with the passage around the match); shorter queries, such as a two-character Chinese
 * word the trigram index cannot see, scan the text instead, newest first. Titles that match come first.
 */
export function searchHistory(db: Db, query: string, limit = 50): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  const titles = db
    .all<{ id: string; title: string; updated_at: number }>("SELECT id, title, updated_at FROM conversations WHERE title LIKE ? ESCAPE '\\' ORDER BY updated_at DESC LIMIT ?", [likePattern(q), limit])
    .map((c): SearchHit => ({ conversationId: c.id, title: c.title, snippet: snippetAround(c.title, q), at: c.updated_at }));
  const rows = [...q].length >= 3 ? rankedMatches(db, q, limit) : db.all<MessageHitRow>("SELECT m.conversation_id, c.title, m.id, m.role, m.created_at, m.content FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.content LIKE ? ESCAPE '\\' ORDER BY m.seq DESC LIMIT ?", [likePattern(q), limit]);
  const messages = rows.map((r): SearchHit => ({ conversationId: r.conversation_id, title: r.title, messageId: r.id, role: r.role, snippet: snippetAround(r.content ?? '', q), at: r.created_at }));
  return [...titles, ...messages].slice(0, limit);
}
