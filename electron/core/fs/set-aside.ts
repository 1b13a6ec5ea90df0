import { renameSync } from 'node:fs';

/**
 * Moves a file that cannot be read out of the way (`<file>.corrupt-<time>`), so it is kept for the
 * user and never overwritten by a fresh one. Returns where it went.
 */
export function setAside(file: string, now: () => number = Date.now): string {
  const movedTo = `${file}.corrupt-${now()}`;
  renameSync(file, movedTo);
  return movedTo;
}
