import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomId, systemClock } from '../../../../electron/core/clock';
import { runDoctor } from '../../../../electron/core/diagnose/doctor';
import { parseProxyUrl, type ProxyConfig } from '../../../../electron/core/net/proxy';
import { ProxyState } from '../../../../electron/core/net/proxy-state';
import { NetworkError, RecordingFetch } from '../../../../electron/core/net/recording-fetch';
import { WireLog } from '../../../../electron/core/net/wire-log';
import { adapterFor } from '../../../../electron/core/providers/protocols';
import { resolveTarget } from '../../../../electron/core/providers/provider-settings';
import { findPreset } from '../../../../electron/core/providers/registry';
import { createProxiedFetch } from '../../../../electron/host/proxied-fetch';
import { CANARY_KEY, containsCanary } from '../../../support/canary';
import { startConnectProxy, throughProxyName, type ConnectProxy } from '../../../support/connect-proxy';
import { startEmulator, type Emulator } from '../../../support/emulator';

const PROXY_PASSWORD = 'proxy-pass-CANARY-7f3a';
let emulator: Emulator;
let proxy: ConnectProxy;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY });
  proxy = await startConnectProxy({ credentials: `alice:${PROXY_PASSWORD}` });
});
afterAll(async () => {
  await emulator.close();
  await proxy.close();
});

function network(config: ProxyConfig, env: Record<string, string> = {}) {
  const state = new ProxyState();
  state.set(config);
  const proxied = createProxiedFetch(state, env);
  const log = new WireLog();
  return { proxied, log, http: new RecordingFetch(proxied.fetch, log, systemClock, randomId, proxied) };
}

const custom = (url: string, bypass = ''): ProxyConfig => ({ mode: 'custom', bypass, ...parseProxyUrl(url) });
const doctorThrough = async (config: ProxyConfig) => {
  const { http, proxied, log } = network(config);
  const target = resolveTarget(findPreset('together')!, { baseUrl: throughProxyName(emulator.baseUrl) }, CANARY_KEY, 'emu-small');
  const report = await runDoctor({ http, adapter: adapterFor('openai-chat'), target });
  await proxied.close();
  return { report, log };
};

describe('requests through a proxy', () => {
  it('reach the host through an authenticating HTTP proxy, and the exchange names the proxy without its credentials', async () => {
    const { report, log } = await doctorThrough(custom(`http://alice:${PROXY_PASSWORD}@127.0.0.1:${proxy.port}`));
    expect(report.checks[0]).toMatchObject({ id: 'proxy', status: 'pass' });
    expect(report.checks.find((c) => c.id === 'chat')!.status).toBe('pass');
    expect(proxy.seen.some((s) => s.startsWith('CONNECT emulator.test:'))).toBe(true);
    const recorded = JSON.stringify(log.list()) + JSON.stringify(report);
    expect(log.list()[0]!.proxy).toBe(`http://127.0.0.1:${proxy.port}`);
    expect(recorded).not.toContain(PROXY_PASSWORD);
    expect(recorded).not.toContain('alice:');
    expect(containsCanary(recorded)).toBe(false);
  });

  it('names proxy-interference, and nothing else, when the proxy refuses the credentials (407)', async () => {
    const { report } = await doctorThrough(custom(`http://alice:wrong@127.0.0.1:${proxy.port}`));
    expect(report.checks[0]).toMatchObject({ id: 'proxy', status: 'fail' });
    expect(report.checks[0]!.message).toMatch(/407/);
    expect(report.causes.filter((c) => c !== 'host-insecure-http')).toEqual(['proxy-interference']);
    expect(JSON.stringify(report)).not.toContain('wrong');
  });

  it('names proxy-interference when the proxy answers with its own HTML page', async () => {
    const intercepting = await startConnectProxy({ intercept: true });
    try {
      const { report } = await doctorThrough(custom(intercepting.url));
      expect(report.checks[0]).toMatchObject({ id: 'proxy', status: 'fail' });
      expect(report.causes.filter((c) => c !== 'host-insecure-http')).toEqual(['proxy-interference']);
    } finally {
      await intercepting.close();
    }
  });

  it('names network-unreachable when the proxy is not there', async () => {
    const { report } = await doctorThrough(custom('http://127.0.0.1:9'));
    expect(report.checks[0]).toMatchObject({ id: 'proxy', status: 'fail' });
    expect(report.checks[0]!.message).toMatch(/cannot be reached/);
    expect(report.causes.filter((c) => c !== 'host-insecure-http')).toEqual(['network-unreachable']);
  });

  it('goes direct for hosts on the bypass list and for this machine', async () => {
    const { http, proxied } = network(custom('http://127.0.0.1:9', 'emulator.test'));
    const meta = { purpose: 'probe' as const, authHeader: 'Authorization' };
    const bypassed = await http.fetch({ url: `${emulator.baseUrl}/models`, method: 'GET', headers: { authorization: `Bearer ${CANARY_KEY}` } }, meta);
    expect(bypassed.response.status).toBe(200);
    expect(bypassed.exchange.proxy).toBeUndefined();
    await proxied.close();
  });

  it('uses HTTPS_PROXY in system mode and NO_PROXY to skip it', async () => {
    const env = { HTTP_PROXY: `http://alice:${PROXY_PASSWORD}@127.0.0.1:${proxy.port}` };
    const { http, proxied, log } = network({ mode: 'system', bypass: '' }, env);
    const meta = { purpose: 'probe' as const, authHeader: 'Authorization' };
    const through = await http.fetch({ url: `${throughProxyName(emulator.baseUrl)}/models`, method: 'GET', headers: { authorization: `Bearer ${CANARY_KEY}` } }, meta);
    expect(through.response.status).toBe(200);
    expect(through.exchange.proxy).toBe(`http://127.0.0.1:${proxy.port}`);
    expect(JSON.stringify(log.list())).not.toContain(PROXY_PASSWORD);
    await proxied.close();
    const skipped = network({ mode: 'system', bypass: '' }, { ...env, NO_PROXY: '.test' });
    await expect(skipped.http.fetch({ url: `${throughProxyName(emulator.baseUrl)}/models`, method: 'GET', headers: {} }, meta)).rejects.toBeInstanceOf(NetworkError);
    await skipped.proxied.close();
  });
});
