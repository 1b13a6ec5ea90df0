import type { HeaderStatus } from '../../shared/provider';
import type { KeyVault } from './vault';

/** The vault slot of a provider's extra header (header names are case-insensitive). */
export function headerSlot(providerId: string, name: string): string {
  return `${providerId}#header:${name.toLowerCase()}`;
}

/**
 * Extra header values (often gateway credentials) kept in the vault like keys: encrypted at rest,
 * in memory only without a keychain, resolved only in the main process, shown only masked.
 */
export class HeaderSecrets {
  constructor(private readonly vault: KeyVault) {}

  /** The values to send, by header name. Main process only. */
  async values(providerId: string, names: readonly string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const name of names) {
      const { key } = await this.vault.resolve(headerSlot(providerId, name), undefined);
      if (key !== undefined) out[name] = key;
    }
    return out;
  }

  /** Saves a header's value. */
  async set(providerId: string, name: string, value: string): Promise<void> {
    await this.vault.set(headerSlot(providerId, name), value, undefined);
  }

  /** Forgets a header's value. */
  async remove(providerId: string, name: string): Promise<void> {
    await this.vault.delete(headerSlot(providerId, name), undefined);
  }

  /** Stores values kept for this run, after the user accepted weaker protection. */
  async persistWeakly(providerId: string, names: readonly string[]): Promise<void> {
    for (const name of names) await this.vault.persistSession(headerSlot(providerId, name), undefined);
  }

  /** What a window may see of each header. */
  async statuses(providerId: string, names: readonly string[]): Promise<HeaderStatus[]> {
    return Promise.all(
      names.map(async (name) => {
        const s = await this.vault.status(headerSlot(providerId, name), undefined);
        return { name, ...(s.masked ? { masked: s.masked, length: s.length!, fingerprint: s.fingerprint! } : {}), sessionOnly: s.source === 'session', needsReentry: s.needsReentry };
      }),
    );
  }
}
