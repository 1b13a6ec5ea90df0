import { Worker } from 'node:worker_threads';
import { BUSY_TIMEOUT_MS } from './db';

/*
 * What the copying thread runs: its own read-only connection to the history, and SQLite's
 * `VACUUM INTO`, a consistent copy even while the app writes (WAL: readers never wait for writers).
 * It is CommonJS source evaluated by the Worker rather than a file of its own, so the three builds
 * (Vite for the desktop app, esbuild for the command line and the preview, Vitest for the sources)
 * need no extra entry; it requires libsql from where this module was loaded.
 */
const COPY_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
let db;
try {
  const Database = createRequire(workerData.from)('libsql');
  db = new Database(workerData.file, { readonly: true, timeout: workerData.busyTimeoutMs });
  db.prepare('VACUUM INTO ?').run([workerData.target]);
  parentPort.postMessage({ ok: true });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String((error && error.message) || error) });
} finally {
  if (db) db.close();
}
`;

/**
 * Copies the database `file` to `target` on a thread of its own. The copy reads the whole history
 * (~1.5 ms per MB on the bench machine: 123 ms for an 80 MB one of 100,000 messages): done on the
 * calling thread, it held every call of every window for that long, the first ones of the day's
 * first start included (the daily backup).
 */
export function copyDatabaseOffThread(file: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(COPY_SOURCE, { eval: true, workerData: { from: import.meta.url, file, target, busyTimeoutMs: BUSY_TIMEOUT_MS } });
    worker.once('message', (result: { ok: boolean; message?: string }) => (result.ok ? resolve() : reject(new Error(result.message ?? 'the copy failed'))));
    // Settles nothing once the message came; otherwise the thread died without a word.
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the copying thread ended (code ${code})`)));
  });
}
