import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { makeTempDir } from '../../../../support/temp-dir';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Conf, { type Schema } from 'conf';
import { openConfStore } from '../../../../../electron/core/settings/conf-store';
import { MemoryStore } from '../../../../../electron/core/settings/kv';
import { migrateSettings, SETTINGS_VERSION } from '../../../../../electron/core/settings/settings-format';
import { settingsJsonSchema } from '../../../../../electron/core/settings/sections';

describe('settings migrations', () => {
  it('brings an unversioned file to the current format', () => {
    const store = new MemoryStore();
    store.set('keys', { together: { ciphertext: 'abc' } });
    store.set('providers', { together: { baseUrl: 'https://x/v1', model: '', protocol: '' } });
    expect(migrateSettings(store)).toEqual({ from: 0, to: SETTINGS_VERSION });
    expect(store.get('version')).toBe(SETTINGS_VERSION);
    expect(store.get('keys')).toEqual({ together: { ciphertext: 'abc', backend: 'unknown' } });
    expect(store.get('providers')).toEqual({ together: { baseUrl: 'https://x/v1' } });
  });
  it('leaves a current file alone and refuses one from a newer version', () => {
    const store = new MemoryStore();
    store.set('version', SETTINGS_VERSION);
    expect(migrateSettings(store)).toEqual({ from: SETTINGS_VERSION, to: SETTINGS_VERSION });
    store.set('version', SETTINGS_VERSION + 1);
    expect(() => migrateSettings(store)).toThrow(/newer Switchboard/);
  });
});

describe('settings file (Node hosts)', () => {
  it('is written with mode 0600', () => {
    const dir = makeTempDir('sb-conf-');
    openConfStore(dir).store.set('version', 1);
    expect(statSync(join(dir, 'settings.json')).mode & 0o777).toBe(0o600);
  });
  it('sets a corrupt file aside and reports it, never overwriting it', () => {
    const dir = makeTempDir('sb-conf-');
    writeFileSync(join(dir, 'settings.json'), '{"keys": {"together": ');
    const { store, problem } = openConfStore(dir, () => 7);
    expect(problem).toMatch(/could not be read/);
    expect(readFileSync(join(dir, 'settings.json.corrupt-7'), 'utf8')).toBe('{"keys": {"together": ');
    store.set('version', 1);
    expect(readdirSync(dir).sort()).toEqual(['settings.json', 'settings.json.corrupt-7']);
  });
  it('has a schema the JSON Schema meta-schema accepts (the stores skip that check at start)', () => {
    const dir = makeTempDir('sb-conf-');
    // conf's default options: ajv validates the schema itself before compiling it.
    expect(() => new Conf({ cwd: dir, projectName: 'switchboard', schema: settingsJsonSchema() as Schema<Record<string, unknown>> })).not.toThrow();
  });
  it('reads what another process wrote, and refuses a change that breaks the schema without writing it', () => {
    const dir = makeTempDir('sb-conf-');
    const { store } = openConfStore(dir);
    store.set('version', 1);
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ version: 1, preferences: { theme: 'dark' } }));
    expect(store.get('preferences')).toEqual({ theme: 'dark' });
    expect(() => store.set('keys', { together: { ciphertext: 5 } })).toThrow(/keys\/together\/ciphertext/);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ version: 1, preferences: { theme: 'dark' } });
  });
  it('sets aside a file that breaks the schema', () => {
    const dir = makeTempDir('sb-conf-');
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ keys: { together: { ciphertext: 5 } } }));
    expect(openConfStore(dir, () => 8).problem).toMatch(/moved to/);
  });
});
