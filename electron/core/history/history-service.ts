import { AppError } from '../../shared/errors';
import type { Conversation, SearchHit } from '../../shared/chat';
import { exportFilename, toJsonExport, toMarkdown , type HistoryExport } from './export';
import { parseChatGptExport, parseSwitchboardExport } from './history-import';
import { importConversations } from './import-tree';
import type { BackupInfo } from '../../shared/app-info';
import { dailySnapshot, listBackups, snapshot } from './backups';
import type { Db } from './db';
import { HistoryStore } from './history-store';
import { importJsonConversations } from './json-import';
import { AttachmentStore, type Variant } from '../attachments/attachment-store';
import type { ConversationTree } from './tree';

const VARIANTS: Variant[] = ['original', 'send', 'thumb', 'text'];
import { historyFile, openDatabase, replaceDatabase } from './open-history';
import { searchHistory } from './search';

/**
 * The history of one data folder: opens the database (setting a damaged one aside), imports the
 * conversation files of earlier versions once, takes a daily snapshot, searches, and restores.
 */
export class HistoryService {
  private db: Db;
  private current: HistoryStore;
  /** What went wrong while opening, for the user. */
  readonly problems: string[] = [];

  /** The attached files, kept beside the database. */
  readonly files: AttachmentStore;
  // Copies run one after another: two in the same second would share a file name.
  private copying: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly now: () => number,
  ) {
    const { db, problem } = openDatabase(dataDir, now());
    if (problem) this.problems.push(problem);
    this.db = db;
    this.current = new HistoryStore(db, now);
    this.files = new AttachmentStore(dataDir);
    const imported = importJsonConversations(dataDir, this.current, now);
    for (const u of imported.unreadable) this.problems.push(`${u.file} could not be imported (${u.reason}); it was kept in ${imported.movedTo}.`);
  }

  /** The store (replaced by a restore). */
  get store(): HistoryStore {
    return this.current;
  }

  /**
   * Takes the daily snapshot if none was taken in the last day. Never rejects: a failed backup is
   * reported in `problems`.
   */
  backupIfDue(): Promise<string | undefined> {
    return this.oneCopyAtATime(() => dailySnapshot(this.db, this.dataDir, this.now())).catch((error: unknown) => {
      this.problems.push(`The daily backup failed: ${(error as Error).message}`);
      return undefined;
    });
  }

  /** A snapshot now. */
  async backupNow(): Promise<BackupInfo> {
    const file = await this.oneCopyAtATime(() => snapshot(this.db, this.dataDir, this.now()));
    return listBackups(this.dataDir).find((b) => b.file === file)!;
  }

  private oneCopyAtATime<T>(copy: () => Promise<T>): Promise<T> {
    const next = this.copying.then(copy, copy);
    this.copying = next.catch(() => undefined);
    return next;
  }

  /** Closes the database once the copies asked for so far are done (one reads it until then). */
  async closeAfterCopies(): Promise<void> {
    await this.copying;
    this.close();
  }

  /** The snapshots there are, newest first. */
  backups(): BackupInfo[] {
    return listBackups(this.dataDir);
  }

  /** Replaces the history with a snapshot; the current database is kept beside it. */
  restore(file: string): { keptAs: string } {
    if (!this.backups().some((b) => b.file === file)) throw new AppError('not-found', 'That backup no longer exists.');
    this.db.close();
    const keptAs = replaceDatabase(historyFile(this.dataDir), file, this.now());
    const { db } = openDatabase(this.dataDir, this.now());
    this.db = db;
    this.current = new HistoryStore(db, this.now);
    return { keptAs };
  }

  /** A conversation on its active branch; answers whose writer is gone read as interrupted. */
  open(id: string, isLive: (messageId: string) => boolean = () => false): Conversation {
    this.current.interruptStale(id, isLive);
    const c = this.current.get(id);
    if (!c) throw new AppError('not-found', 'That conversation no longer exists.');
    return c;
  }

  /** One conversation (or all, for JSON) as a file: Markdown shows the branch on screen, JSON keeps every branch. */
  export(id: string | undefined, format: 'json' | 'md', isLive?: (messageId: string) => boolean): { text: string; filename: string } {
    const now = this.now();
    if (format === 'md') {
      if (!id) throw new AppError('bad-request', 'Markdown export is one conversation at a time.');
      const c = this.open(id, isLive);
      return { text: toMarkdown(c), filename: exportFilename(c.title, 'md') };
    }
    const trees = (id ? [id] : this.current.ids()).flatMap((one) => this.current.tree(one) ?? []);
    if (id && !trees.length) throw new AppError('not-found', 'That conversation no longer exists.');
    return { text: toJsonExport(trees, now, this.filesOf(trees)), filename: id ? exportFilename(trees[0]!.title, 'json') : `switchboard-history-${new Date(now).toISOString().slice(0, 10)}.json` };
  }

  // The stored forms of every file attached in these conversations, for the export.
  private filesOf(trees: readonly ConversationTree[]): NonNullable<HistoryExport['files']> {
    const files: NonNullable<HistoryExport['files']> = {};
    for (const m of trees.flatMap((t) => t.messages)) {
      for (const a of m.attachments ?? []) {
        if (files[a.id]) continue;
        const forms: Partial<Record<Variant, string>> = {};
        for (const variant of VARIANTS) {
          const bytes = this.files.get(a.id, variant);
          if (bytes) forms[variant] = bytes.toString('base64');
        }
        files[a.id] = forms;
      }
    }
    return files;
  }

  /** Adds conversations from a Switchboard export or ChatGPT's conversations.json; ones already here are skipped. */
  import(text: string, format: 'switchboard' | 'chatgpt' | undefined, newId: () => string): { imported: number; skipped: number } {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new AppError('bad-import', `The file is not JSON (${(error as Error).message}).`);
    }
    const kind = format ?? (Array.isArray(value) ? 'chatgpt' : 'switchboard');
    const conversations = kind === 'chatgpt' ? parseChatGptExport(value, newId, this.now()) : parseSwitchboardExport(value);
    // The files first: a conversation never lands without what its messages point at.
    const files: NonNullable<HistoryExport['files']> = kind === 'switchboard' ? ((value as HistoryExport).files ?? {}) : {};
    for (const [id, forms] of Object.entries(files)) {
      if (!/^[0-9a-f]{64}$/.test(id) || typeof forms !== 'object' || !forms) continue;
      for (const variant of VARIANTS) {
        const b64 = forms[variant];
        if (typeof b64 === 'string') this.files.put(Buffer.from(b64, 'base64'), id, variant);
      }
    }
    const imported = importConversations(this.current, conversations);
    return { imported, skipped: conversations.length - imported };
  }

  /** Titles and message text matching a query. */
  search(query: string, limit?: number): SearchHit[] {
    return searchHistory(this.db, query, limit);
  }

  /** Closes the database. */
  close(): void {
    this.db.close();
  }
}
