import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerSlot } from '../core/keys/header-secrets';
import { KeyFileCipher } from '../core/keys/keyfile-cipher';
import { ProviderCatalog } from '../core/providers/catalog';
import type { KeyValueStore } from '../core/settings/kv';
import { readSection } from '../core/settings/sections';
import type { ProviderConfig } from '../shared/provider';

/** The settings file read once and never written: the CLI uses what the app saved, and leaves it be. */
class ReadOnlyStore implements KeyValueStore {
  constructor(private readonly data: Record<string, unknown>) {}
  get(key: string): unknown {
    return this.data[key];
  }
  set(): void {
    throw new Error('The command line does not change the app settings.');
  }
  delete(): void {
    throw new Error('The command line does not change the app settings.');
  }
}

/** What the app saved in a data folder, as the command line may use it. */
export interface SavedSetup {
  catalog: ProviderCatalog;
  /** A provider's saved settings (base URL, protocol, model, header names, timeouts). */
  config(providerId: string): ProviderConfig;
  /** The saved key, when the CLI can open it (the preview's key file); else undefined. */
  key(providerId: string): Promise<string | undefined>;
  /** True when a key is saved that only the desktop app can open (the OS keychain). */
  hasSealedKey(providerId: string): boolean;
  /** Saved header values the CLI can open. */
  headers(providerId: string, names: readonly string[]): Promise<Record<string, string>>;
  /** Why the saved settings could not be used, if they could not. */
  problem?: string;
}

/**
 * Opens `<dataDir>/settings.json` read-only. Keys encrypted with the preview's key file can be
 * opened here; keys the desktop app sealed with the OS keychain cannot (safeStorage lives in
 * Electron), and the CLI says so instead of pretending there is no key.
 */
export function openSavedSetup(dataDir: string): SavedSetup {
  const file = join(dataDir, 'settings.json');
  let data: Record<string, unknown> = {};
  let problem: string | undefined;
  if (existsSync(file)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
      else problem = `${file} is not a settings file; using the built-in presets.`;
    } catch (error) {
      problem = `${file} could not be read (${(error as Error).message}); using the built-in presets.`;
    }
  }
  const store = new ReadOnlyStore(data);
  const keys = readSection(store, 'keys') ?? {};
  const keyFile = join(dataDir, 'keyfile');
  const cipher = existsSync(keyFile) ? new KeyFileCipher(keyFile) : undefined;
  const open = async (slot: string): Promise<string | undefined> => {
    const entry = keys[slot];
    if (!entry || entry.backend !== 'keyfile' || !cipher) return undefined;
    try {
      return (await cipher.decrypt(Buffer.from(entry.ciphertext, 'base64'))).plain;
    } catch {
      return undefined;
    }
  };
  return {
    catalog: new ProviderCatalog(store),
    config: (id) => (readSection(store, 'providers') ?? {})[id] ?? {},
    key: (id) => open(id),
    hasSealedKey: (id) => !!keys[id] && (keys[id]!.backend !== 'keyfile' || !cipher),
    headers: async (id, names) => {
      const out: Record<string, string> = {};
      for (const name of names) {
        const value = await open(headerSlot(id, name));
        if (value !== undefined) out[name] = value;
      }
      return out;
    },
    ...(problem ? { problem } : {}),
  };
}
