import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/app-info';
import { copyDatabaseOffThread } from './copy-thread';
import type { Db } from './db';

/** How many daily snapshots are kept. */
export const BACKUPS_KEPT = 7;
const NAME = /^history-(\d{4}-\d{2}-\d{2})T(\d{6})\.sqlite$/;
// A copy in progress (named by its process: two processes starting in the same second both take
// the day's snapshot); one a process left behind when it ended mid-copy is removed after a day.
const PARTIAL = /^history-.*\.sqlite\.\d+\.partial$/;
const DAY_MS = 24 * 3600 * 1000;

/**
 * A history smaller than this is copied on the calling thread: copying takes ~1.5 ms per MB (~3 ms
 * here), while starting a thread costs ~20 ms of CPU, at a start when the window competes for it.
 * A larger one is copied on a thread of its own: the copy grows with the history, the thread's
 * start does not.
 */
export const COPY_ON_THREAD_FROM_BYTES = 2 * 1024 * 1024;

function fileSize(path: string): number {
  return statSync(path, { throwIfNoEntry: false })?.size ?? 0;
}

// The history's size as a copy reads it: the database and what its write-ahead log holds.
function historyBytes(db: Db): number {
  return fileSize(db.path) + fileSize(`${db.path}-wal`);
}

/** The folder snapshots go to. */
export function backupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** Every snapshot, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupFolder(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => NAME.test(name))
    .map((name) => {
      const path = join(dir, name);
      const [, day, time] = NAME.exec(name)!;
      return { file: path, at: Date.parse(`${day}T${time!.slice(0, 2)}:${time!.slice(2, 4)}:${time!.slice(4, 6)}Z`), bytes: statSync(path).size };
    })
    .sort((a, b) => b.at - a.at);
}

/**
 * Writes a consistent snapshot of the live database with `VACUUM INTO` (libsql has no backup API;
 * this is SQLite's own online copy, consistent even while others write), on a thread of its own
 * unless the history is small, then keeps the newest seven. A failed copy leaves no partial file
 * and rejects with SQLite's reason.
 */
export async function snapshot(db: Db, dataDir: string, now: number): Promise<string> {
  const dir = backupFolder(dataDir);
  mkdirSync(dir, { recursive: true });
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/^(\d{4})(\d{2})(\d{2})T(\d{6}).*$/, '$1-$2-$3T$4');
  const file = join(dir, `history-${stamp}.sqlite`);
  const tmp = `${file}.${process.pid}.partial`;
  rmSync(tmp, { force: true });
  try {
    if (historyBytes(db) < COPY_ON_THREAD_FROM_BYTES) db.run('VACUUM INTO ?', [tmp]);
    else await copyDatabaseOffThread(db.path, tmp);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
  for (const old of listBackups(dataDir).slice(BACKUPS_KEPT)) rmSync(old.file, { force: true });
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (PARTIAL.test(name) && now - statSync(path).mtimeMs > DAY_MS) rmSync(path, { force: true });
  }
  return file;
}

/** Takes today's snapshot unless there is one from the last 24 hours; resolves to it when one was made. */
export async function dailySnapshot(db: Db, dataDir: string, now: number): Promise<string | undefined> {
  const latest = listBackups(dataDir)[0];
  if (latest && now - latest.at < DAY_MS) return undefined;
  return snapshot(db, dataDir, now);
}
