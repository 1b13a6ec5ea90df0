import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * A fresh folder in the system temp directory for each test, removed after the test. Call it at
 * describe (or file) level; the returned getter creates the folder on first use. Prefixes start
 * with `sb-` so the run-wide check (test/support/temp-check.ts) can tell the project's own.
 */
export function useTempDir(prefix = 'sb-test-'): () => string {
  let current: string | undefined;
  afterEach(() => {
    if (current) rmSync(current, { recursive: true, force: true });
    current = undefined;
  });
  return () => (current ??= mkdtempSync(join(tmpdir(), prefix)));
}
