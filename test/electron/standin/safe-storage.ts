/**
 * safeStorage (docs/api/safe-storage.md, electron.d.ts 45.5): the async API. Before `ready` nothing
 * is available and the backend is 'unknown'; the encryptor starts on the first async call after
 * ready, then getSelectedStorageBackend() names it. STANDIN_KEYRING picks the Linux case:
 * 'gnome_libsecret' (default: a keyring secret kept beside the user data, like a login keyring
 * that survives restarts), 'basic_text' (Chromium's hard-coded password: encrypts, but protects
 * nothing), or 'none' (encryption unavailable). Deleting `<userData>.keyring` models a keyring reset.
 * The ciphertext format (a v10/v11 prefix, then AES-GCM) is the stand-in's own.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isReady } from './lifecycle';

type Backend = 'basic_text' | 'gnome_libsecret' | 'unknown';
const configured = (process.env.STANDIN_KEYRING ?? 'gnome_libsecret') as 'gnome_libsecret' | 'basic_text' | 'none';
let started = false;

function keyringFile(): string {
  return `${process.env.STANDIN_USER_DATA ?? '/tmp/standin'}.keyring`;
}

function secret(backend: Backend): Buffer {
  if (backend === 'basic_text') return createHash('sha256').update('peanuts').digest();
  const file = keyringFile();
  if (!existsSync(file)) writeFileSync(file, randomBytes(32), { mode: 0o600 });
  return readFileSync(file);
}

function start(): void {
  if (isReady()) started = true;
}

function backendNow(): Backend {
  if (!started || configured === 'none') return 'unknown';
  return configured;
}

function available(): boolean {
  return isReady() && configured !== 'none';
}

/** The stand-in's safeStorage. */
export const safeStorage = {
  async isAsyncEncryptionAvailable(): Promise<boolean> {
    start();
    return available();
  },
  isEncryptionAvailable(): boolean {
    start();
    return available();
  },
  getSelectedStorageBackend(): Backend {
    return backendNow();
  },
  async encryptStringAsync(plain: string): Promise<Buffer> {
    if (!isReady()) throw new Error('safeStorage cannot be used before app is ready');
    start();
    if (!available()) throw new Error('Error while encrypting the text provided to safeStorage.encryptStringAsync. Encryption is not available.');
    const backend = backendNow();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', secret(backend), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from(backend === 'basic_text' ? 'v10' : 'v11'), iv, cipher.getAuthTag(), body]);
  },
  async decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    if (!isReady()) throw new Error('safeStorage cannot be used before app is ready');
    if (!Buffer.isBuffer(encrypted)) throw new TypeError('Expected the first argument of decryptStringAsync() to be a buffer');
    start();
    const version = encrypted.subarray(0, 3).toString();
    const backend: Backend = version === 'v10' ? 'basic_text' : 'gnome_libsecret';
    try {
      const decipher = createDecipheriv('aes-256-gcm', secret(backend), encrypted.subarray(3, 15));
      decipher.setAuthTag(encrypted.subarray(15, 31));
      const result = Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8');
      // Written with the weaker backend while a keyring is now there: Chromium asks to re-encrypt.
      return { result, shouldReEncrypt: backend !== backendNow() && backendNow() !== 'unknown' };
    } catch {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptStringAsync.');
    }
  },
};
