import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../support/cli';
import { CANARY_KEY } from '../../../support/canary';
import { startConnectProxy, throughProxyName, type ConnectProxy } from '../../../support/connect-proxy';
import { startEmulator, type Emulator } from '../../../support/emulator';
import { useTempDir } from '../../../support/temp-dir';

let emulator: Emulator;
let proxy: ConnectProxy;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY });
  proxy = await startConnectProxy();
});
afterAll(async () => {
  await emulator.close();
  await proxy.close();
});

// Any encoding of the canary a bundle or HAR might carry by mistake.
const leaks = (text: string) => [CANARY_KEY, Buffer.from(CANARY_KEY).toString('base64'), encodeURIComponent(CANARY_KEY), CANARY_KEY.slice(7, 40)].filter((form) => text.includes(form));

describe('compare: the same request on two machines', () => {
  const dir = useTempDir('sb-compare-');
  // One "machine": a chat with its own setup, recorded with --har.
  const machine = async (name: string, extra: string[], env: Record<string, string>) => {
    const har = join(dir(), `${name}.har`);
    await cli(['chat', '--provider', 'together', '--model', 'emu-small', '--message', 'hello', '--har', har, ...extra], env);
    return har;
  };
  const good = () => machine('good', ['--base-url', emulator.baseUrl], { TOGETHER_API_KEY: CANARY_KEY });

  it.each([
    ['an empty key variable', () => machine('empty', ['--base-url', emulator.baseUrl], { SWITCHBOARD_API_KEY: ' ' }), 'header-empty'],
    ['another key', () => machine('other', ['--base-url', emulator.baseUrl], { TOGETHER_API_KEY: 'tgp_v1_another-key-000000000000000000' }), 'key-rejected'],
    ['a doubled /v1', () => machine('doubled', ['--base-url', `${emulator.baseUrl}/v1`], { TOGETHER_API_KEY: CANARY_KEY }), 'path-duplicated'],
  ])('names %s and its cause, exit 1', async (_what, other, cause) => {
    const a = await good();
    const b = await other();
    const r = await cli(['compare', a, b, '--json']);
    expect(r.code, r.err).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.causes).toContain(cause);
    expect(json.matters).toBe(true);
    expect(leaks(r.out)).toEqual([]);
    const plain = await cli(['compare', a, b]);
    expect(plain.out).toMatch(/Likely cause: .* \[/);
  });

  it('names a proxy on one side', async () => {
    const a = await machine('direct', ['--base-url', throughProxyName(emulator.baseUrl), '--proxy', proxy.url], { TOGETHER_API_KEY: CANARY_KEY });
    const direct = JSON.parse(readFileSync(a, 'utf8'));
    // The same request made without the proxy: its HAR entry, minus the proxy note.
    delete direct.log.entries[0]._switchboard.proxy;
    const b = join(dir(), 'no-proxy.har');
    writeFileSync(b, JSON.stringify(direct));
    const r = await cli(['compare', a, b, '--json']);
    expect(JSON.parse(r.out).causes).toEqual(['proxy-interference']);
  });

  it('exits 0 when nothing that matters differs, and 2 for a file that is not HAR', async () => {
    const a = await good();
    const b = await machine('good-again', ['--base-url', emulator.baseUrl], { TOGETHER_API_KEY: CANARY_KEY });
    const same = await cli(['compare', a, b]);
    expect(same.code, same.out).toBe(0);
    expect(same.out).toContain('do not differ in anything that matters');
    const bad = join(dir(), 'bad.har');
    writeFileSync(bad, '{}');
    expect((await cli(['compare', a, bad])).code).toBe(1);
    expect((await cli(['compare', a])).code).toBe(2);
  });
});

describe('doctor --bundle', () => {
  const dir = useTempDir('sb-bundle-');
  it('writes one readable file with the setup, the report and the redacted HAR, says what is in it first, and holds no key in any encoding', async () => {
    const file = join(dir(), 'bundle.json');
    const r = await cli(['doctor', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--bundle', file], { TOGETHER_API_KEY: 'tgp_v1_revoked-0000000000000000000000' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Writing .*bundle\.json, with:\n  - Switchboard/);
    const text = readFileSync(file, 'utf8');
    const bundle = JSON.parse(text);
    expect(bundle).toMatchObject({ format: 'switchboard-diagnostic-bundle', provider: { id: 'together', baseUrl: emulator.baseUrl, key: { source: 'key from TOGETHER_API_KEY' } }, doctor: { ok: false, causes: ['key-rejected'] } });
    expect(bundle.har.log.entries.length).toBeGreaterThan(0);
    expect(text).not.toContain('revoked-0000000000000000000000');
    const withCanary = join(dir(), 'canary.json');
    await cli(['doctor', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--bundle', withCanary], { TOGETHER_API_KEY: CANARY_KEY });
    expect(leaks(readFileSync(withCanary, 'utf8'))).toEqual([]);
  });
});
