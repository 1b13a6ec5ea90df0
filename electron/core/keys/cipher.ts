/**
 * How strongly a backend protects ciphertext at rest:
 * - `os`: the OS keychain (macOS Keychain, Windows DPAPI, libsecret/kwallet);
 * - `file`: a key file beside the data (preview and CLI); protects against casual reads only;
 * - `weak`: Linux `basic_text` (a hard-coded password) or no encryption at all.
 */
export type CipherStrength = 'os' | 'file' | 'weak';

/** Encryption seam: Electron's safeStorage in the app, a key file in the preview, a fake in tests. */
export interface Cipher {
  /** Backend name stored beside each ciphertext (`gnome_libsecret`, `basic_text`, `keyfile`, ...). */
  backend(): Promise<string>;
  strength(): Promise<CipherStrength>;
  isAvailable(): Promise<boolean>;
  encrypt(plain: string): Promise<Uint8Array>;
  /** `shouldReEncrypt`: the key was rotated or a better backend exists (safeStorage says so). */
  decrypt(cipher: Uint8Array): Promise<{ plain: string; shouldReEncrypt?: boolean }>;
}
