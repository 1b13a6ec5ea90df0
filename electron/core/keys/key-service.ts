import { AppError } from '../../shared/errors';
import type { KeyFix, KeyStatus } from '../../shared/keys';
import type { ProviderPreset } from '../../shared/provider';
import { applyAllKeyFixes, applyKeyFix } from './lint';
import type { KeyVault } from './vault';
import type { HeaderSecrets } from './header-secrets';

/** The key actions a window may take: set, fix, delete, persist. It never reads a key back. */
export class KeyService {
  constructor(
    private readonly vault: KeyVault,
    private readonly headers: HeaderSecrets,
    private readonly headerNames: (providerId: string) => string[],
    private readonly preset: (providerId: string) => ProviderPreset,
  ) {}

  /** Saves a key as entered (lint warnings are reported with it, not silently applied). */
  async set(providerId: string, key: string, allowWeak = false): Promise<KeyStatus> {
    const preset = this.preset(providerId);
    if (!key.trim()) throw new AppError('empty-key', 'The key is empty; paste the whole key, or use Delete key to remove it.');
    return this.vault.set(providerId, key, preset.keyEnv, allowWeak ? { allowWeak } : {});
  }

  /** Applies one offered fix (or all) to the stored key. */
  async fix(providerId: string, fix: KeyFix | 'all'): Promise<KeyStatus> {
    const preset = this.preset(providerId);
    const { key, source } = await this.vault.resolve(providerId, preset.keyEnv);
    if (key === undefined || source === 'env') throw new AppError('no-key', 'There is no stored key to fix; an environment variable has to be fixed where it is set.');
    const fixed = fix === 'all' ? applyAllKeyFixes(key) : applyKeyFix(key, fix);
    return this.vault.set(providerId, fixed, preset.keyEnv, { allowWeak: source === 'stored' });
  }

  /** Deletes the stored and session key (the environment variable, if any, stays in effect). */
  delete(providerId: string): Promise<KeyStatus> {
    return this.vault.delete(providerId, this.preset(providerId).keyEnv);
  }

  /** Stores a key (and the provider's header values) kept for this run, after the user accepted weaker protection. */
  async persistWeak(providerId: string): Promise<KeyStatus> {
    await this.headers.persistWeakly(providerId, this.headerNames(providerId));
    return this.vault.persistSession(providerId, this.preset(providerId).keyEnv);
  }

  /** The status of a provider's key. */
  status(providerId: string): Promise<KeyStatus> {
    return this.vault.status(providerId, this.preset(providerId).keyEnv, this.preset(providerId).auth.scheme);
  }
}
