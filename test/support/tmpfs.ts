import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from './temp-dir';

/** A small RAM disk the test can fill up or make read-only (needs root; CI runs as root). */
export interface Tmpfs {
  dir: string;
  readOnly(on: boolean): void;
  unmount(): void;
}

/** Mounts a tmpfs of `size` (e.g. '2m'), or says why it cannot. */
export function mountTmpfs(size: string): Tmpfs | { unavailable: string } {
  const dir = join(makeTempDir('sb-tmpfs-'), 'disk');
  mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0777`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { unavailable: `cannot mount a tmpfs here (${String((error as { stderr?: Buffer }).stderr ?? error).trim()}); run as root` };
  }
  return {
    dir,
    readOnly: (on) => execFileSync('mount', ['-o', `remount,${on ? 'ro' : 'rw'}`, dir]),
    unmount: () => execFileSync('umount', ['-l', dir]),
  };
}

/** Fills a disk to within `leaveBytes` of full with a filler file. */
export function fillDisk(dir: string, leaveBytes: number): void {
  const df = execFileSync('df', ['-B1', '--output=avail', dir], { encoding: 'utf8' }).trim().split('\n').pop()!;
  const avail = Number(df);
  if (avail > leaveBytes) execFileSync('fallocate', ['-l', String(avail - leaveBytes), join(dir, 'filler')]);
}
