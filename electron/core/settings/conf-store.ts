import { existsSync } from 'node:fs';
import { setAside } from '../fs/set-aside';
import { join } from 'node:path';
import Conf, { type Schema } from 'conf';
import { SETTINGS_AJV_OPTIONS, settingsJsonSchema } from './sections';
import type { KeyValueStore } from './kv';

/** Result of opening the settings file: the store, and a note if a corrupt file was set aside. */
export interface OpenedStore {
  store: KeyValueStore;
  problem?: string;
}

/**
 * Settings for Node hosts (preview, CLI) in `<dir>/settings.json`, written with mode 0600 by `conf`.
 * A file that does not parse is renamed aside and reported, never silently overwritten.
 */
export function openConfStore(dir: string, now: () => number = Date.now): OpenedStore {
  const open = () =>
    new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', configFileMode: 0o600, projectName: 'switchboard', schema: settingsJsonSchema() as Schema<Record<string, unknown>>, ajvOptions: SETTINGS_AJV_OPTIONS, clearInvalidConfig: false });
  try {
    return { store: open() };
  } catch (error) {
    const file = join(dir, 'settings.json');
    if (!existsSync(file)) throw error;
    const movedTo = setAside(file, now);
    const reason = error instanceof Error ? error.message : String(error);
    return { store: open(), problem: `settings.json could not be read (${reason}); it was moved to ${movedTo} and fresh settings were started.` };
  }
}
