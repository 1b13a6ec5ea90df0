import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../../electron/core/app';
import { MemoryStore } from '../../../../../electron/core/keys/kv';
import { CANARY_KEY, containsCanary } from '../../../../support/canary';
import { FakeCipher } from '../../../../support/fakes';

describe('curl with the real key (desktop)', () => {
  it('writes it to the main-process clipboard and answers only that it did', async () => {
    const clipboard: string[] = [];
    const core = createCore({
      fetch: async () => new Response('{"data":[]}', { headers: { 'content-type': 'application/json' } }),
      cipher: new FakeCipher(),
      store: new MemoryStore(),
      dataDir: mkdtempSync(join(tmpdir(), 'sb-clip-')),
      env: {},
      transport: 'direct',
      version: 't',
      push: () => undefined,
      writeClipboard: (t) => clipboard.push(t),
    });
    const h = core.handlers;
    await h['keys:set']({ providerId: 'together', key: CANARY_KEY });
    await h['models:list']({ providerId: 'together' });
    const id = core.wireLog.list()[0]!.id;
    const answer = await h['netlog:curl']({ id, withKey: true });
    expect(answer).toEqual({ copied: true });
    expect(clipboard[0]).toContain(`Authorization: Bearer ${CANARY_KEY}`);
    const plain = await h['netlog:curl']({ id });
    expect(plain.copied).toBe(true);
    expect(containsCanary(plain.curl!)).toBe(false);
  });
});
