import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Cipher } from './cipher';
import type { CipherStrength } from '../../shared/keys';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with a random key kept in a 0600 file. Used by the browser preview and the CLI, which
 * have no OS keychain; it reports itself as `file` strength so the UI can say so.
 */
export class KeyFileCipher implements Cipher {
  private key: Buffer | undefined;

  constructor(private readonly keyPath: string) {}

  async backend(): Promise<string> {
    return 'keyfile';
  }

  async strength(): Promise<CipherStrength> {
    return 'file';
  }

  async isAvailable(): Promise<boolean> {
    return true;
  }

  async encrypt(plain: string): Promise<Uint8Array> {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.loadKey(), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  async decrypt(data: Uint8Array): Promise<{ plain: string }> {
    const buf = Buffer.from(data);
    if (buf.length < IV_BYTES + TAG_BYTES) throw new Error('Ciphertext too short');
    const decipher = createDecipheriv('aes-256-gcm', this.loadKey(), buf.subarray(0, IV_BYTES));
    decipher.setAuthTag(buf.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return { plain: Buffer.concat([decipher.update(buf.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8') };
  }

  private loadKey(): Buffer {
    if (this.key) return this.key;
    if (existsSync(this.keyPath)) {
      const key = readFileSync(this.keyPath);
      if (key.length !== KEY_BYTES) throw new Error(`Key file ${this.keyPath} is not a ${KEY_BYTES}-byte key`);
      this.key = key;
    } else {
      mkdirSync(dirname(this.keyPath), { recursive: true });
      const key = randomBytes(KEY_BYTES);
      writeFileSync(this.keyPath, key, { mode: 0o600, flag: 'wx' });
      this.key = key;
    }
    // Tighten the mode even when the file pre-existed with looser permissions.
    chmodSync(this.keyPath, 0o600);
    return this.key;
  }
}
