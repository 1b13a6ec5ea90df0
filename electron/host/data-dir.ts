import { homedir } from 'node:os';
import { join } from 'node:path';

/** The desktop app's name, which names its data folder. */
export const APP_NAME = 'Switchboard';

/**
 * The folder the desktop app keeps its data in (Electron's `userData` for this app), so the command
 * line finds the same history and settings. Pure given its inputs.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: Readonly<Record<string, string | undefined>> = process.env, home = homedir()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}
