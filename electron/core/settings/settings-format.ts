import type { KeyValueStore } from './kv';
import { NewerFormatError } from '../../shared/errors';

/** The settings file's format version. Bump it together with a step in MIGRATIONS. */
export const SETTINGS_VERSION = 1;

type Step = (store: KeyValueStore) => void;

/**
 * Steps from each version to the next. Version 0 is a file without `version` (written by the first
 * builds): keys may lack `backend`, and provider settings may hold empty strings for "unset".
 */
export const MIGRATIONS: Record<number, Step> = {
  0: (store) => {
    const keys = store.get('keys');
    if (keys && typeof keys === 'object') {
      const fixed = Object.fromEntries(
        Object.entries(keys as Record<string, Record<string, unknown>>).map(([id, entry]) => [id, { ...entry, backend: typeof entry.backend === 'string' ? entry.backend : 'unknown' }]),
      );
      store.set('keys', fixed);
    }
    const providers = store.get('providers');
    if (providers && typeof providers === 'object') {
      const cleaned = Object.fromEntries(
        Object.entries(providers as Record<string, Record<string, unknown>>).map(([id, config]) => [id, Object.fromEntries(Object.entries(config).filter(([, v]) => v !== '' && v !== null && v !== undefined))]),
      );
      store.set('providers', cleaned);
    }
  },
};

/** The format version a settings file says it has; one without a version is 0 (the first builds). */
export function formatVersion(raw: unknown): number {
  return typeof raw === 'number' && Number.isInteger(raw) ? raw : 0;
}

/** Brings a store up to SETTINGS_VERSION; refuses a file from a newer Switchboard. Returns the versions crossed. */
export function migrateSettings(store: KeyValueStore): { from: number; to: number } {
  const from = formatVersion(store.get('version'));
  if (from > SETTINGS_VERSION) throw new NewerFormatError('settings file', from, SETTINGS_VERSION);
  for (let v = from; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from settings format ${v}`);
    step(store);
    store.set('version', v + 1);
  }
  return { from, to: SETTINGS_VERSION };
}
