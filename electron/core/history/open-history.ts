import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { Db, storageError } from './db';
import { migrateSchema } from './schema';

/** The history file in a data folder. */
export function historyFile(dataDir: string): string {
  return join(dataDir, 'history.sqlite');
}

const SIDE_FILES = ['', '-wal', '-shm'];

/** Moves a damaged database (and its WAL files) aside as `*.corrupt-<time>`; returns where. */
export function setAsideDatabase(path: string, now: number): string {
  const movedTo = `${path}.corrupt-${now}`;
  for (const suffix of SIDE_FILES) if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);
  return movedTo;
}

/** Replaces the database with a snapshot; the current one is kept as `*.before-restore-<time>`. */
export function replaceDatabase(path: string, snapshotFile: string, now: number): string {
  const keptAs = `${path}.before-restore-${now}`;
  for (const suffix of SIDE_FILES) if (existsSync(path + suffix)) renameSync(path + suffix, keptAs + suffix);
  copyFileSync(snapshotFile, path);
  return keptAs;
}

/**
 * Opens (creating if needed) and migrates the history database. A file that is not a database, or
 * is damaged, is set aside and reported, and a fresh one is started; one written by a newer
 * Switchboard is refused as it is (NewerFormatError) and left untouched.
 */
export function openDatabase(dataDir: string, now: number): { db: Db; problem?: string } {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = historyFile(dataDir);
  const attempt = () => {
    const db = new Db(path);
    try {
      db.configure();
      migrateSchema(db);
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  };
  try {
    return { db: attempt() };
  } catch (error) {
    if ((error as Error).name === 'NewerFormatError') throw error;
    const mapped = storageError(error);
    if (mapped.code !== 'storage-corrupt') throw mapped;
    const movedTo = setAsideDatabase(path, now);
    return { db: attempt(), problem: `The history could not be read (${(error as Error).message}); it was moved to ${movedTo} and a fresh history was started. Settings → History can restore a backup.` };
  }
}
