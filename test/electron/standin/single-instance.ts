/**
 * app.requestSingleInstanceLock (docs/api/app.md): one primary instance per userData folder. The
 * stand-in keeps a lock file with the holder's pid (a dead holder's lock is taken over) and hands a
 * second instance's argv and working directory to the primary through a message file, which the
 * primary turns into 'second-instance' (after `ready`, as Electron guarantees).
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, watch, writeFileSync, writeSync, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

let held: string | undefined;
let watcher: FSWatcher | undefined;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock for a folder, or passes argv to its holder and returns false. */
export function requestLock(userData: string, onSecond: (argv: string[], cwd: string, data: unknown) => void, additionalData?: unknown): boolean {
  if (held) return true;
  mkdirSync(userData, { recursive: true });
  const lock = join(userData, 'SingletonLock');
  const inbox = join(userData, 'SingletonMessages');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held = lock;
      mkdirSync(inbox, { recursive: true });
      watcher = watch(inbox, () => drain(inbox, onSecond));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8'));
      if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
        mkdirSync(inbox, { recursive: true });
        writeFileSync(join(inbox, `${process.pid}-${Date.now()}.json`), JSON.stringify({ argv: process.argv, cwd: process.cwd(), data: additionalData ?? null }));
        return false;
      }
      rmSync(lock, { force: true }); // a stale lock from a process that died
    }
  }
  return false;
}

function drain(inbox: string, onSecond: (argv: string[], cwd: string, data: unknown) => void): void {
  if (!existsSync(inbox)) return;
  for (const name of readdirSync(inbox)) {
    const file = join(inbox, name);
    try {
      const { argv, cwd, data } = JSON.parse(readFileSync(file, 'utf8')) as { argv: string[]; cwd: string; data: unknown };
      rmSync(file, { force: true });
      onSecond(argv, cwd, data);
    } catch {
      // Half-written: the next change event reads it whole.
    }
  }
}

/** Releases the lock (at exit). */
export function releaseLock(): void {
  watcher?.close();
  if (held && existsSync(held) && readFileSync(held, 'utf8') === String(process.pid)) rmSync(held, { force: true });
  held = undefined;
}

/** True while this process holds a lock. */
export function hasLock(): boolean {
  return !!held;
}
