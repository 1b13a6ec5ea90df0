import { describe, expect, it } from 'vitest';
import { FakeCipher } from '../../../../support/fakes';
import { testCore } from '../../../../support/core';
import { containsCanary, CANARY_KEY } from '../../../../support/canary';
import { startEmulator } from '../../../../support/emulator';
import { MemoryStore } from '../../../../../electron/core/settings/kv';

const GATEWAY_TOKEN = `gw-${CANARY_KEY}`;

describe('extra header values', () => {
  it('are stored encrypted, reach the window only masked, and go out on every request', async () => {
    const emulator = await startEmulator({ key: CANARY_KEY });
    try {
      const { h, store, core } = testCore();
      await h['providers:update']({ providerId: 'together', baseUrl: emulator.baseUrl, headers: { 'X-Gateway-Token': GATEWAY_TOKEN, 'X-Title': 'Switchboard' } });
      const view = await h['providers:update']({ providerId: 'together', headers: { 'X-Title': null } });
      expect(view.headers.map((x) => x.name)).toEqual(['X-Gateway-Token']);
      expect(view.headers[0]!.masked).toMatch(/^gw-t…6789$/);
      expect(containsCanary(JSON.stringify(view))).toBe(false);
      expect(containsCanary(JSON.stringify((store as MemoryStore).get('providers')))).toBe(false);
      expect(containsCanary(JSON.stringify((store as MemoryStore).get('keys')))).toBe(false);
      await h['keys:set']({ providerId: 'together', key: CANARY_KEY });
      await h['models:list']({ providerId: 'together' });
      expect(emulator.requests.at(-1)!.headers['x-gateway-token']).toBe(GATEWAY_TOKEN);
      // The wire log shows it masked, like a key.
      expect(containsCanary(JSON.stringify(core.wireLog.list()))).toBe(false);
    } finally {
      await emulator.close();
    }
  });
  it('written in plain text by an earlier version are moved into the vault on first use', async () => {
    const store = new MemoryStore();
    store.set('version', 1);
    store.set('providers', { together: { headers: { 'X-Old': 'old-secret-value-123' } } });
    const { h } = testCore({}, { store, cipher: new FakeCipher() });
    const view = (await h['providers:list']({})).providers.find((p) => p.preset.id === 'together')!;
    expect(view.headers).toEqual([expect.objectContaining({ name: 'X-Old', masked: 'old-…-123' })]);
    expect(JSON.stringify(store.get('providers'))).not.toContain('old-secret-value-123');
  });
});
