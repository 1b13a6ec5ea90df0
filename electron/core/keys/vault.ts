import type { Cipher } from './cipher';
import type { CipherStrength } from '../../shared/keys';
import type { KeyValueStore } from '../settings/kv';
import { readSection, writeSection, type Section } from '../settings/sections';
import { fingerprint } from '../net/redact';
import { maskSecret } from '../net/mask';
import { lintKey } from './lint';
import type { KeySource, KeyStatus } from '../../shared/keys';

type StoredKey = NonNullable<Section<'keys'>>[string];

/** Options for saving a key. */
export interface SetKeyOptions {
  /** The user explicitly accepted storage without OS-keychain protection. */
  allowWeak?: boolean;
}

/**
 * Keys, encrypted at rest, resolved only in the main process. Policy: an OS keychain persists;
 * a key file persists and says so; `basic_text` or no encryption keeps the key in memory for this
 * run unless the user accepts weaker storage; a ciphertext that no longer decrypts is kept and
 * marked for re-entry, never deleted silently.
 */
export class KeyVault {
  private readonly session = new Map<string, string>();
  private readonly undecryptable = new Set<string>();
  // Decrypted once per ciphertext: listing 17 providers must not ask the OS keychain 17 times.
  private readonly decrypted = new Map<string, string>();

  constructor(
    private readonly cipher: Cipher,
    private readonly store: KeyValueStore,
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Saves a key (as entered: lint warnings are reported, not silently fixed). */
  async set(providerId: string, key: string, envVar: string | undefined, options: SetKeyOptions = {}): Promise<KeyStatus> {
    const available = await this.cipher.isAvailable();
    const strength = available ? await this.cipher.strength() : 'weak';
    this.undecryptable.delete(providerId);
    if (!available || (strength === 'weak' && !options.allowWeak)) {
      this.session.set(providerId, key);
      this.removeStored(providerId);
      return this.status(providerId, envVar);
    }
    const ciphertext = Buffer.from(await this.cipher.encrypt(key)).toString('base64');
    this.writeStored(providerId, { ciphertext, backend: await this.cipher.backend(), savedAt: this.now() });
    this.session.delete(providerId);
    return this.status(providerId, envVar);
  }

  /** Persists a key kept for this run only, after the user accepted weaker protection. */
  async persistSession(providerId: string, envVar: string | undefined): Promise<KeyStatus> {
    const key = this.session.get(providerId);
    if (key === undefined) return this.status(providerId, envVar);
    if (!(await this.cipher.isAvailable())) return this.status(providerId, envVar);
    return this.set(providerId, key, envVar, { allowWeak: true });
  }

  /** Deletes the stored and session key (the environment variable, if any, stays in effect). */
  async delete(providerId: string, envVar: string | undefined): Promise<KeyStatus> {
    this.session.delete(providerId);
    this.undecryptable.delete(providerId);
    this.removeStored(providerId);
    return this.status(providerId, envVar);
  }

  /** The key in effect and its source. Main process only: never send the result to a window. */
  async resolve(providerId: string, envVar: string | undefined): Promise<{ key: string | undefined; source: KeySource }> {
    const session = this.session.get(providerId);
    if (session !== undefined) return { key: session, source: 'session' };
    const stored = await this.readStored(providerId);
    if (stored !== undefined) return { key: stored, source: 'stored' };
    const fromEnv = envVar ? this.env[envVar] : undefined;
    if (fromEnv) return { key: fromEnv, source: 'env' };
    return { key: undefined, source: 'none' };
  }

  /** The status a window may see. */
  async status(providerId: string, envVar: string | undefined, scheme: 'bearer' | 'raw' = 'bearer'): Promise<KeyStatus> {
    const { key, source } = await this.resolve(providerId, envVar);
    const envValue = envVar ? this.env[envVar] : undefined;
    const stored = this.storedMap()[providerId];
    const available = await this.cipher.isAvailable();
    const strength = available ? await this.cipher.strength() : 'weak';
    const status: KeyStatus = {
      providerId,
      source,
      persisted: source === 'stored',
      warnings: key !== undefined ? lintKey(key, providerId, scheme) : [],
      needsReentry: this.undecryptable.has(providerId),
      ...(envVar ? { envVar } : {}),
      envPresent: !!envValue,
      envDiffers: !!envValue && key !== undefined && source !== 'env' && envValue !== key,
    };
    if (stored) status.backend = stored.backend;
    if (source === 'session' && available) status.canPersistWeakly = true;
    if (source !== 'none') status.strength = source === 'env' ? 'os' : source === 'session' ? 'weak' : strength;
    if (key !== undefined) {
      status.masked = maskSecret(key);
      status.length = key.length;
      status.fingerprint = fingerprint(key);
    }
    const note = storageNote(source, available, strength, status.needsReentry);
    if (note) status.storageNote = note;
    return status;
  }

  private storedMap(): Record<string, StoredKey> {
    return readSection(this.store, 'keys') ?? {};
  }

  private writeStored(providerId: string, entry: StoredKey): void {
    writeSection(this.store, 'keys', { ...this.storedMap(), [providerId]: entry });
  }

  private removeStored(providerId: string): void {
    const map = { ...this.storedMap() };
    if (!(providerId in map)) return;
    this.decrypted.delete(map[providerId]!.ciphertext);
    delete map[providerId];
    writeSection(this.store, 'keys', map);
  }

  private async readStored(providerId: string): Promise<string | undefined> {
    const entry = this.storedMap()[providerId];
    if (!entry) return undefined;
    const known = this.decrypted.get(entry.ciphertext);
    if (known !== undefined) return known;
    const bytes = Buffer.from(entry.ciphertext, 'base64');
    let plain: string;
    let reEncrypt = false;
    try {
      ({ plain, shouldReEncrypt: reEncrypt = false } = await this.cipher.decrypt(bytes));
    } catch {
      // Keyring reset or another machine: keep the ciphertext, ask for the key again.
      this.undecryptable.add(providerId);
      return undefined;
    }
    this.undecryptable.delete(providerId);
    if (reEncrypt) {
      const ciphertext = Buffer.from(await this.cipher.encrypt(plain)).toString('base64');
      this.writeStored(providerId, { ciphertext, backend: await this.cipher.backend(), savedAt: this.now() });
      this.decrypted.set(ciphertext, plain);
    } else this.decrypted.set(entry.ciphertext, plain);
    return plain;
  }
}

function storageNote(source: KeySource, available: boolean, strength: CipherStrength, needsReentry: boolean): string | undefined {
  if (needsReentry) return 'The stored key can no longer be decrypted (the keyring was reset or this is another machine). Enter it again; the old ciphertext is kept until you do.';
  if (source === 'session') {
    return available
      ? 'No OS keychain is available, so this key is kept in memory for this run only. Choose "Store with weaker protection" to save it anyway.'
      : 'Encryption is not available on this system, so this key is kept in memory for this run only.';
  }
  if (source === 'stored' && strength === 'file') return 'Encrypted with a key file beside the data (no OS keychain in this mode): protects against casual reading, not against someone with access to your account.';
  if (source === 'stored' && strength === 'weak') return 'Stored with weaker protection, as you chose: anyone with access to your account can read it.';
  return undefined;
}
