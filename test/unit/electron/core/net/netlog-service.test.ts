import { describe, expect, it } from 'vitest';
import { CANARY_KEY, containsCanary } from '../../../../support/canary';
import { testCore } from '../../../../support/core';

describe('curl with the real key (desktop)', () => {
  it('writes it to the main-process clipboard and answers only that it did', async () => {
    const clipboard: string[] = [];
    const { core, h } = testCore({}, { fetch: async () => new Response('{"data":[]}', { headers: { 'content-type': 'application/json' } }), writeClipboard: (text: string) => void clipboard.push(text) });
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

describe('netlog settings', () => {
  it('reads without writing, and saves a change for the next start', async () => {
    const { h, store } = testCore();
    const writes: string[] = [];
    const set = store.set.bind(store);
    store.set = (key, value) => (writes.push(key), set(key, value));
    const read = await h['netlog:settings']({});
    expect(writes).toEqual([]);
    const changed = await h['netlog:settings']({ level: 'errors' });
    expect(changed).toEqual({ ...read, level: 'errors' });
    expect(writes).toEqual(['netlog']);
    expect(store.get('netlog')).toEqual(changed);
  });
});
