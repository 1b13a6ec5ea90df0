import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';

// Folder names the project's tests and tools create in the system temp directory.
const OURS = /^(sb-|switchboard-)/;

function ours(): Set<string> {
  return new Set(readdirSync(tmpdir()).filter((name) => OURS.test(name)));
}

/**
 * Vitest global setup: notes the project's temp folders before the run and fails the run if a
 * test left one behind (each test cleans up after itself; see test/support/temp-dir.ts).
 */
export default function tempCheck(): () => void {
  const before = ours();
  return () => {
    const left = [...ours()].filter((name) => !before.has(name));
    if (!left.length) return;
    // Vitest reports an error thrown here but still exits 0: set the exit code too.
    process.exitCode = 1;
    throw new Error(`Tests left ${left.length} folder(s) in ${tmpdir()}: ${left.slice(0, 10).join(', ')}`);
  };
}
