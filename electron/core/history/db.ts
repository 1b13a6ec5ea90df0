import { createRequire } from 'node:module';
import type LibsqlDatabase from 'libsql';
import { AppError } from '../../shared/errors';

/**
 * The values a statement may bind. Booleans, Dates, objects and lone Buffers are left out on
 * purpose: libsql 0.5 aborts the whole process on some of them (tursodatabase/libsql-js#60), so
 * callers convert first and everything binds as an array.
 */
export type SqlValue = string | number | bigint | null;

/** What went wrong with the history file, in words for the user, with a stable code. */
export function storageError(error: unknown): AppError {
  const code = String((error as { code?: string }).code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_FULL' || /disk is full|SQLITE_FULL/i.test(message)) return new AppError('storage-full', 'The disk is full: the history could not be saved. What was saved before is intact.');
  if (code === 'SQLITE_READONLY' || /readonly|read-only/i.test(message)) return new AppError('storage-read-only', 'The history folder is read-only: nothing new could be saved. What was saved before is intact.');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new AppError('storage-busy', 'Another Switchboard process held the history for too long; try again.');
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new AppError('storage-corrupt', `The history file is damaged (${message}).`);
  if (code === 'SQLITE_CANTOPEN' || /ConnectionFailed|unable to open/i.test(message)) return new AppError('storage-unavailable', `The history file cannot be opened (${message}).`);
  return new AppError('storage', `The history could not be read or written: ${message}`);
}

// Required, not imported: libsql is a CommonJS package, and an ES import of it goes through Node's
// ES-to-CommonJS translation (its exports found by parsing its source), ~4 ms of every start.
const Database = createRequire(import.meta.url)('libsql') as typeof LibsqlDatabase;

// libsql adds `_metadata` to every row it returns; it is not ours.
function clean<T>(row: unknown): T {
  if (row && typeof row === 'object' && '_metadata' in row) {
    const { _metadata: _drop, ...rest } = row as Record<string, unknown>;
    return rest as T;
  }
  return row as T;
}

interface Statement {
  run(params: SqlValue[]): { changes: number };
  get(params: SqlValue[]): unknown;
  all(params: SqlValue[]): unknown[];
}

/** How long a statement waits for another process's lock before it fails with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/** A SQLite connection: WAL, a busy timeout, foreign keys, statements cached, writes in IMMEDIATE transactions. */
export class Db {
  private readonly db: InstanceType<typeof Database>;
  private readonly statements = new Map<string, Statement>();
  private depth = 0;

  constructor(readonly path: string) {
    this.db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  }

  /** Turns on what every connection needs. Throws on a file that is not a database. */
  configure(): void {
    this.db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.switchToWal();
    this.db.exec('PRAGMA synchronous = NORMAL');
    this.db.exec('PRAGMA foreign_keys = ON');
  }

  /**
   * WAL mode, kept in the file once set. Setting it on a new file needs the file alone, and SQLite
   * answers BUSY at once there rather than wait out the busy timeout: two processes opening a new
   * history at the same instant (the app and the command line, two commands) failed one of them in
   * 1 start of 3. Tried again until the busy timeout; the first process's switch ends the wait.
   */
  private switchToWal(): void {
    const deadline = Date.now() + BUSY_TIMEOUT_MS;
    for (;;) {
      try {
        this.db.exec('PRAGMA journal_mode = WAL');
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
        // Opening is synchronous (the core opens its history in its constructor); the wait is a few ms.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      }
    }
  }

  private statement(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql) as unknown as Statement;
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Rows of a query. */
  all<T>(sql: string, params: SqlValue[] = []): T[] {
    return this.statement(sql).all(params).map((r) => clean<T>(r));
  }

  /** The first row of a query, or undefined. */
  get<T>(sql: string, params: SqlValue[] = []): T | undefined {
    const row = this.statement(sql).get(params);
    return row === undefined ? undefined : clean<T>(row);
  }

  /** Runs a statement; returns how many rows it changed. */
  run(sql: string, params: SqlValue[] = []): number {
    return this.statement(sql).run(params).changes;
  }

  /** Runs SQL text (schema, pragmas). */
  exec(sql: string): void {
    this.db.exec(sql);
  }

  /** A pragma's single value. */
  pragma(name: string): SqlValue {
    const row = this.get<Record<string, SqlValue>>(`PRAGMA ${name}`);
    return row ? (Object.values(row)[0] ?? null) : null;
  }

  /**
   * Runs `fn` in one IMMEDIATE transaction (the write lock taken up front, so two processes queue
   * on the busy timeout instead of failing), committed whole or not at all. Nested calls join.
   */
  tx<T>(fn: () => T): T {
    if (this.depth > 0) return fn();
    this.db.exec('BEGIN IMMEDIATE');
    this.depth++;
    try {
      const result = fn();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      // SQLite may already have rolled back (disk full): roll back only what is still open.
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    } finally {
      this.depth--;
    }
  }

  /** Closes the connection. */
  close(): void {
    this.statements.clear();
    this.db.close();
  }
}
