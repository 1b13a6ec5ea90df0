import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, schemas } from '../../../../electron/ipc/contract';
import { INVOKE_CHANNEL_NAMES, PUSH_CHANNEL_NAMES } from '../../../../electron/ipc/channels';
import { createDispatcher } from '../../../../electron/ipc/serve';
import { testCore } from '../../../support/core';
import { CANARY_KEY, containsCanary } from '../../../support/canary';

describe('dispatcher', () => {
  const { h } = testCore();
  const dispatch = createDispatcher<{ trusted: boolean }>(h, (s) => s.trusted);
  const ok = { trusted: true };

  it('refuses untrusted senders before anything else', async () => {
    expect(await dispatch('providers:list', {}, { trusted: false })).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
  });
  it('refuses unknown channels, including prototype names', async () => {
    expect((await dispatch('keys:get', {}, ok)).ok).toBe(false);
    expect(await dispatch('toString', {}, ok)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });
  it('validates requests with the schema and answers errors as values', async () => {
    // In words: where, and what was expected (zod/mini has no words of its own without a locale).
    expect(await dispatch('keys:set', { providerId: 'together' }, ok)).toEqual({ ok: false, error: { code: 'bad-request', message: 'Invalid request: key: Invalid input: expected string, received undefined' } });
    expect(await dispatch('providers:list', { extra: 1 }, ok)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await dispatch('providers:update', { providerId: 'nope' }, ok)).toMatchObject({ ok: false, error: { code: 'unknown-provider' } });
  });
  it('wraps a handler value in ok', async () => {
    const r = await dispatch('providers:list', {}, ok);
    expect(r.ok).toBe(true);
  });
  it('answers no key channel with the key', async () => {
    expect(INVOKE_CHANNELS.filter((c) => c.startsWith('keys:')).sort()).toEqual(['keys:delete', 'keys:fix', 'keys:persist-weak', 'keys:set']);
    const answers = [
      await dispatch('keys:set', { providerId: 'together', key: ` ${CANARY_KEY}` }, ok),
      await dispatch('keys:fix', { providerId: 'together', fix: 'trim' }, ok),
      await dispatch('keys:persist-weak', { providerId: 'together' }, ok),
      await dispatch('providers:list', {}, ok),
      await dispatch('providers:preview', { providerId: 'together', baseUrl: 'api.together.xyz/v1' }, ok),
      await dispatch('keys:delete', { providerId: 'together' }, ok),
    ];
    for (const a of answers) expect(a.ok).toBe(true);
    expect(containsCanary(JSON.stringify(answers))).toBe(false);
  });
  it('keeps the preload channel lists in sync with the contract', () => {
    expect([...INVOKE_CHANNEL_NAMES].sort()).toEqual(Object.keys(schemas).sort());
    expect([...PUSH_CHANNEL_NAMES].sort()).toEqual(['chat:delta', 'chat:done', 'chat:step', 'mcp:changed', 'mcp:log', 'netlog:cleared', 'netlog:entry']);
  });
});
