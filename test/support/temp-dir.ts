import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made = new Set<string>();

/**
 * A folder in the system temp directory that lives until the end of the test file (the unit
 * setup file removes every one). Prefixes start with `sb-` so the run-wide check can tell ours.
 */
export function makeTempDir(prefix = 'sb-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder made by makeTempDir so far. */
export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

/**
 * A fresh folder for each test, removed after it. Call it at describe (or file) level; the
 * returned getter creates the folder on first use within a test.
 */
export function useTempDir(prefix = 'sb-test-'): () => string {
  let current: string | undefined;
  afterEach(() => {
    if (current) rmSync(current, { recursive: true, force: true });
    current = undefined;
  });
  return () => (current ??= mkdtempSync(join(tmpdir(), prefix)));
}
