import type { Cipher } from '../../electron/core/keys/cipher';
import type { CipherStrength } from '../../electron/shared/keys';
import type { Clock } from '../../electron/core/clock';

/** A reversible fake cipher with a switchable backend, availability and failure. */
export class FakeCipher implements Cipher {
  available = true;
  backendName = 'fake_keychain';
  strengthValue: CipherStrength = 'os';
  failDecrypt = false;
  reEncrypt = false;
  encryptions = 0;

  async backend() {
    return this.backendName;
  }
  async strength() {
    return this.strengthValue;
  }
  async isAvailable() {
    return this.available;
  }
  async encrypt(plain: string) {
    this.encryptions++;
    // Reversible but not plain: a test that finds the key in the store would catch a missing encrypt.
    return new Uint8Array(Buffer.from(`fake1:${Buffer.from(plain, 'utf8').toString('hex').split('').reverse().join('')}`));
  }
  async decrypt(data: Uint8Array) {
    if (this.failDecrypt) throw new Error('decryption failed');
    const text = Buffer.from(data).toString('utf8');
    if (!text.startsWith('fake1:')) throw new Error('not ours');
    return { plain: Buffer.from(text.slice(6).split('').reverse().join(''), 'hex').toString('utf8'), shouldReEncrypt: this.reEncrypt };
  }
}

/** A clock that moves only when told. */
export class FakeClock implements Clock {
  constructor(public t = 1_000_000) {}
  now() {
    return this.t;
  }
  advance(ms: number) {
    this.t += ms;
  }
}

/** Sequential ids: id-1, id-2, ... */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
