import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../../../electron/core/settings/kv';
import { KeyVault } from '../../../../../electron/core/keys/vault';
import { CANARY_KEY, containsCanary } from '../../../../support/canary';
import { FakeCipher } from '../../../../support/fakes';

const ENV = 'TOGETHER_API_KEY';

function setup(env: Record<string, string> = {}) {
  const cipher = new FakeCipher();
  const store = new MemoryStore();
  return { cipher, store, vault: new KeyVault(cipher, store, env) };
}

describe('key vault', () => {
  it('stores only ciphertext with its backend name, and resolves the key back', async () => {
    const { vault, store } = setup();
    const status = await vault.set('together', CANARY_KEY, ENV);
    expect(status).toMatchObject({ source: 'stored', persisted: true, backend: 'fake_keychain', masked: 'tgp_…6789', length: CANARY_KEY.length, needsReentry: false });
    expect(containsCanary(JSON.stringify(store.get('keys')))).toBe(false);
    expect((store.get('keys') as Record<string, { backend: string }>).together!.backend).toBe('fake_keychain');
    expect(await vault.resolve('together', ENV)).toEqual({ key: CANARY_KEY, source: 'stored' });
  });

  it('status never carries the key', async () => {
    const { vault } = setup();
    await vault.set('together', CANARY_KEY, ENV);
    expect(containsCanary(JSON.stringify(await vault.status('together', ENV)))).toBe(false);
  });

  it('keeps a key in memory only when the backend is basic_text, and says why', async () => {
    const { vault, cipher, store } = setup();
    cipher.backendName = 'basic_text';
    cipher.strengthValue = 'weak';
    const status = await vault.set('together', CANARY_KEY, ENV);
    expect(status).toMatchObject({ source: 'session', persisted: false });
    expect(status.storageNote).toMatch(/memory for this run only/);
    expect(store.get('keys')).toBeUndefined();
    expect(cipher.encryptions).toBe(0);
  });

  it('persists with weak protection only when the user accepts it', async () => {
    const { vault, cipher } = setup();
    cipher.strengthValue = 'weak';
    const status = await vault.set('together', CANARY_KEY, ENV, { allowWeak: true });
    expect(status).toMatchObject({ source: 'stored', persisted: true });
    expect(status.storageNote).toMatch(/weaker protection/);
  });

  it('keeps the key in memory when encryption is unavailable', async () => {
    const { vault, cipher } = setup();
    cipher.available = false;
    const status = await vault.set('together', CANARY_KEY, ENV, { allowWeak: true });
    expect(status.source).toBe('session');
    expect(status.storageNote).toMatch(/not available/);
  });

  it('marks an undecryptable key for re-entry and keeps its ciphertext', async () => {
    const { vault, cipher, store } = setup();
    await vault.set('together', CANARY_KEY, ENV);
    // Next run: the keyring was reset, or the settings moved to another machine.
    cipher.failDecrypt = true;
    const status = await new KeyVault(cipher, store, {}).status('together', ENV);
    expect(status).toMatchObject({ needsReentry: true, source: 'none' });
    expect((store.get('keys') as Record<string, unknown>).together).toBeDefined();
  });

  it('asks the cipher once per stored key, however often the status is read', async () => {
    const { vault: first, cipher, store } = setup();
    await first.set('together', CANARY_KEY, ENV);
    const vault = new KeyVault(cipher, store, {}); // the next run starts with nothing decrypted
    let calls = 0;
    const decrypt = cipher.decrypt.bind(cipher);
    cipher.decrypt = async (d) => {
      calls++;
      return decrypt(d);
    };
    for (let i = 0; i < 5; i++) await vault.status('together', ENV);
    expect(calls).toBe(1);
    await vault.set('together', `${CANARY_KEY}2`, ENV);
    expect((await vault.resolve('together', ENV)).key).toBe(`${CANARY_KEY}2`);
  });

  it('re-encrypts when the cipher asks for it', async () => {
    const { vault, cipher, store } = setup();
    await vault.set('together', CANARY_KEY, ENV);
    cipher.reEncrypt = true;
    await new KeyVault(cipher, store, {}).resolve('together', ENV);
    expect(cipher.encryptions).toBe(2);
  });

  it('falls back to the environment variable and warns when both differ', async () => {
    const { vault } = setup({ [ENV]: 'env-key-abcdefghijklmnop' });
    expect(await vault.status('together', ENV)).toMatchObject({ source: 'env', envPresent: true, envDiffers: false });
    await vault.set('together', CANARY_KEY, ENV);
    expect(await vault.status('together', ENV)).toMatchObject({ source: 'stored', envPresent: true, envDiffers: true });
    await vault.delete('together', ENV);
    expect(await vault.resolve('together', ENV)).toEqual({ key: 'env-key-abcdefghijklmnop', source: 'env' });
  });

  it('reports lint warnings for a key as entered', async () => {
    const { vault } = setup();
    const status = await vault.set('together', `${CANARY_KEY}\n`, ENV);
    expect(status.warnings.map((w) => w.id)).toEqual(['key-whitespace']);
  });
});
