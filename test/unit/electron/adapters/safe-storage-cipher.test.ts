import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot run here; safeStorage is replaced by a small stand-in to test what the adapter does with it.
const safeStorage = {
  backend: 'gnome_libsecret',
  available: true,
  getSelectedStorageBackend: vi.fn(() => safeStorage.backend),
  isAsyncEncryptionAvailable: vi.fn(async () => safeStorage.available),
  encryptStringAsync: vi.fn(async (s: string) => Buffer.from(`enc:${s}`)),
  decryptStringAsync: vi.fn(async (b: Buffer) => ({ result: b.toString().slice(4), shouldReEncrypt: true })),
};
vi.mock('electron', () => ({ safeStorage }));

const { SafeStorageCipher } = await import('../../../../electron/adapters/safe-storage-cipher');

describe('safeStorage cipher', () => {
  beforeEach(() => {
    safeStorage.backend = 'gnome_libsecret';
    safeStorage.available = true;
  });
  it('uses the async API and passes shouldReEncrypt through', async () => {
    const c = new SafeStorageCipher();
    const data = await c.encrypt('secret');
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledWith('secret');
    expect(await c.decrypt(data)).toEqual({ plain: 'secret', shouldReEncrypt: true });
  });
  it.runIf(process.platform === 'linux')('calls a Linux keyring strong and basic_text weak', async () => {
    const c = new SafeStorageCipher();
    expect(await c.backend()).toBe('gnome_libsecret');
    expect(await c.strength()).toBe('os');
    safeStorage.backend = 'basic_text';
    expect(await c.strength()).toBe('weak');
    safeStorage.available = false;
    expect(await c.isAvailable()).toBe(false);
  });
});

