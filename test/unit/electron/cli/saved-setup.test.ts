import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyFileCipher } from '../../../../electron/core/keys/keyfile-cipher';
import { KeyVault } from '../../../../electron/core/keys/vault';
import { HeaderSecrets } from '../../../../electron/core/keys/header-secrets';
import { ProviderCatalog } from '../../../../electron/core/providers/catalog';
import { ProviderSettings } from '../../../../electron/core/providers/provider-settings';
import { openSettingsFile } from '../../../../electron/core/settings/settings-file';
import { writeSection } from '../../../../electron/core/settings/sections';
import { cli } from '../../../support/cli';
import { CANARY_KEY, containsCanary } from '../../../support/canary';
import { startEmulator, type Emulator } from '../../../support/emulator';
import { useTempDir } from '../../../support/temp-dir';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY, bareModelList: true });
});
afterAll(() => emulator.close());

describe('the command line uses what the app saved', () => {
  const dir = useTempDir('sb-cli-saved-');

  // Saves as the preview does: settings.json with the key sealed by the key file.
  async function saveLikeThePreview(setup: (catalog: ProviderCatalog, settings: ProviderSettings, vault: KeyVault, headers: HeaderSecrets) => Promise<void>) {
    const { store } = openSettingsFile(join(dir(), 'settings.json'));
    const catalog = new ProviderCatalog(store);
    const vault = new KeyVault(new KeyFileCipher(join(dir(), 'keyfile')), store, {});
    await setup(catalog, new ProviderSettings(store, catalog), vault, new HeaderSecrets(vault));
  }

  it("checks the app's saved base URL, model, header and key, so doctor tests the setup that fails in the window", async () => {
    await saveLikeThePreview(async (_catalog, settings, vault, headers) => {
      settings.update('together', { baseUrl: emulator.baseUrl, model: 'emu-small', headerNames: ['X-Team'] });
      await vault.set('together', CANARY_KEY, 'TOGETHER_API_KEY');
      await headers.set('together', 'X-Team', 'blue');
    });
    const r = await cli(['doctor', '--provider', 'together', '--data-dir', dir(), '--json']);
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ ok: true, baseUrl: emulator.baseUrl, model: 'emu-small', causes: [] });
    expect(report.checks.find((c: { id: string }) => c.id === 'key').message).toContain(`key saved in ${dir()}`);
    expect(emulator.requests.at(-1)!.headers['x-team']).toBe('blue');
    expect(containsCanary(r.out + r.err)).toBe(false);
  });

  it('reaches a provider the user defined in the app by its id, and lists it', async () => {
    await saveLikeThePreview(async (catalog, _settings, vault) => {
      const mine = catalog.add({ name: 'Team gateway', protocol: 'openai-chat', baseUrl: emulator.baseUrl });
      await vault.set(mine.id, CANARY_KEY, undefined);
    });
    const list = JSON.parse((await cli(['providers', '--data-dir', dir(), '--json'])).out) as { id: string; userDefined?: boolean }[];
    expect(list.find((p) => p.id === 'team-gateway')).toMatchObject({ userDefined: true });
    const r = await cli(['chat', '--provider', 'team-gateway', '--data-dir', dir(), '--model', 'emu-small', '--message', 'hi', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).text).toContain('You said: hi');
  });

  it("says the app's key is sealed by the keychain and names the variable and flag to use instead", async () => {
    const { store } = openSettingsFile(join(dir(), 'settings.json'));
    writeSection(store, 'keys', { together: { ciphertext: 'c2VhbGVk', backend: 'gnome_libsecret' } });
    writeSection(store, 'providers', { together: { baseUrl: emulator.baseUrl } });
    const r = await cli(['doctor', '--provider', 'together', '--data-dir', dir()]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/sealed with the OS keychain/);
    expect(r.out).toMatch(/set TOGETHER_API_KEY \(or SWITCHBOARD_API_KEY\), or pass --key-file PATH/);
    expect(r.out).not.toMatch(/this provider's settings/);
    expect(r.out).not.toMatch(/All checks passed/);
  });

  it('leaves a settings file it cannot read untouched, says so, and uses the presets', async () => {
    const { writeFileSync, readFileSync } = await import('node:fs');
    writeFileSync(join(dir(), 'settings.json'), '{ not json');
    const r = await cli(['providers', '--data-dir', dir()]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/could not be read/);
    expect(readFileSync(join(dir(), 'settings.json'), 'utf8')).toBe('{ not json');
  });
});

describe('the doctor speaks command-line terms', () => {
  const dir = useTempDir('sb-cli-words-');

  it('calls a key from --key-file by its file, and its fix names the file', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = join(dir(), 'key.txt');
    writeFileSync(file, `"${CANARY_KEY}"`);
    const r = await cli(['doctor', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--key-file', file]);
    expect(r.out).toContain(`key from --key-file ${file}`);
    expect(r.out).toContain(`Remove the quotes around the key in the file ${file}`);
    expect(r.out).not.toMatch(/stored key/);
  });

  it('prints the corrected base URL', async () => {
    const r = await cli(['doctor', '--provider', 'together', '--base-url', `${emulator.baseUrl}/v1`, '--model', 'emu-small'], { TOGETHER_API_KEY: CANARY_KEY });
    expect(r.out).toContain(`Corrected base URL: ${emulator.baseUrl}`);
    expect(r.out).toContain(`Pass --base-url ${emulator.baseUrl}`);
  });

  it('says "All checks passed" only when nothing at all was found', async () => {
    const clean = await cli(['doctor', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small'], { TOGETHER_API_KEY: CANARY_KEY });
    expect(clean.out).toContain('All checks passed.');
    // Two keys that differ: a warning, not a failure.
    const warned = await cli(['doctor', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small'], { SWITCHBOARD_API_KEY: CANARY_KEY, TOGETHER_API_KEY: 'tgp_v1_other-000000000000000000000' });
    expect(warned.code).toBe(0);
    expect(warned.out).toContain('Likely causes:');
    expect(warned.out).not.toContain('All checks passed.');
    expect(warned.out).toContain('The checks passed, with the warnings above.');
  });
});
