import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/app-info';
import type { Db } from './db';

/** How many daily snapshots are kept. */
export const BACKUPS_KEPT = 7;
const NAME = /^history-(\d{4}-\d{2}-\d{2})T(\d{6})\.sqlite$/;


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
 * this is SQLite's own online copy, consistent even while others write), then keeps the newest seven.
 */
export function snapshot(db: Db, dataDir: string, now: number): string {
  const dir = backupFolder(dataDir);
  mkdirSync(dir, { recursive: true });
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/^(\d{4})(\d{2})(\d{2})T(\d{6}).*$/, '$1-$2-$3T$4');
  const file = join(dir, `history-${stamp}.sqlite`);
  const tmp = `${file}.partial`;
  rmSync(tmp, { force: true });
  try {
    db.run('VACUUM INTO ?', [tmp]);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
  for (const old of listBackups(dataDir).slice(BACKUPS_KEPT)) rmSync(old.file, { force: true });
  return file;
}

/** Takes today's snapshot unless there is one from the last 24 hours; returns it when one was made. */
export function dailySnapshot(db: Db, dataDir: string, now: number): string | undefined {
  const latest = listBackups(dataDir)[0];
  if (latest && now - latest.at < 24 * 3600 * 1000) return undefined;
  return snapshot(db, dataDir, now);
}
