import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { setAside } from '../fs/set-aside';
import type { Conversation, ConversationSummary } from '../../shared/chat';

const FORMAT_VERSION = 1;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;

/** A file that could not be read; it was moved aside, not overwritten. */
export interface StoreProblem {
  file: string;
  movedTo: string;
  reason: string;
}

/** Returns an error message when a parsed file is not a conversation. Pure. */
export function validateConversation(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not a JSON object';
  const v = value as Partial<Conversation> & { version?: number };
  if (typeof v.id !== 'string' || !ID_PATTERN.test(v.id)) return 'missing or invalid id';
  if (typeof v.title !== 'string') return 'missing title';
  if (!Array.isArray(v.messages)) return 'missing messages';
  if (typeof v.providerId !== 'string' || typeof v.model !== 'string') return 'missing provider or model';
  if (v.version !== undefined && v.version > FORMAT_VERSION) return `written by a newer Switchboard (format ${v.version})`;
  return undefined;
}

/** Summary for the sidebar. Pure. */
export function summarize(c: Conversation): ConversationSummary {
  return { id: c.id, title: c.title, updatedAt: c.updatedAt, providerId: c.providerId, model: c.model, messageCount: c.messages.length };
}

/**
 * Conversations as one JSON file each in `<dataDir>/conversations`, written atomically. Loaded once;
 * a file that does not parse is renamed to `*.corrupt-<time>` and reported, never overwritten.
 */
export class ConversationStore {
  private readonly dir: string;
  private cache: Map<string, Conversation> | undefined;
  private readonly problems: StoreProblem[] = [];

  constructor(dataDir: string, private readonly now: () => number = Date.now) {
    this.dir = join(dataDir, 'conversations');
  }

  /** Every conversation, newest first, plus the files that had to be set aside. */
  list(): { conversations: ConversationSummary[]; problems: StoreProblem[] } {
    const all = [...this.load().values()].sort((a, b) => b.updatedAt - a.updatedAt);
    return { conversations: all.map(summarize), problems: [...this.problems] };
  }

  /** One conversation (a copy), or undefined. */
  get(id: string): Conversation | undefined {
    const c = this.load().get(id);
    return c ? structuredClone(c) : undefined;
  }

  /** Saves a conversation atomically and updates the cache. */
  save(conversation: Conversation): void {
    if (!ID_PATTERN.test(conversation.id)) throw new Error('Invalid conversation id');
    const copy = structuredClone(conversation);
    writeFileAtomic(this.fileFor(copy.id), JSON.stringify({ version: FORMAT_VERSION, ...copy }, null, 1));
    this.load().set(copy.id, copy);
  }

  /** Deletes a conversation's file. */
  delete(id: string): boolean {
    if (!ID_PATTERN.test(id)) return false;
    const existed = this.load().delete(id);
    rmSync(this.fileFor(id), { force: true });
    return existed;
  }

  private fileFor(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  private load(): Map<string, Conversation> {
    if (this.cache) return this.cache;
    const cache = new Map<string, Conversation>();
    if (existsSync(this.dir)) {
      for (const name of readdirSync(this.dir)) {
        if (!name.endsWith('.json')) continue;
        const file = join(this.dir, name);
        let reason: string | undefined;
        let parsed: unknown;
        try {
          parsed = JSON.parse(readFileSync(file, 'utf8'));
          reason = validateConversation(parsed);
        } catch (error) {
          reason = error instanceof Error ? error.message : String(error);
        }
        if (reason) {
          const movedTo = setAside(file, this.now);
          this.problems.push({ file: name, movedTo, reason });
          continue;
        }
        const { version: _version, ...conversation } = parsed as Conversation & { version?: number };
        cache.set(conversation.id, conversation);
      }
    } else {
      mkdirSync(this.dir, { recursive: true });
    }
    this.cache = cache;
    return cache;
  }
}
