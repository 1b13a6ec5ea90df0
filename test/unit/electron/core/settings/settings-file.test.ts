import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSettingsFile } from '../../../../../electron/core/settings/settings-file';
import { writeFileAtomic } from '../../../../../electron/core/fs/atomic-write';
import { migrateSettings, SETTINGS_VERSION } from '../../../../../electron/core/settings/settings-format';
import { useTempDir } from '../../../../support/temp-dir';

describe('settings file', () => {
  const dir = useTempDir('sb-settings-');
  const file = () => join(dir(), 'settings.json');
  const onDisk = () => JSON.parse(readFileSync(file(), 'utf8')) as unknown;

  it('starts new settings in the current format, so opening them migrates and writes nothing', () => {
    const { store, problem } = openSettingsFile(file());
    expect(problem).toBeUndefined();
    expect(store.get('version')).toBe(SETTINGS_VERSION);
    expect(migrateSettings(store)).toEqual({ from: SETTINGS_VERSION, to: SETTINGS_VERSION });
    expect(existsSync(file())).toBe(false);
  });

  it('is written with the first change, with mode 0600, as tab-indented JSON', () => {
    const { store } = openSettingsFile(file());
    store.set('preferences', { theme: 'dark' });
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect(readFileSync(file(), 'utf8')).toBe('{\n\t"version": 1,\n\t"preferences": {\n\t\t"theme": "dark"\n\t}\n}');
  });

  it('opens what it saved, and what conf and electron-store wrote before it (the same file)', () => {
    writeFileSync(file(), JSON.stringify({ version: 1, keys: { together: { ciphertext: 'YWJj', backend: 'keyfile' } } }, undefined, '\t'));
    const { store } = openSettingsFile(file());
    expect(store.get('keys')).toEqual({ together: { ciphertext: 'YWJj', backend: 'keyfile' } });
    store.delete('keys');
    expect(onDisk()).toEqual({ version: 1 });
    expect(openSettingsFile(file()).store.get('keys')).toBeUndefined();
  });

  it('hands out copies: changing a value read does not change the store', () => {
    const { store } = openSettingsFile(file());
    const prefs = { theme: 'dark' };
    store.set('preferences', prefs);
    prefs.theme = 'light';
    (store.get('preferences') as { theme: string }).theme = 'light';
    expect(store.get('preferences')).toEqual({ theme: 'dark' });
  });

  it('keeps sections and fields it does not know (a file from a newer build)', () => {
    writeFileSync(file(), JSON.stringify({ version: 1, future: [1, 2], preferences: { theme: 'dark', density: 'compact' } }));
    const { store, problem } = openSettingsFile(file());
    expect(problem).toBeUndefined();
    store.set('version', 1);
    expect(onDisk()).toEqual({ version: 1, future: [1, 2], preferences: { theme: 'dark', density: 'compact' } });
  });

  it('refuses a change that breaks its section, saying where, and writes nothing', () => {
    const { store } = openSettingsFile(file());
    store.set('version', 1);
    expect(() => store.set('keys', { together: { ciphertext: 5 } })).toThrow(/Settings not saved: keys\/together\/ciphertext: .*string/);
    expect(store.get('keys')).toBeUndefined();
    expect(onDisk()).toEqual({ version: 1 });
  });

  it.each([
    ['JSON cut short', '{"keys": {"together": '],
    ['not an object', '[1, 2]'],
    ['a section that breaks its schema', JSON.stringify({ version: SETTINGS_VERSION, keys: { together: { ciphertext: 5 } } })],
  ])('sets aside a file that is %s and reports it, never overwriting it', (_what, content) => {
    writeFileSync(file(), content);
    const { store, problem } = openSettingsFile(file(), { now: () => 7 });
    expect(problem).toMatch(/^settings\.json could not be read \(.+\); it was moved to .*settings\.json\.corrupt-7 and fresh settings were started\.$/);
    expect(readFileSync(join(dir(), 'settings.json.corrupt-7'), 'utf8')).toBe(content);
    expect(store.get('keys')).toBeUndefined();
    store.set('version', 1);
    expect(readdirSync(dir()).sort()).toEqual(['settings.json', 'settings.json.corrupt-7']);
  });

  it('leaves the saved file and the store as they were when the disk is full', () => {
    let full = false;
    const write = (path: string, data: string) => {
      if (full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      writeFileAtomic(path, data);
    };
    const { store } = openSettingsFile(file(), { write });
    store.set('preferences', { theme: 'dark' });
    full = true;
    expect(() => store.set('preferences', { theme: 'light' })).toThrow(/ENOSPC/);
    expect(() => store.set('proxy', { mode: 'none' })).toThrow(/ENOSPC/);
    expect(() => store.delete('preferences')).toThrow(/ENOSPC/);
    expect(store.get('preferences')).toEqual({ theme: 'dark' });
    expect(store.get('proxy')).toBeUndefined();
    expect(onDisk()).toEqual({ version: SETTINGS_VERSION, preferences: { theme: 'dark' } });
  });

  it('opens a file of the first format as it is, for its migration to fix', () => {
    writeFileSync(file(), JSON.stringify({ keys: { together: { ciphertext: 'YWJj' } }, providers: { together: { baseUrl: 'https://x/v1', protocol: '' } } }));
    const { store, problem } = openSettingsFile(file());
    expect(problem).toBeUndefined();
    expect(migrateSettings(store)).toEqual({ from: 0, to: SETTINGS_VERSION });
    expect(onDisk()).toEqual({ keys: { together: { ciphertext: 'YWJj', backend: 'unknown' } }, providers: { together: { baseUrl: 'https://x/v1' } }, version: SETTINGS_VERSION });
  });

  it('leaves a file from a newer Switchboard where it is, for the core to refuse', () => {
    const newer = JSON.stringify({ version: SETTINGS_VERSION + 1, keys: { together: { sealed: true } } });
    writeFileSync(file(), newer);
    const { store, problem } = openSettingsFile(file());
    expect(problem).toBeUndefined();
    expect(() => migrateSettings(store)).toThrow(/newer Switchboard/);
    expect(readFileSync(file(), 'utf8')).toBe(newer);
    expect(readdirSync(dir())).toEqual(['settings.json']);
  });

  it('sees and keeps what another process wrote (two previews on one data folder)', () => {
    const a = openSettingsFile(file()).store;
    const b = openSettingsFile(file()).store;
    a.set('preferences', { theme: 'dark' });
    b.set('proxy', { mode: 'none' });
    expect(a.get('proxy')).toEqual({ mode: 'none' });
    a.set('preferences', { theme: 'light' });
    expect(onDisk()).toEqual({ version: SETTINGS_VERSION, preferences: { theme: 'light' }, proxy: { mode: 'none' } });
    expect(b.get('preferences')).toEqual({ theme: 'light' });
  });

  it('sets aside, and reports, a file another process left unreadable, and keeps what it had read', () => {
    const reports: string[] = [];
    const { store } = openSettingsFile(file(), { now: () => 9, report: (p) => reports.push(p) });
    store.set('preferences', { theme: 'dark' });
    writeFileSync(file(), '{"preferences": ');
    expect(store.get('preferences')).toEqual({ theme: 'dark' });
    expect(reports).toEqual([expect.stringMatching(/could not be read .* moved to .*settings\.json\.corrupt-9/)]);
    expect(readFileSync(join(dir(), 'settings.json.corrupt-9'), 'utf8')).toBe('{"preferences": ');
    store.set('proxy', { mode: 'none' });
    expect(onDisk()).toEqual({ version: SETTINGS_VERSION, preferences: { theme: 'dark' }, proxy: { mode: 'none' } });
  });
});
