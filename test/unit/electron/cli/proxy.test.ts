import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../support/cli';
import { CANARY_KEY, containsCanary } from '../../../support/canary';
import { startConnectProxy, throughProxyName, type ConnectProxy } from '../../../support/connect-proxy';
import { emulatorReply, startEmulator, type Emulator } from '../../../support/emulator';

const PASSWORD = 'cli-proxy-CANARY-44d1';
let emulator: Emulator;
let proxy: ConnectProxy;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY });
  proxy = await startConnectProxy({ credentials: `carol:${PASSWORD}` });
});
afterAll(async () => {
  await emulator.close();
  await proxy.close();
});

const base = () => ['--provider', 'together', '--base-url', throughProxyName(emulator.baseUrl), '--model', 'emu-small'];

describe('the command line through a proxy', () => {
  it('chats through --proxy with credentials; the JSON names the proxy, never the password', async () => {
    const r = await cli(['chat', ...base(), '--message', 'via proxy', '--proxy', `http://carol:${PASSWORD}@127.0.0.1:${proxy.port}`, '--json'], { TOGETHER_API_KEY: CANARY_KEY });
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.text).toBe(emulatorReply('via proxy'));
    expect(json.exchanges[0].proxy).toBe(`http://127.0.0.1:${proxy.port}`);
    expect(r.out + r.err).not.toContain(PASSWORD);
    expect(containsCanary(r.out + r.err)).toBe(false);
  });

  it('takes HTTPS_PROXY/HTTP_PROXY from the environment', async () => {
    const r = await cli(['chat', ...base(), '--message', 'env proxy', '--json'], { TOGETHER_API_KEY: CANARY_KEY, HTTP_PROXY: `http://carol:${PASSWORD}@127.0.0.1:${proxy.port}` });
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).exchanges[0].proxy).toBe(`http://127.0.0.1:${proxy.port}`);
  });

  it('doctor names proxy-interference for a refused proxy password, checks the proxy first, exits 1', async () => {
    const r = await cli(['doctor', ...base(), '--proxy', `http://carol:wrong-pass@127.0.0.1:${proxy.port}`, '--json'], { TOGETHER_API_KEY: CANARY_KEY });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.checks[0]).toMatchObject({ id: 'proxy', status: 'fail' });
    expect(report.causes.filter((c: string) => c !== 'host-insecure-http')).toEqual(['proxy-interference']);
    expect(r.out).not.toContain('wrong-pass');
  });

  it('refuses a proxy it cannot speak with a usage error', async () => {
    const r = await cli(['models', ...base(), '--proxy', 'socks4://127.0.0.1:1080']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/socks4:\/\/ are not supported/);
  });
});
