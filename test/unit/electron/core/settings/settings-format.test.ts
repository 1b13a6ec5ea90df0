import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../../../electron/core/settings/kv';
import { migrateSettings, SETTINGS_VERSION } from '../../../../../electron/core/settings/settings-format';

describe('settings migrations', () => {
  it('brings an unversioned file to the current format', () => {
    const store = new MemoryStore();
    store.set('keys', { together: { ciphertext: 'abc' } });
    store.set('providers', { together: { baseUrl: 'https://x/v1', model: '', protocol: '' } });
    expect(migrateSettings(store)).toEqual({ from: 0, to: SETTINGS_VERSION });
    expect(store.get('version')).toBe(SETTINGS_VERSION);
    expect(store.get('keys')).toEqual({ together: { ciphertext: 'abc', backend: 'unknown' } });
    expect(store.get('providers')).toEqual({ together: { baseUrl: 'https://x/v1' } });
  });
  it('leaves a current file alone and refuses one from a newer version', () => {
    const store = new MemoryStore();
    store.set('version', SETTINGS_VERSION);
    expect(migrateSettings(store)).toEqual({ from: SETTINGS_VERSION, to: SETTINGS_VERSION });
    store.set('version', SETTINGS_VERSION + 1);
    expect(() => migrateSettings(store)).toThrow(/newer Switchboard/);
  });
});
