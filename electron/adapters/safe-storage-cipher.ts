import { safeStorage } from 'electron';
import type { Cipher } from '../core/keys/cipher';
import type { CipherStrength } from '../shared/keys';

/** Electron's safeStorage behind the Cipher seam, through its async API. */
export class SafeStorageCipher implements Cipher {
  async backend(): Promise<string> {
    if (process.platform === 'darwin') return 'keychain';
    if (process.platform === 'win32') return 'dpapi';
    // The async encryptor starts lazily; the backend is only known once it has.
    await safeStorage.isAsyncEncryptionAvailable();
    return safeStorage.getSelectedStorageBackend();
  }

  async strength(): Promise<CipherStrength> {
    // On Linux without a keyring Chromium falls back to `basic_text`: a hard-coded password.
    // Anything that sounds like it (or is not known yet) counts as weak, never the other way round.
    const backend = await this.backend();
    return /basic|plain|unknown/i.test(backend) ? 'weak' : 'os';
  }

  isAvailable(): Promise<boolean> {
    return safeStorage.isAsyncEncryptionAvailable();
  }

  async encrypt(plain: string): Promise<Uint8Array> {
    return safeStorage.encryptStringAsync(plain);
  }

  async decrypt(data: Uint8Array): Promise<{ plain: string; shouldReEncrypt: boolean }> {
    const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(data));
    return { plain: result, shouldReEncrypt };
  }
}
