import { NewerFormatError } from '../../shared/errors';
import type { Db } from './db';

/** The history database's schema version (`PRAGMA user_version`). Bump with a step in STEPS. */
export const SCHEMA_VERSION = 1;

/**
 * Forward migrations, from each version to the next. Version 1: conversations; messages as a tree
 * (each with its parent, so regenerated and edited turns stay as siblings); a trigram full-text
 * index over message text (finds Chinese too, from three characters on).
 */
const STEPS: Record<number, string> = {
  0: `
    CREATE TABLE conversations (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      provider_id TEXT NOT NULL,
      model TEXT NOT NULL,
      system TEXT,
      params TEXT,
      current_leaf TEXT,
      message_count INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX conversations_by_update ON conversations(updated_at DESC);
    CREATE TABLE messages (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      parent_id TEXT,
      role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
      content TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      status TEXT,
      touched_at INTEGER NOT NULL,
      writer TEXT,
      meta TEXT
    );
    CREATE INDEX messages_by_conversation ON messages(conversation_id, seq);
    CREATE INDEX messages_by_parent ON messages(parent_id);
    CREATE VIRTUAL TABLE messages_fts USING fts5(content, content='messages', content_rowid='seq', tokenize='trigram');
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
      INSERT INTO messages_fts(rowid, content) VALUES (new.seq, new.content);
    END;
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
      INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.seq, old.content);
    END;
    CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
      INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.seq, old.content);
      INSERT INTO messages_fts(rowid, content) VALUES (new.seq, new.content);
    END;
  `,
};

/**
 * Brings a database up to SCHEMA_VERSION, each step in its own transaction; refuses (never
 * rewrites or renames) a database written by a newer Switchboard. Returns the versions crossed.
 */
export function migrateSchema(db: Db): { from: number; to: number } {
  const from = Number(db.pragma('user_version') ?? 0);
  if (from > SCHEMA_VERSION) throw new NewerFormatError('history database', from, SCHEMA_VERSION);
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) throw new Error(`No migration from history schema ${v}`);
    db.tx(() => {
      // Another process may have run this step while we waited for the write lock: read the
      // version again inside the transaction and skip what is already done.
      if (Number(db.pragma('user_version') ?? 0) > v) return;
      db.exec(step);
      db.exec(`PRAGMA user_version = ${v + 1}`);
    });
  }
  return { from, to: SCHEMA_VERSION };
}
