import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_NAME, defaultDataDir } from '../../../../electron/host/data-dir';

describe('the default data folder', () => {
  it('is the folder Electron names userData after package.json productName, so the CLI finds the app history', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName?: string };
    expect(pkg.productName).toBe(APP_NAME);
  });

  it('follows each platform convention', () => {
    expect(defaultDataDir('linux', {}, '/home/u')).toBe('/home/u/.config/Switchboard');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/u')).toBe('/x/Switchboard');
    expect(defaultDataDir('darwin', {}, '/Users/u')).toBe('/Users/u/Library/Application Support/Switchboard');
    expect(defaultDataDir('win32', { APPDATA: 'C:/Users/u/AppData/Roaming' }, 'C:/Users/u')).toMatch(/Roaming[\\/]Switchboard$/);
  });
});
