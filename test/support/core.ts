import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/app';
import { MemoryStore } from '../../electron/core/keys/kv';
import type { Push, PushChannel } from '../../electron/ipc/contract';
import { FakeCipher } from './fakes';

/** A core on fakes with every push recorded. */
export function testCore(env: Record<string, string> = {}): { core: Core; pushes: { channel: PushChannel; payload: Push[PushChannel] }[]; dataDir: string; store: MemoryStore } {
  const pushes: { channel: PushChannel; payload: Push[PushChannel] }[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'sb-core-'));
  const store = new MemoryStore();
  const core = createCore({
    fetch: (input, init) => fetch(input, init),
    cipher: new FakeCipher(),
    store,
    dataDir,
    env,
    transport: 'direct',
    version: 'test',
    push: (channel, payload) => pushes.push({ channel, payload }),
  });
  return { core, pushes, dataDir, store };
}

/** Waits for a condition, polling. */
export async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
