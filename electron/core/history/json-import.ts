import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Conversation } from '../../shared/chat';
import type { HistoryStore } from './history-store';
import { asChain, importConversations } from './import-tree';

const ID_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;

/** Why a parsed conversation file cannot be imported, or nothing when it can. Pure. */
export function validateConversationFile(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not a JSON object';
  const v = value as Partial<Conversation> & { version?: number };
  if (typeof v.id !== 'string' || !ID_PATTERN.test(v.id)) return 'missing or invalid id';
  if (typeof v.title !== 'string') return 'missing title';
  if (!Array.isArray(v.messages)) return 'missing messages';
  if (typeof v.providerId !== 'string' || typeof v.model !== 'string') return 'missing provider or model';
  if (v.version !== undefined && v.version > 1) return `written by a newer Switchboard (format ${v.version})`;
  return undefined;
}

/** What the one-time import of the old conversation files did. */
export interface JsonImportResult {
  imported: number;
  /** Files that could not be read: they stay in the backup folder, untouched. */
  unreadable: { file: string; reason: string }[];
  movedTo?: string;
}

/**
 * Imports the conversation files of earlier versions (`<dataDir>/conversations/*.json`) into the
 * database, then moves the folder to `backups/conversations-json-<time>` (never deleted). Runs
 * again harmlessly: a conversation already in the database is not imported twice, and once the
 * folder is moved there is nothing left to import.
 */
export function importJsonConversations(dataDir: string, store: HistoryStore, now: () => number): JsonImportResult {
  const dir = join(dataDir, 'conversations');
  if (!existsSync(dir)) return { imported: 0, unreadable: [] };
  const unreadable: JsonImportResult['unreadable'] = [];
  const names = namesIn(dir);
  if (!names) return { imported: 0, unreadable: [] };
  const conversations = names
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      try {
        const parsed = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Conversation & { version?: number };
        const reason = validateConversationFile(parsed);
        if (reason) throw new Error(reason);
        const { version: _v, messages, ...c } = parsed;
        const chain = asChain(messages);
        return [{ ...c, messages: chain, currentLeaf: chain.at(-1)?.id ?? null }];
      } catch (error) {
        unreadable.push({ file: name, reason: error instanceof Error ? error.message : String(error) });
        return [];
      }
    });
  const imported = importConversations(store, conversations);
  mkdirSync(join(dataDir, 'backups'), { recursive: true });
  const movedTo = join(dataDir, 'backups', `conversations-json-${now()}`);
  try {
    renameSync(dir, movedTo);
  } catch (error) {
    // A second Switchboard starting at the same moment moved it first; its copy is the backup.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return { imported, unreadable, movedTo };
}

/** The folder's file names, or undefined when another process has just moved it away. */
function namesIn(dir: string): string[] | undefined {
  try {
    return readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
