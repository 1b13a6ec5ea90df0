import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY } from '../support/canary';
import { startConnectProxy, throughProxyName, type ConnectProxy } from '../support/connect-proxy';
import { configureProvider, openPreviewSession, type PreviewSession, saveKey } from '../support/preview-session';

const PROXY_PASSWORD = 'proxy-secret-CANARY-91b2';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

describe('a proxy set in the app, in the preview', () => {
  let s: PreviewSession;
  let proxy: ConnectProxy;
  beforeAll(async () => {
    s = await openPreviewSession();
    proxy = await startConnectProxy({ credentials: `bob:${PROXY_PASSWORD}` });
  });
  afterAll(async () => {
    await s?.close();
    await proxy?.close();
  });

  it('sends requests through an authenticating proxy, shows which, and never shows or saves its password in the clear', async () => {
    const { page, emulator } = s;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Network and proxy' }).click();
    const network = page.getByRole('region', { name: 'Network settings' });
    await network.getByRole('radio', { name: 'Use this proxy' }).check();
    await network.getByLabel('Proxy URL').fill(`http://bob:${PROXY_PASSWORD}@127.0.0.1:${proxy.port}`);
    await network.getByRole('button', { name: 'Save proxy settings' }).click();
    await network.getByRole('status').filter({ hasText: 'saved' }).waitFor();
    expect(await network.getByLabel('Proxy URL').inputValue()).toBe(`http://127.0.0.1:${proxy.port}`);

    await configureProvider(page, 'Together AI', throughProxyName(emulator.baseUrl), 'emu-small');
    const form = await saveKey(page, 'Together AI', CANARY_KEY);
    await expect.poll(() => form.getByRole('status', { name: 'Key status' }).textContent()).toContain('Stored, encrypted');
    await form.getByRole('button', { name: 'Test', exact: true }).click();
    const result = form.getByRole('region', { name: 'Test result' });
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain(`Requests go through the proxy http://127.0.0.1:${proxy.port}`);
    expect(await result.textContent()).toContain('Chat answered');
    expect(proxy.seen.some((x) => x.startsWith('CONNECT emulator.test:'))).toBe(true);

    await page.getByRole('link', { name: 'Network' }).click();
    await page.getByRole('list', { name: 'Exchanges' }).getByRole('button').first().click();
    await expect.poll(() => page.getByRole('region', { name: 'Exchange detail' }).getByLabel('Proxy').textContent()).toContain(`http://127.0.0.1:${proxy.port}`);

    expect(s.received.filter((f) => f.includes(PROXY_PASSWORD))).toEqual([]);
    expect(filesUnder(s.dataDir).filter((f) => readFileSync(f, 'latin1').includes(PROXY_PASSWORD))).toEqual([]);
    expect(s.leaks()).toEqual([]);
  });

  it('explains a refused proxy password in the Test', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Network and proxy' }).click();
    const network = page.getByRole('region', { name: 'Network settings' });
    await network.getByLabel('Proxy URL').fill(`http://bob:not-the-password@127.0.0.1:${proxy.port}`);
    await network.getByRole('button', { name: 'Save proxy settings' }).click();
    await network.getByRole('status').filter({ hasText: 'saved' }).waitFor();
    await page.getByRole('button', { name: 'Together AI', exact: true }).click();
    const form = page.getByRole('region', { name: 'Together AI settings' });
    await form.getByRole('button', { name: 'Test', exact: true }).click();
    const result = form.getByRole('region', { name: 'Test result' });
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('407');
    expect(await result.getByRole('list', { name: 'Likely causes' }).textContent()).toContain('Something in between answered');
  });
});
