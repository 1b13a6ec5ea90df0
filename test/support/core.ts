import { createCore, type Core, type CoreDeps } from '../../electron/core/app';
import { MemoryStore } from '../../electron/core/settings/kv';
import { createHandlers } from '../../electron/ipc/handlers';
import type { Handlers } from '../../electron/ipc/serve';
import type { Push, PushChannel } from '../../electron/ipc/contract';
import { FakeCipher } from './fakes';
import { makeTempDir } from './temp-dir';

/** A recorded push. */
export interface RecordedPush {
  channel: PushChannel;
  payload: Push[PushChannel];
}

/** A core on fakes with its handlers and every push recorded; `over` replaces any dependency. */
export function testCore(env: Record<string, string> = {}, over: Partial<CoreDeps> = {}): { core: Core; h: Handlers; pushes: RecordedPush[]; dataDir: string; store: MemoryStore } {
  const pushes: RecordedPush[] = [];
  const dataDir = makeTempDir('sb-core-');
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
    ...over,
  });
  return { core, h: createHandlers(core), pushes, dataDir, store };
}

/** Waits for a condition, checking on every turn of the event loop (no fixed sleeps). */
export async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
