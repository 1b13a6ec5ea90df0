import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { Db } from '../../../../../electron/core/history/db';
import { useTempDir } from '../../../../support/temp-dir';

// Another connection (another thread: SQLite's locks are the same across a process's threads as
// across processes) holds a new database file in a write transaction (a RESERVED lock) for
// `holdMs`, as a second process that opened the same new history and began its first migration
// does. Switching to WAL then fails at once with BUSY: SQLite does not wait out the busy timeout.
function holdOpen(file: string, holdMs: number): Promise<{ released: Promise<void> }> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const Database = require('node:module').createRequire(workerData.from)('libsql');
     const db = new Database(workerData.file);
     db.exec('BEGIN IMMEDIATE');
     db.prepare('SELECT count(*) FROM sqlite_master').get();
     parentPort.postMessage('holding');
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
     db.exec('COMMIT');
     db.close();`,
    { eval: true, workerData: { from: import.meta.url, file, holdMs } },
  );
  const released = new Promise<void>((resolve, reject) => (worker.once('exit', () => resolve()), worker.once('error', reject)));
  return new Promise((resolve, reject) => (worker.once('message', () => resolve({ released })), worker.once('error', reject)));
}

describe('Db', () => {
  const dir = useTempDir('sb-db-');

  it('switches a new file to WAL although another process holds it for a moment', async () => {
    const file = join(dir(), 'history.sqlite');
    const { released } = await holdOpen(file, 150);
    const db = new Db(file);
    const started = Date.now();
    db.configure();
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(db.pragma('journal_mode')).toBe('wal');
    db.close();
    await released;
  });
});
