import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import Store, { type Schema } from 'electron-store';
import { SETTINGS_AJV_OPTIONS, settingsJsonSchema } from '../core/settings/sections';
import type { OpenedStore } from '../core/settings/conf-store';
import { setAside } from '../core/fs/set-aside';

/** electron-store behind the KeyValueStore seam; the file is written with mode 0600. */
export function openElectronStore(): OpenedStore {
  const open = () =>
    new Store<Record<string, unknown>>({
      name: 'settings',
      configFileMode: 0o600,
      clearInvalidConfig: false,
      schema: settingsJsonSchema() as Schema<Record<string, unknown>>,
      ajvOptions: SETTINGS_AJV_OPTIONS,
    });
  try {
    return { store: open() };
  } catch (error) {
    // A corrupt settings file is set aside, never overwritten: move it and start fresh.
    const path = join(app.getPath('userData'), 'settings.json');
    if (!existsSync(path)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const movedTo = setAside(path);
    return { store: open(), problem: `settings.json could not be read (${reason}); it was moved to ${movedTo} and fresh settings were started.` };
  }
}
